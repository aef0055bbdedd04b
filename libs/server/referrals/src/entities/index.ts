export * from './candidate-token.entity';
export * from './programme.entity';
export * from './referral-event.entity';
export * from './referral.entity';
export * from './share-link.entity';
export * from './vacancy.entity';

import { CandidateTokenEntity } from './candidate-token.entity';
import { ProgrammeEntity, ProgrammeVacancyEntity } from './programme.entity';
import { ReferralEventEntity, RefusedReferralEntity } from './referral-event.entity';
import { ReferralEntity } from './referral.entity';
import { PipelineStageNameEntity, ShareLinkClickEntity, ShareLinkEntity } from './share-link.entity';
import { VacancyEntity } from './vacancy.entity';

export const REFERRAL_ENTITIES = [
  VacancyEntity,
  ProgrammeEntity,
  ProgrammeVacancyEntity,
  ReferralEntity,
  ReferralEventEntity,
  RefusedReferralEntity,
  CandidateTokenEntity,
  ShareLinkEntity,
  ShareLinkClickEntity,
  PipelineStageNameEntity,
];
