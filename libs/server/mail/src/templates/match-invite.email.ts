import { defineTemplate } from './mail-content';

export interface MatchInviteMailData {
  organisationName: string;
  firstName: string;
  vacancy: { title: string; url: string };
  /** HR's optional personal line (plain text, at most 1000 characters; the layout escapes it). */
  message: string | null;
  /** Name of the HR user who sends the invitation. */
  senderName: string;
  /** The preference centre (no login), where the person can withdraw consent for matching and stop mails. */
  preferencesUrl: string;
}

const MAX_MESSAGE = 1000;

/** The personal line as paragraphs: control characters removed, blank lines split paragraphs, capped length. */
export function matchInviteMessageParagraphs(message: string | null): string[] {
  if (!message) return [];
  const clean = message
    .replace(/\r\n?/g, '\n')
    .replace(/(?!\n)\p{Cc}/gu, ' ')
    .trim()
    .slice(0, MAX_MESSAGE);
  return clean
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** HR invites a person Kring matched to a vacancy to apply (issue 8, "invite to apply"). */
export const matchInviteTemplate = defineTemplate<MatchInviteMailData>({
  content: {
    nl: (d) => ({
      subject: `Uitnodiging om te solliciteren: ${d.vacancy.title}`,
      preheader: `${d.organisationName} denkt dat deze vacature bij je past.`,
      greeting: `Beste ${d.firstName},`,
      paragraphs: [
        `Bij ${d.organisationName} hebben we een vacature waarvan we denken dat die goed bij je past: ${d.vacancy.title}. We nodigen je van harte uit om te solliciteren.`,
        ...matchInviteMessageParagraphs(d.message),
        `Groet, ${d.senderName}`,
      ],
      action: { label: 'Bekijk de vacature', url: d.vacancy.url },
      links: [{ label: 'Geen uitnodigingen meer ontvangen of je voorkeuren aanpassen', url: d.preferencesUrl }],
      notes: [
        'Je krijgt deze e-mail omdat je toestemming hebt gegeven om je te benaderen voor passende vacatures. Wil je dat niet meer, pas dan je voorkeuren aan of beantwoord deze e-mail.',
      ],
    }),
    en: (d) => ({
      subject: `Invitation to apply: ${d.vacancy.title}`,
      preheader: `${d.organisationName} thinks this vacancy suits you.`,
      greeting: `Dear ${d.firstName},`,
      paragraphs: [
        `At ${d.organisationName} we have a vacancy we think suits you well: ${d.vacancy.title}. We warmly invite you to apply.`,
        ...matchInviteMessageParagraphs(d.message),
        `Kind regards, ${d.senderName}`,
      ],
      action: { label: 'View the vacancy', url: d.vacancy.url },
      links: [{ label: 'Stop these invitations or change your preferences', url: d.preferencesUrl }],
      notes: [
        'You receive this email because you agreed to be approached about suitable vacancies. If you no longer want that, change your preferences or reply to this email.',
      ],
    }),
  },
  preview: {
    organisationName: 'Bakkerij de Vries',
    firstName: 'Noor',
    vacancy: { title: 'Bakker (32 uur)', url: 'http://localhost:3000/vacancies/preview' },
    message: 'We werkten eerder prettig samen.\n\nHeb je vragen? Bel me gerust.',
    senderName: 'Sanne de Vries',
    preferencesUrl: 'http://localhost:3000/preferences/manage?token=preview',
  },
});
