import { formatDateTime } from './format';
import { defineTemplate } from './mail-content';

export interface ReferralConsentMailData {
  organisationName: string;
  candidateName: string;
  referrerName: string;
  /** Null for a general referral (talent pool). */
  vacancyTitle: string | null;
  /** What is held about the candidate, already in the candidate's language (e.g. "your CV"). */
  dataHeld: string[];
  consentUrl: string;
  declineUrl: string;
  respondBefore: Date;
  /** 0 for the first request, 1.. for reminders. */
  reminder: number;
}

/**
 * GDPR art. 14: a referred candidate learns who referred them, for what, which data is held and until
 * when, and chooses. Sensitive: the links are credentials, so the body is purged after sending.
 */
export const referralConsentTemplate = defineTemplate<ReferralConsentMailData>({
  content: {
    nl: (d) => ({
      subject: `${d.reminder ? 'Herinnering: ' : ''}${d.referrerName} heeft je aangedragen bij ${d.organisationName}`,
      preheader: `Laat voor ${formatDateTime(d.respondBefore, 'nl')} weten of je dat goed vindt.`,
      greeting: `Beste ${d.candidateName},`,
      paragraphs: [
        d.vacancyTitle
          ? `${d.referrerName} denkt dat je goed past bij de vacature "${d.vacancyTitle}" bij ${d.organisationName} en heeft je daarom aangedragen.`
          : `${d.referrerName} heeft je aangedragen bij ${d.organisationName}, zodat we aan je kunnen denken bij passende vacatures.`,
        `Wij hebben nu van je: ${d.dataHeld.join(', ')}. We gebruiken die alleen voor deze sollicitatie en doen er niets mee zolang jij niet instemt.`,
        `Vind je het goed dat we je gegevens gebruiken? Je kunt dan ook je cv toevoegen of vervangen. Wil je niet? Dan wissen we alles direct.`,
      ],
      action: { label: 'Ja, ik doe mee', url: d.consentUrl },
      secondaryAction: { label: 'Nee, wis mijn gegevens', url: d.declineUrl },
      notes: [
        `Horen we niets voor ${formatDateTime(d.respondBefore, 'nl')}, dan wissen we je gegevens automatisch.`,
        `${d.referrerName} hoort alleen of je hebt ingestemd, niet waarom.`,
      ],
    }),
    en: (d) => ({
      subject: `${d.reminder ? 'Reminder: ' : ''}${d.referrerName} referred you to ${d.organisationName}`,
      preheader: `Please let us know before ${formatDateTime(d.respondBefore, 'en')} whether that is all right.`,
      greeting: `Dear ${d.candidateName},`,
      paragraphs: [
        d.vacancyTitle
          ? `${d.referrerName} thinks you are a good fit for the "${d.vacancyTitle}" vacancy at ${d.organisationName} and referred you.`
          : `${d.referrerName} referred you to ${d.organisationName}, so we can think of you when a suitable vacancy opens.`,
        `We now hold: ${d.dataHeld.join(', ')}. We use it only for this application, and do nothing with it unless you agree.`,
        'Are you happy for us to use your details? You can then also add or replace your CV. Not interested? Then we erase everything at once.',
      ],
      action: { label: 'Yes, count me in', url: d.consentUrl },
      secondaryAction: { label: 'No, erase my details', url: d.declineUrl },
      notes: [
        `If we hear nothing before ${formatDateTime(d.respondBefore, 'en')}, your details are erased automatically.`,
        `${d.referrerName} only learns whether you agreed, not why.`,
      ],
    }),
  },
  preview: {
    organisationName: 'Bakkerij de Vries',
    candidateName: 'Sam Jansen',
    referrerName: 'Emre Yılmaz',
    vacancyTitle: 'Verpleegkundige',
    dataHeld: ['je naam', 'je e-mailadres', 'hoe jullie elkaar kennen'],
    consentUrl: 'http://localhost:3000/candidate/consent?token=preview',
    declineUrl: 'http://localhost:3000/candidate/decline?token=preview',
    respondBefore: new Date('2026-02-01T12:00:00Z'),
    reminder: 0,
  },
});
