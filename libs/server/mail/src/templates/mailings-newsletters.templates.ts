/** Mailings: newsletters mails, by template name (spread into the registry). */
export const mailingsNewslettersTemplates = {} as const;
