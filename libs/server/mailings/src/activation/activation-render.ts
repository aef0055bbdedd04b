import { escapeHtml } from '@kring/server-mail';
import type { Locale } from '@kring/shared-domain';
import {
  compileBulkMail,
  type CompiledNewsletter,
  type NewsletterOrganisation,
  type NewsletterRecipient,
  type NewsletterVariantContent,
} from '../newsletters/newsletter-render';
import type { ActivationPersonal } from './activation.repository';

// Replaced per recipient by the programme's name (from `personal`).
const SLOT_PROGRAMME = 'KRING-SLOT-PROGRAMME-NAME';

const TEXTS: Record<
  Locale,
  { why: (org: string) => string; unsubscribe: string; preferences: string; links: string; none: string; overview: string }
> = {
  nl: {
    why: (org) => `Je ontvangt deze mail omdat je bij ${org} kunt verwijzen in het programma ${SLOT_PROGRAMME}.`,
    unsubscribe: 'Geen mails meer over verwijsprogramma’s',
    preferences: 'Mijn e-mailvoorkeuren',
    links: 'Jouw persoonlijke deellinks',
    none: 'Er staan op dit moment geen open vacatures in dit programma.',
    overview: 'Alle open vacatures bekijken en delen',
  },
  en: {
    why: (org) => `You receive this mail because you can refer for ${org} in the programme ${SLOT_PROGRAMME}.`,
    unsubscribe: 'No more mails about referral programmes',
    preferences: 'My email preferences',
    links: 'Your personal share links',
    none: 'There are no open vacancies in this programme right now.',
    overview: 'See and share all open vacancies',
  },
};

const styles = {
  block: 'margin:24px 0 0;padding:16px 20px;background:#f4f5f7;border-radius:6px;',
  heading: 'margin:0 0 8px;font-weight:600;',
  list: 'margin:0 0 12px;padding-left:20px;',
  link: 'color:#1d4ed8;',
};

/** `personal` as stored at enqueue; anything missing or malformed renders as "no links" rather than failing the send. */
export function activationPersonalOf(personal: Record<string, unknown> | null): ActivationPersonal {
  const links = Array.isArray(personal?.['links']) ? (personal['links'] as unknown[]) : [];
  return {
    programmeName: typeof personal?.['programmeName'] === 'string' ? personal['programmeName'] : '',
    overviewUrl: typeof personal?.['overviewUrl'] === 'string' ? personal['overviewUrl'] : '',
    links: links
      .filter((l): l is { title: string; url: string } => !!l && typeof (l as { title?: unknown }).title === 'string' && typeof (l as { url?: unknown }).url === 'string')
      .map((l) => ({ title: l.title, url: l.url })),
  };
}

/** Only our own https/http URLs go into an href (they always are; this keeps a bad row from becoming a javascript: link). */
const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : '');

/**
 * A programme activation mail: HR's text (Markdown, `{{voornaam}}`), then a block with the recipient's own share
 * links (vacancy title + URL, from the delivery row's `personal`) and a link to all open vacancies, then a footer
 * saying why they get it (referrer in programme X) with the one-click opt-out of programme mails (topic
 * `programme_mails`). Compiled once per language; the block is built per recipient with every value escaped.
 */
export function compileActivation(organisation: NewsletterOrganisation, variant: NewsletterVariantContent): CompiledNewsletter {
  const t = TEXTS[variant.locale];
  const e = escapeHtml;
  return compileBulkMail(organisation, variant, {
    kind: 'activation',
    topic: 'programme_mails',
    why: t.why(organisation.name),
    unsubscribe: t.unsubscribe,
    preferences: t.preferences,
    slots: (recipient: NewsletterRecipient) => ({ [SLOT_PROGRAMME]: activationPersonalOf(recipient.personal).programmeName }),
    personalBlock: {
      html(recipient) {
        const personal = activationPersonalOf(recipient.personal);
        const items = personal.links.map((l) => `<li><a href="${e(safeUrl(l.url))}" style="${styles.link}">${e(l.title)}</a></li>`).join('');
        const list = items ? `<ul style="${styles.list}">${items}</ul>` : `<p>${e(t.none)}</p>`;
        const overview = personal.overviewUrl ? `<p style="margin:0;"><a href="${e(safeUrl(personal.overviewUrl))}" style="${styles.link}">${e(t.overview)}</a></p>` : '';
        return `<div style="${styles.block}"><p style="${styles.heading}">${e(t.links)}</p>${list}${overview}</div>`;
      },
      text(recipient) {
        const personal = activationPersonalOf(recipient.personal);
        const lines = personal.links.length ? personal.links.map((l) => `- ${l.title}: ${safeUrl(l.url)}`) : [t.none];
        return [`${t.links}:`, ...lines, ...(personal.overviewUrl ? ['', `${t.overview}: ${safeUrl(personal.overviewUrl)}`] : [])].join('\n');
      },
    },
  });
}
