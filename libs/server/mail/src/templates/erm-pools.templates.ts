import { talentPoolOptInTemplate } from './erm-pools-opt-in.email';
import { talentPoolRenewalTemplate } from './erm-pools-renewal.email';
import { talentPoolWelcomeTemplate } from './erm-pools-welcome.email';

/** ERM pools mails, by template name (spread into the registry). */
export const ermPoolsTemplates = {
  talent_pool_opt_in: talentPoolOptInTemplate,
  talent_pool_renewal: talentPoolRenewalTemplate,
  talent_pool_welcome: talentPoolWelcomeTemplate,
} as const;
