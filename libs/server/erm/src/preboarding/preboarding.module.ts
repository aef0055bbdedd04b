import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '@kring/server-mail';
import { ChecklistCreator } from './checklist/checklist-creator.service';
import { PreboardingChecklistsRepository } from './checklist/checklists.repository';
import { PreboardingNotifier } from './checklist/preboarding-notifier';
import { StarterChecklistController } from './checklist/starter-checklist.controller';
import { StarterChecklistService } from './checklist/starter-checklist.service';
import { PREBOARDING_ENTITIES } from './entities';
import { PreboardingJobRepository } from './jobs/preboarding-job.repository';
import { PreboardingJobService } from './jobs/preboarding-job.service';
import { PreboardingStartersController } from './starters/starters.controller';
import { PreboardingStartersRepository } from './starters/starters.repository';
import { PreboardingStartersService } from './starters/starters.service';
import { PreboardingTemplatesController } from './templates/templates.controller';
import { PreboardingTemplatesRepository } from './templates/templates.repository';
import { PreboardingTemplatesService } from './templates/templates.service';

const CORE_PROVIDERS = [
  PreboardingTemplatesRepository,
  PreboardingChecklistsRepository,
  PreboardingNotifier,
  ChecklistCreator,
  PreboardingJobRepository,
  PreboardingJobService,
];

/** Preboarding: services and repositories without controllers, shared by the API and the worker. */
@Module({
  imports: [TypeOrmModule.forFeature(PREBOARDING_ENTITIES), MailModule],
  providers: CORE_PROVIDERS,
  exports: CORE_PROVIDERS,
})
export class PreboardingCoreModule {}

/** Preboarding over HTTP: templates and starters for HR, the starter's checklist by link. */
@Module({
  imports: [PreboardingCoreModule],
  controllers: [PreboardingTemplatesController, PreboardingStartersController, StarterChecklistController],
  providers: [PreboardingTemplatesService, PreboardingStartersService, PreboardingStartersRepository, StarterChecklistService],
})
export class PreboardingModule {}
