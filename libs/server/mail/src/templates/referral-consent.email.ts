import { formatDateTime } from './format';
import { defineTemplate, type MailContent } from './mail-content';
import { matchInviteMessageParagraphs } from './match-invite.email';

/**
 * Search & Match variant: HR (the "referrer") found the candidate in the organisation's own data, because the
 * candidate agreed to be approached for suitable vacancies, and says why: the skills they matched on and HR's note.
 */
export interface ReferralConsentMatchData {
  /** Labels in the candidate's language, best first (shown at most MATCH_SKILLS_SHOWN). */
  skills: string[];
  /** HR's note (plain text, the layout escapes it). */
  note: string | null;
}

export const MATCH_SKILLS_SHOWN = 8;

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
  /** Set when HR referred a person Search & Match found (referral source 'match'); absent or null otherwise. */
  match?: ReferralConsentMatchData | null;
}

const skillList = (skills: string[], and: string) => {
  const shown = skills.slice(0, MATCH_SKILLS_SHOWN);
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} ${and} ${shown.at(-1)}` : (shown[0] ?? '');
};

/** The consent request when HR referred a matched person: who, from where, why; then the same choice. */
function matchContent(d: ReferralConsentMailData, m: ReferralConsentMatchData, locale: 'nl' | 'en'): MailContent {
  const due = formatDateTime(d.respondBefore, locale);
  if (locale === 'nl') {
    return {
      subject: `${d.reminder ? 'Herinnering: ' : ''}${d.referrerName} van ${d.organisationName} wil je voordragen${d.vacancyTitle ? ` voor ${d.vacancyTitle}` : ''}`,
      preheader: `Laat voor ${due} weten of je dat goed vindt.`,
      greeting: `Beste ${d.candidateName},`,
      paragraphs: [
        `${d.referrerName} (HR) van ${d.organisationName} heeft je gevonden met Search & Match, omdat je ons toestemming gaf om je te benaderen voor passende vacatures, en wil je voordragen${d.vacancyTitle ? ` voor de vacature "${d.vacancyTitle}"` : ''}.`,
        m.skills.length
          ? `Waarom jij: je profiel past bij deze vacature op ${skillList(m.skills, 'en')}.`
          : 'Waarom jij: je profiel past bij wat deze vacature vraagt.',
        ...matchInviteMessageParagraphs(m.note).map((p, i) => (i === 0 ? `${d.referrerName} schrijft: ${p}` : p)),
        `Voor deze voordracht hebben we: ${d.dataHeld.join(', ')}. We gebruiken die alleen voor deze sollicitatie en doen er niets mee zolang jij niet instemt.`,
        'Vind je het goed dat we je voordragen? Je kunt dan ook je cv toevoegen. Wil je niet? Dan wissen we deze voordracht direct; wat je eerder met ons deelde, blijft zoals het was.',
      ],
      action: { label: 'Ja, ik doe mee', url: d.consentUrl },
      secondaryAction: { label: 'Nee, liever niet', url: d.declineUrl },
      notes: [
        `Horen we niets voor ${due}, dan wissen we deze voordracht automatisch.`,
        'Wil je niet meer gevonden worden voor vacatures? Dat kan met één klik via een van de knoppen hierboven (ook als je deze voordracht wel wilt), of beantwoord deze e-mail.',
      ],
    };
  }
  return {
    subject: `${d.reminder ? 'Reminder: ' : ''}${d.referrerName} of ${d.organisationName} would like to put you forward${d.vacancyTitle ? ` for ${d.vacancyTitle}` : ''}`,
    preheader: `Please let us know before ${due} whether that is all right.`,
    greeting: `Dear ${d.candidateName},`,
    paragraphs: [
      `${d.referrerName} (HR) of ${d.organisationName} found you with Search & Match, because you agreed to be approached about suitable vacancies, and would like to put you forward${d.vacancyTitle ? ` for the "${d.vacancyTitle}" vacancy` : ''}.`,
      m.skills.length
        ? `Why you: your profile matches this vacancy on ${skillList(m.skills, 'and')}.`
        : 'Why you: your profile matches what this vacancy asks for.',
      ...matchInviteMessageParagraphs(m.note).map((p, i) => (i === 0 ? `${d.referrerName} writes: ${p}` : p)),
      `For this referral we hold: ${d.dataHeld.join(', ')}. We use it only for this application, and do nothing with it unless you agree.`,
      'Are you happy for us to put you forward? You can then also add your CV. Not interested? Then we erase this referral at once; what you shared with us before stays as it was.',
    ],
    action: { label: 'Yes, count me in', url: d.consentUrl },
    secondaryAction: { label: 'No, thank you', url: d.declineUrl },
    notes: [
      `If we hear nothing before ${due}, this referral is erased automatically.`,
      'No longer want to be found for vacancies? One click does it through either button above (also if you do want this referral), or reply to this email.',
    ],
  };
}

/**
 * GDPR art. 14: a referred candidate learns who referred them, for what, which data is held and until
 * when, and chooses. Sensitive: the links are credentials, so the body is purged after sending.
 */
export const referralConsentTemplate = defineTemplate<ReferralConsentMailData>({
  content: {
    nl: (d) => d.match ? matchContent(d, d.match, 'nl') : ({
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
    en: (d) => d.match ? matchContent(d, d.match, 'en') : ({
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
