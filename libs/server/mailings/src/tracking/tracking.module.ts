import { Module } from '@nestjs/common';
import { MailingLinksModule } from '../links/mailing-links.module';
import { MailTracking } from './mail-tracking.service';
import { MailSettingsController, PublicTrackingController } from './tracking.controller';
import { TrackingRepository } from './tracking.repository';
import { TrackingService } from './tracking.service';

/** Tracking without controllers (the engine rewrites mails with it). */
@Module({ imports: [MailingLinksModule], providers: [MailTracking], exports: [MailTracking] })
export class TrackingCoreModule {}

/** The public open pixel and click redirect, and HR's tracking setting. */
@Module({
  imports: [TrackingCoreModule, MailingLinksModule],
  controllers: [PublicTrackingController, MailSettingsController],
  providers: [TrackingRepository, TrackingService],
})
export class TrackingModule {}
