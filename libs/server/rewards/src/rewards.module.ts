import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '@kring/server-mail';
import { CharitiesController } from './charities/charities.controller';
import { CharitiesRepository } from './charities/charities.repository';
import { CharitiesService } from './charities/charities.service';
import { REWARD_ENTITIES } from './entities';
import { PayrollExportsController } from './exports/payroll-exports.controller';
import { PayrollExportsRepository } from './exports/payroll-exports.repository';
import { PayrollExportsService } from './exports/payroll-exports.service';
import { HiresController } from './hires/hires.controller';
import { HiresRepository } from './hires/hires.repository';
import { HiresService } from './hires/hires.service';
import { MyRewardsController } from './ledger/my-rewards.controller';
import { RewardLedgerController } from './ledger/reward-ledger.controller';
import { RewardLedgerRepository } from './ledger/reward-ledger.repository';
import { RewardLedgerService } from './ledger/reward-ledger.service';
import { RewardNotifier } from './ledger/reward-notifier';
import { PointsController } from './points/points.controller';
import { POINTS_ENTITIES } from './points/points.entities';
import { PointsRepository } from './points/points.repository';
import { PointsService } from './points/points.service';
import { RewardRulesController } from './rules/reward-rules.controller';
import { RewardRulesRepository } from './rules/reward-rules.repository';
import { RewardRulesService } from './rules/reward-rules.service';
import { RewardScheduler } from './scheduling/reward-scheduler.service';

const schedulingProviders = [RewardScheduler, RewardLedgerRepository, RewardNotifier];

/** Reward rules, the ledger, payroll exports, charities, hires leaving, points and recognition (HR and referrers' APIs). */
@Module({
  imports: [TypeOrmModule.forFeature([...REWARD_ENTITIES, ...POINTS_ENTITIES]), MailModule],
  controllers: [RewardRulesController, RewardLedgerController, MyRewardsController, PayrollExportsController, CharitiesController, HiresController, PointsController],
  providers: [
    ...schedulingProviders,
    RewardRulesService,
    RewardRulesRepository,
    RewardLedgerService,
    PayrollExportsService,
    PayrollExportsRepository,
    CharitiesService,
    CharitiesRepository,
    HiresService,
    HiresRepository,
    PointsService,
    PointsRepository,
  ],
  exports: [RewardScheduler],
})
export class RewardsModule {}

/** For the worker: the daily milestone run, without controllers. */
@Module({
  imports: [TypeOrmModule.forFeature(REWARD_ENTITIES), MailModule],
  providers: schedulingProviders,
  exports: [RewardScheduler],
})
export class RewardJobsModule {}
