import { Module } from '@nestjs/common';
import { PeopleCoreModule } from '@kring/server-erm';
import { MailModule } from '@kring/server-mail';
import { ActivationCoreModule } from '../activation/activation.module';
import { MailingLinksModule } from '../links/mailing-links.module';
import { TrackingCoreModule } from '../tracking/tracking.module';
import { NewsletterDeliveriesRepository } from './newsletter-deliveries.repository';
import { NewsletterDispatcher, NewsletterEngine } from './newsletter-engine.service';
import { NewslettersController } from './newsletters.controller';
import { NewslettersRepository } from './newsletters.repository';
import { NewslettersService } from './newsletters.service';

const CORE_PROVIDERS = [NewslettersRepository, NewsletterDeliveriesRepository, NewsletterDispatcher, NewsletterEngine];

/** Newsletters: services and repositories without controllers, shared by the API and the worker (the delivery engine). */
@Module({
  imports: [MailModule, MailingLinksModule, PeopleCoreModule, TrackingCoreModule, ActivationCoreModule],
  providers: CORE_PROVIDERS,
  exports: CORE_PROVIDERS,
})
export class NewslettersCoreModule {}

/** Newsletters over HTTP (HR only). */
@Module({
  imports: [NewslettersCoreModule, MailModule, MailingLinksModule, ActivationCoreModule],
  controllers: [NewslettersController],
  providers: [NewslettersService],
})
export class NewslettersModule {}
