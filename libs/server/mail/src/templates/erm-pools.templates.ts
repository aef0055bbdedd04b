/** ERM pools mails, by template name (spread into the registry). */
export const ermPoolsTemplates = {} as const;
