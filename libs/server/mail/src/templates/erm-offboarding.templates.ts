import { stayInTouchTemplate } from './erm-offboarding-stay-in-touch.email';

/** ERM offboarding mails, by template name (spread into the registry). */
export const ermOffboardingTemplates = {
  erm_stay_in_touch: stayInTouchTemplate,
} as const;
