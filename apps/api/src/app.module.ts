import { DynamicModule, Module } from '@nestjs/common';
import { Clock, ConfigModule, KringConfig } from '@kring/server-config';
import { DatabaseModule } from '@kring/server-database';
import { ErmModule } from '@kring/server-erm';
import { IdentityModule } from '@kring/server-identity';
import { InsightsModule } from '@kring/server-insights';
import { MailingsModule } from '@kring/server-mailings';
import { MailModule } from '@kring/server-mail';
import { MatchModule } from '@kring/server-match';
import { QueueModule } from '@kring/server-queue';
import { ReferralsModule } from '@kring/server-referrals';
import { RewardsModule } from '@kring/server-rewards';
import { StorageModule } from '@kring/server-storage';
import { HealthController } from './health/health.controller';

@Module({})
export class AppModule {
  static forRoot(config: KringConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ config, clock }),
        DatabaseModule.forRoot(),
        QueueModule.forRoot({ worker: false }),
        MailModule,
        IdentityModule,
        StorageModule,
        ReferralsModule,
        RewardsModule,
        ErmModule,
        MailingsModule,
        InsightsModule,
        MatchModule,
      ],
      controllers: [HealthController],
    };
  }
}
