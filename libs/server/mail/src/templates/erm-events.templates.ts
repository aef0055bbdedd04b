/** ERM events mails, by template name (spread into the registry). */
export const ermEventsTemplates = {} as const;
