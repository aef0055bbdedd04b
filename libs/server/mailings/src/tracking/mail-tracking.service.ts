import { Injectable } from '@nestjs/common';
import type { OrganisationId } from '@kring/server-database';
import type { RenderedNewsletter } from '../newsletters/newsletter-render';

/** Where a tracked delivery points: the organisation, the row, and its signed MailingLinks token. */
export interface TrackedDelivery {
  organisationId: OrganisationId;
  deliveryId: string;
  token: string;
}

/**
 * Open and click tracking of bulk mail, only for organisations that turned it on (`organisations.mail_tracking`,
 * off by default). Placeholder until the tracking work: returns the mail unchanged.
 */
@Injectable()
export class MailTracking {
  apply(rendered: RenderedNewsletter, _delivery: TrackedDelivery): RenderedNewsletter {
    return rendered;
  }
}
