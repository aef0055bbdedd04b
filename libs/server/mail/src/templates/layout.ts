import type { Locale } from '@kring/shared-domain';
import { escapeHtml, safeUrl } from './escape';
import type { MailContent } from './mail-content';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

const FOOTER: Record<Locale, (organisationName: string) => string> = {
  nl: (org) => `Deze e-mail is verstuurd door Kring namens ${org}.`,
  en: (org) => `This email was sent by Kring on behalf of ${org}.`,
};

const BUTTON_FALLBACK: Record<Locale, string> = {
  nl: 'Werkt de knop niet? Kopieer deze link in je browser:',
  en: 'Button not working? Copy this link into your browser:',
};

const styles = {
  body: 'margin:0;padding:0;background:#f4f5f7;',
  card: 'max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;',
  header: 'padding:20px 32px;border-bottom:1px solid #e5e7eb;font:600 16px/1.4 Arial,Helvetica,sans-serif;color:#111827;',
  main: 'padding:24px 32px;font:15px/1.6 Arial,Helvetica,sans-serif;color:#111827;',
  p: 'margin:0 0 16px;',
  button:
    'display:inline-block;padding:12px 24px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600;',
  note: 'margin:0 0 8px;font-size:13px;color:#4b5563;',
  link: 'color:#1d4ed8;word-break:break-all;',
  footer: 'padding:16px 32px;font:12px/1.5 Arial,Helvetica,sans-serif;color:#6b7280;text-align:center;',
};

/** The one layout every email shares: organisation header, content, optional button, footer. */
export function renderLayout(locale: Locale, organisationName: string, content: MailContent): RenderedMail {
  return {
    subject: content.subject.replace(/\s+/g, ' ').trim(), // no header folding tricks via names
    html: renderHtml(locale, organisationName, content),
    text: renderText(locale, organisationName, content),
  };
}

function renderHtml(locale: Locale, organisationName: string, content: MailContent): string {
  const e = escapeHtml;
  const org = e(organisationName);
  const paragraphs = content.paragraphs.map((p) => `<p style="${styles.p}">${e(p)}</p>`).join('\n');
  const href = content.action ? e(safeUrl(content.action.url)) : '';
  const action = content.action
    ? `<p style="${styles.p}"><a href="${href}" style="${styles.button}">${e(content.action.label)}</a></p>
<p style="${styles.note}">${e(BUTTON_FALLBACK[locale])}<br><a href="${href}" style="${styles.link}">${href}</a></p>`
    : '';
  const secondary = content.secondaryAction
    ? `<p style="${styles.p}"><a href="${e(safeUrl(content.secondaryAction.url))}" style="${styles.link}">${e(content.secondaryAction.label)}</a></p>`
    : '';
  const links = (content.links ?? [])
    .map((link) => `<p style="${styles.p}"><a href="${e(safeUrl(link.url))}" style="${styles.link}">${e(link.label)}</a></p>`)
    .join('\n');
  const notes = (content.notes ?? []).map((n) => `<p style="${styles.note}">${e(n)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(content.subject)}</title></head>
<body style="${styles.body}">
<div style="display:none;max-height:0;overflow:hidden;">${e(content.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="padding:24px 12px;"><tr><td>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="${styles.card}">
<tr><td style="${styles.header}">${org}</td></tr>
<tr><td style="${styles.main}">
<p style="${styles.p}">${e(content.greeting)}</p>
${paragraphs}
${action}
${secondary}
${links}
${notes}
</td></tr>
<tr><td style="${styles.footer}">${e(FOOTER[locale](organisationName))}</td></tr>
</table>
</td></tr></table>
</body>
</html>
`;
}

function renderText(locale: Locale, organisationName: string, content: MailContent): string {
  const blocks = [organisationName, content.greeting, ...content.paragraphs];
  if (content.action) blocks.push(`${content.action.label}:\n${safeUrl(content.action.url)}`);
  if (content.secondaryAction) blocks.push(`${content.secondaryAction.label}:\n${safeUrl(content.secondaryAction.url)}`);
  for (const link of content.links ?? []) blocks.push(`${link.label}:\n${safeUrl(link.url)}`);
  blocks.push(...(content.notes ?? []), `--\n${FOOTER[locale](organisationName)}`);
  return `${blocks.join('\n\n')}\n`;
}
