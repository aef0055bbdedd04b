import { Injectable } from '@nestjs/common';
import { InjectConfig, type AppConfig } from '@kring/server-config';
import type { OrganisationId } from '@kring/server-database';
import { escapeHtml } from '@kring/server-mail';
import { MailingLinks } from '../links/mailing-links.service';
import type { RenderedNewsletter } from '../newsletters/newsletter-render';
import { rewriteHtml } from './tracking-links';

/** Where a tracked delivery points: the organisation, the row, and its signed MailingLinks token. */
export interface TrackedDelivery {
  organisationId: OrganisationId;
  deliveryId: string;
  token: string;
}

/**
 * Open and click tracking of bulk mail, only for organisations that turned it on (`organisations.mail_tracking`,
 * off by default; the engine calls this only then). Adds the open pixel and points every http(s) link of the HTML
 * part at the signed click redirect; our own unsubscribe and preference links, mailto: and the text part stay as
 * they are. See docs/developer/mailings-tracking.md.
 */
@Injectable()
export class MailTracking {
  private readonly publicUrl: string;
  private readonly ownPrefixes: string[];

  constructor(
    private readonly links: MailingLinks,
    @InjectConfig('app') app: AppConfig,
  ) {
    this.publicUrl = app.publicUrl.replace(/\/+$/, '');
    // The unsubscribe (one-click, RFC 8058) and preference links must work without a detour, and so must ours.
    this.ownPrefixes = [`${this.publicUrl}/api/public/mailings/`, `${this.publicUrl}/preferences/`];
  }

  apply(rendered: RenderedNewsletter, delivery: TrackedDelivery): RenderedNewsletter {
    const secret = this.secret(delivery.organisationId);
    const html = rewriteHtml(rendered.html, {
      publicUrl: this.publicUrl,
      secret,
      token: delivery.token,
      keep: (url) => this.ownPrefixes.some((prefix) => url.startsWith(prefix)),
      escape: escapeHtml,
    });
    return { ...rendered, html };
  }

  /**
   * The organisation's link secret, synchronously: the engine signs the delivery's MailingLinks token (which loads
   * and caches the secret) right before it calls apply.
   */
  private secret(organisationId: OrganisationId): Buffer {
    const secret = this.links.cachedSecret(organisationId);
    if (!secret) throw new Error(`link secret of organisation ${organisationId} not loaded: sign the delivery's token first`);
    return secret;
  }
}
