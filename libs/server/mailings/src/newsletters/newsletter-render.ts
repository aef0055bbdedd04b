import { escapeHtml } from '@kring/server-mail';
import type { Locale } from '@kring/shared-domain';
import { renderMarkdown } from '@kring/server-referrals';

export interface NewsletterVariantContent {
  locale: Locale;
  subject: string;
  preheader: string;
  bodyMarkdown: string;
}

/** What changes per recipient. */
export interface NewsletterRecipient {
  firstName: string;
  unsubscribeUrl: string;
  preferencesUrl: string;
  /** The delivery row and its signed MailingLinks token (person + delivery): for tracking links. */
  deliveryId: string;
  token: string;
  /** Data fixed per recipient at enqueue (activation mails: share links), else null. */
  personal: Record<string, unknown> | null;
}

/** The organisation as the renderer needs it. */
export interface NewsletterOrganisation {
  name: string;
  defaultLocale: Locale;
}

export interface RenderedNewsletter {
  subject: string;
  html: string;
  text: string;
}

/** A variant rendered once (Markdown, layout), with slots that `personalise` fills per recipient. */
export interface CompiledNewsletter {
  locale: Locale;
  /** The preference topic its List-Unsubscribe link withdraws, and the X-Kring-Kind header. */
  topic: 'newsletter' | 'job_alerts' | 'events' | 'programme_mails';
  kind: 'newsletter' | 'activation';
  personalise(recipient: NewsletterRecipient): RenderedNewsletter;
}

/** Written by HR in subject and body; replaced by the recipient's first name. Both spellings work. */
export const FIRST_NAME_PLACEHOLDER = /\{\{\s*(voornaam|firstName)\s*\}\}/g;

// Slots of our own (never produced by Markdown, and URL-safe so they survive inside href="").
const SLOT_UNSUBSCRIBE = 'KRING-SLOT-UNSUBSCRIBE-URL';
const SLOT_PREFERENCES = 'KRING-SLOT-PREFERENCES-URL';

const FOOTER: Record<Locale, { why: (org: string) => string; unsubscribe: string; preferences: string }> = {
  nl: {
    why: (org) => `Je ontvangt deze nieuwsbrief omdat je ${org} toestemming gaf je nieuws te sturen.`,
    unsubscribe: 'Afmelden voor de nieuwsbrief',
    preferences: 'Mijn e-mailvoorkeuren',
  },
  en: {
    why: (org) => `You receive this newsletter because you allowed ${org} to send you news.`,
    unsubscribe: 'Unsubscribe from the newsletter',
    preferences: 'My email preferences',
  },
};

const styles = {
  body: 'margin:0;padding:0;background:#f4f5f7;',
  card: 'max-width:600px;margin:0 auto;background:#ffffff;border-radius:8px;',
  header: 'padding:20px 32px;border-bottom:1px solid #e5e7eb;font:600 16px/1.4 Arial,Helvetica,sans-serif;color:#111827;',
  main: 'padding:24px 32px;font:15px/1.6 Arial,Helvetica,sans-serif;color:#111827;',
  footer: 'padding:16px 32px;font:12px/1.5 Arial,Helvetica,sans-serif;color:#6b7280;text-align:center;',
  link: 'color:#6b7280;',
};

/** What differs between kinds of bulk mail around HR's text: the footer, and an optional per-recipient block. */
export interface BulkMailLayout {
  kind: CompiledNewsletter['kind'];
  topic: CompiledNewsletter['topic'];
  /** Why the recipient gets this mail (plain text; may contain slots filled by `personal`). */
  why: string;
  unsubscribe: string;
  preferences: string;
  /** A block after HR's text, built per recipient (HTML and text; values must be escaped by the builder). */
  personalBlock?: {
    html(recipient: NewsletterRecipient): string;
    text(recipient: NewsletterRecipient): string;
  };
  /** Extra per-recipient replacements of slots in `why` (raw values; escaped for HTML here). */
  slots?(recipient: NewsletterRecipient): Record<string, string>;
}

// Where the personal block goes (after the body). Never produced by Markdown.
const SLOT_PERSONAL_BLOCK = 'KRING-SLOT-PERSONAL-BLOCK';

