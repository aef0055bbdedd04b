import { Module } from '@nestjs/common';
import { MailModule } from '@kring/server-mail';
import { ConsentLifecycleRepository } from './consent-lifecycle.repository';
import { ConsentLifecycleService } from './consent-lifecycle.service';
import { PoolMembershipService } from './pool-membership.service';
import { PublicSignupService } from './public-signup.service';
import { PublicTalentPoolController } from './public-talent-pool.controller';
import { SignupsRepository } from './signups.repository';
import { TalentPoolsController } from './talent-pools.controller';
import { TalentPoolsRepository } from './talent-pools.repository';
import { TalentPoolsService } from './talent-pools.service';

const CORE = [TalentPoolsRepository, SignupsRepository, ConsentLifecycleRepository, PoolMembershipService, ConsentLifecycleService];

/** Pools: services and repositories without controllers, shared by the API and the worker. */
@Module({
  imports: [MailModule],
  providers: CORE,
  exports: CORE,
})
export class PoolsCoreModule {}

/** Pools over HTTP: HR's pools and members, the public form with double opt-in, and renewal links. */
@Module({
  imports: [PoolsCoreModule, MailModule],
  controllers: [TalentPoolsController, PublicTalentPoolController],
  providers: [TalentPoolsService, PublicSignupService],
})
export class PoolsModule {}
