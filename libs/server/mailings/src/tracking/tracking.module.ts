import { Module } from '@nestjs/common';
import { MailTracking } from './mail-tracking.service';

/** Tracking without controllers (the engine rewrites mails with it). */
@Module({ providers: [MailTracking], exports: [MailTracking] })
export class TrackingCoreModule {}

/** The public open pixel and click redirect (placeholder until the tracking work). */
@Module({ imports: [TrackingCoreModule] })
export class TrackingModule {}