/**
 * Renders one language variant once per job: Markdown to sanitised HTML inside the shared look of Kring mail,
 * plus a text part. Personalising is then string replacement only, so 100k recipients cost 100k replaces, not
 * 100k Markdown renders. The first name is escaped for HTML; links are our own signed URLs.
 */
export function compileNewsletter(organisation: NewsletterOrganisation, variant: NewsletterVariantContent): CompiledNewsletter {
  const footer = FOOTER[variant.locale];
  return compileBulkMail(organisation, variant, {
    kind: 'newsletter',
    topic: 'newsletter',
    why: footer.why(organisation.name),
    unsubscribe: footer.unsubscribe,
    preferences: footer.preferences,
  });
}

/** The shared layout of bulk mail (newsletters, activation mails), compiled once per language variant. */
export function compileBulkMail(organisation: NewsletterOrganisation, variant: NewsletterVariantContent, layout: BulkMailLayout): CompiledNewsletter {
  const organisationName = organisation.name;
  const e = escapeHtml;
  const bodyHtml = renderMarkdown(variant.bodyMarkdown);
  const subject = variant.subject.replace(/\s+/g, ' ').trim();
  const block = layout.personalBlock;
  const html = `<!DOCTYPE html>
<html lang="${variant.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(subject)}</title></head>
<body style="${styles.body}">
<div style="display:none;max-height:0;overflow:hidden;">${e(variant.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="padding:24px 12px;"><tr><td>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="${styles.card}">
<tr><td style="${styles.header}">${e(organisationName)}</td></tr>
<tr><td style="${styles.main}">
${bodyHtml}${block ? `\n${SLOT_PERSONAL_BLOCK}` : ''}
</td></tr>
<tr><td style="${styles.footer}">${e(layout.why)}<br>
<a href="${SLOT_UNSUBSCRIBE}" style="${styles.link}">${e(layout.unsubscribe)}</a> · <a href="${SLOT_PREFERENCES}" style="${styles.link}">${e(layout.preferences)}</a></td></tr>
</table>
</td></tr></table>
</body>
</html>
`;
  const text = `${organisationName}\n\n${variant.bodyMarkdown.trim()}\n${block ? `\n${SLOT_PERSONAL_BLOCK}\n` : ''}\n--\n${layout.why}\n${layout.unsubscribe}: ${SLOT_UNSUBSCRIBE}\n${layout.preferences}: ${SLOT_PREFERENCES}\n`;

  // Split at our slot once, here: whatever a first name, title or HR's text contains can then never move the block.
  const split = (template: string): [string, string] | null => {
    if (!block) return null;
    const at = template.lastIndexOf(SLOT_PERSONAL_BLOCK);
    return [template.slice(0, at), template.slice(at + SLOT_PERSONAL_BLOCK.length)];
  };
  const htmlParts = split(html);
  const textParts = split(text);

  return {
    locale: variant.locale,
    topic: layout.topic,
    kind: layout.kind,
    personalise(recipient) {
      const name = recipient.firstName.replace(/\s+/g, ' ').trim();
      const slots = Object.entries(layout.slots?.(recipient) ?? {});
      const fill = (template: string, escape: (v: string) => string) => {
        let out = template.replace(FIRST_NAME_PLACEHOLDER, () => escape(name));
        for (const [slot, value] of slots) out = out.replaceAll(slot, escape(value));
        return out.replaceAll(SLOT_UNSUBSCRIBE, escape(recipient.unsubscribeUrl)).replaceAll(SLOT_PREFERENCES, escape(recipient.preferencesUrl));
      };
      const render = (template: string, parts: [string, string] | null, escape: (v: string) => string, personalBlock: () => string) =>
        parts ? fill(parts[0], escape) + personalBlock() + fill(parts[1], escape) : fill(template, escape);
      return {
        subject: subject.replace(FIRST_NAME_PLACEHOLDER, () => name),
        html: render(html, htmlParts, e, () => block!.html(recipient)),
        text: render(text, textParts, (v) => v, () => block!.text(recipient)),
      };
    },
  };
}
