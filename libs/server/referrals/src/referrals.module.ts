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

/** Vacancies, programmes, referrals with the candidate's consent, share links and the HR pipeline. */
@Module({
  imports: [TypeOrmModule.forFeature(REFERRAL_ENTITIES), VacanciesProgrammesModule, StorageModule, MailModule],
  controllers: [ReferralsController, PipelineController, CandidateController, ShareLinksController],
  providers: [
    ReferralsService,
    ReferralSubmissionService,
    ReferralsRepository,
    CandidateTokensRepository,
    ReferralNotifier,
    CandidateConsentService,
    ReferralErasure,
    PipelineService,
    PipelineRepository,
    StageNamesRepository,
    ShareLinksService,
    ShareLinksRepository,
    IdleDigestService,
  ],
  exports: [ReferralSubmissionService, CandidateConsentService, PipelineRepository, StageNamesRepository],
})
export class ReferralsModule {}

/** For the worker: the scheduled consent and digest work, without controllers. */
@Module({
  imports: [TypeOrmModule.forFeature(REFERRAL_ENTITIES), VacanciesProgrammesModule, StorageModule, MailModule],
  providers: [
    ReferralSubmissionService,
    ReferralsRepository,
    CandidateTokensRepository,
    ReferralNotifier,
    CandidateConsentService,
    ReferralErasure,
    PipelineRepository,
    StageNamesRepository,
    IdleDigestService,
  ],
  exports: [CandidateConsentService, IdleDigestService],
})
export class ReferralJobsModule {}
