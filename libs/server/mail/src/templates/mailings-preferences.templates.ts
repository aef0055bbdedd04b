/** Mailings: preferences mails, by template name (spread into the registry). */
export const mailingsPreferencesTemplates = {} as const;
