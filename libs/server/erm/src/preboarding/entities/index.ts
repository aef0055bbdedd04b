import { PreboardingChecklistEntity, PreboardingTaskEntity } from './preboarding-checklist.entity';
import { PreboardingHrDigestEntity } from './preboarding-hr-digest.entity';
import { PreboardingTemplateEntity, PreboardingTemplateTaskEntity } from './preboarding-template.entity';

export * from './preboarding-checklist.entity';
export * from './preboarding-hr-digest.entity';
export * from './preboarding-template.entity';

export const PREBOARDING_ENTITIES = [
  PreboardingTemplateEntity,
  PreboardingTemplateTaskEntity,
  PreboardingChecklistEntity,
  PreboardingTaskEntity,
  PreboardingHrDigestEntity,
];
