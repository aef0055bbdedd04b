/** ERM offboarding mails, by template name (spread into the registry). */
export const ermOffboardingTemplates = {} as const;
