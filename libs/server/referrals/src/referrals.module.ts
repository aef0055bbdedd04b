import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '@kring/server-mail';
import { StorageModule } from '@kring/server-storage';
import { CandidateConsentService } from './consent/candidate-consent.service';
import { CandidateController } from './consent/candidate.controller';
import { ReferralErasure } from './consent/referral-erasure';
import { REFERRAL_ENTITIES } from './entities';
import { IdleDigestService } from './pipeline/idle-digest.service';
import { PipelineController } from './pipeline/pipeline.controller';
import { PipelineRepository } from './pipeline/pipeline.repository';
import { PipelineService } from './pipeline/pipeline.service';
import { StageNamesRepository } from './pipeline/stage-names';
import { CandidateTokensRepository } from './referrals/candidate-tokens.repository';
import { ReferralNotifier } from './referrals/referral-notifier';
import { ReferralSubmissionService } from './referrals/referral-submission.service';
import { ReferralsController } from './referrals/referrals.controller';
import { ReferralsRepository } from './referrals/referrals.repository';
import { ReferralsService } from './referrals/referrals.service';
import { ShareLinksController } from './share-links/share-links.controller';
import { ShareLinksRepository } from './share-links/share-links.repository';
import { ShareLinksService } from './share-links/share-links.service';
import { VacanciesProgrammesModule } from './vacancies-programmes.module';

const CORE_PROVIDERS = [
  ReferralSubmissionService,
  ReferralsRepository,
  CandidateTokensRepository,
  ReferralNotifier,
  CandidateConsentService,
  ReferralErasure,
  PipelineRepository,
  StageNamesRepository,
  IdleDigestService,
];

/** Submission, consent, erasure and digest logic without controllers: used by the API module and the worker. */
@Module({
  imports: [TypeOrmModule.forFeature(REFERRAL_ENTITIES), VacanciesProgrammesModule, StorageModule, MailModule],
  providers: CORE_PROVIDERS,
  exports: [...CORE_PROVIDERS, VacanciesProgrammesModule, StorageModule, MailModule],
})
export class ReferralCoreModule {}

/** Vacancies, programmes, referrals with the candidate's consent, share links and the HR pipeline (HTTP). */
@Module({
  imports: [ReferralCoreModule],
  controllers: [ReferralsController, PipelineController, CandidateController, ShareLinksController],
  providers: [ReferralsService, PipelineService, ShareLinksService, ShareLinksRepository],
})
export class ReferralsModule {}
