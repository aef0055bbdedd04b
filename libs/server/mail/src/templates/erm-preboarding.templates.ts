import { ermPreboardingHrOverdueTemplate } from './erm-preboarding-hr-overdue.email';
import { ermPreboardingNudgeTemplate } from './erm-preboarding-nudge.email';
import { ermPreboardingWelcomeTemplate } from './erm-preboarding-welcome.email';

/** ERM preboarding mails, by template name (spread into the registry). */
export const ermPreboardingTemplates = {
  erm_preboarding_welcome: ermPreboardingWelcomeTemplate,
  erm_preboarding_nudge: ermPreboardingNudgeTemplate,
  erm_preboarding_hr_overdue: ermPreboardingHrOverdueTemplate,
} as const;
