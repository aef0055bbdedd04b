import { Module } from '@nestjs/common';
import { NewslettersRepository } from '../newsletters/newsletters.repository';
import { ActivationDispatcher } from './activation-dispatcher.service';
import { ActivationRepository } from './activation.repository';

/**
 * Programme activation mails without controllers: the audience, share links and the enqueue (ActivationDispatcher).
 * Self-contained (its own NewslettersRepository instance, a stateless SQL class) so that NewslettersCoreModule can
 * import this module without a cycle. The HTTP side is the newsletters API (kind `activation` + programmeId).
 */
@Module({
  providers: [ActivationRepository, ActivationDispatcher, NewslettersRepository],
  exports: [ActivationRepository, ActivationDispatcher],
})
export class ActivationCoreModule {}

/** Programme activation mails over HTTP: served by NewslettersController (see docs/developer/mailings-activation.md). */
@Module({ imports: [ActivationCoreModule] })
export class ActivationModule {}
