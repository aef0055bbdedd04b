/** ERM preboarding mails, by template name (spread into the registry). */
export const ermPreboardingTemplates = {} as const;
