import { defineTemplate } from './mail-content';

export interface ReferralReferrerUpdateMailData {
  organisationName: string;
  referrerFirstName: string;
  /** Null once the candidate's data was erased. */
  candidateName: string | null;
  vacancyTitle: string | null;
  /** What happened: the candidate's decision, a stage change, or an outcome. */
  update: 'consented' | 'declined' | 'expired' | 'stage' | 'hired' | 'rejected' | 'withdrawn';
  /** The organisation's name for the new stage (with `stage`). */
  stageName: string | null;
  /** Only when HR marked the rejection reason shareable. */
  reason: string | null;
  referralsUrl: string;
}

const who = (d: ReferralReferrerUpdateMailData, nl: boolean) => d.candidateName ?? (nl ? 'je kandidaat' : 'your candidate');
const forWhat = (d: ReferralReferrerUpdateMailData, nl: boolean) =>
  d.vacancyTitle ? (nl ? ` voor "${d.vacancyTitle}"` : ` for "${d.vacancyTitle}"`) : '';

/** Short, respectful news for the referrer at every step; never more than they need to know. */
export const referralReferrerUpdateTemplate = defineTemplate<ReferralReferrerUpdateMailData>({
  content: {
    nl: (d) => {
      const u = d.update;
      const line =
        u === 'consented'
          ? `${who(d, true)} heeft ingestemd met je aandraging${forWhat(d, true)}. HR neemt het vanaf hier over.`
          : u === 'declined'
            ? `Je kandidaat heeft laten weten niet mee te willen doen${forWhat(d, true)}. We hebben de gegevens gewist. Bedankt voor het meedenken!`
            : u === 'expired'
              ? `Je kandidaat heeft niet op tijd gereageerd${forWhat(d, true)}, dus we hebben de gegevens gewist. Bedankt voor het meedenken!`
              : u === 'hired'
                ? `Goed nieuws: ${who(d, true)} is aangenomen${forWhat(d, true)}. Dank je wel!`
                : u === 'rejected'
                  ? `${who(d, true)} gaat helaas niet verder${forWhat(d, true)}. Bedankt voor je aandraging.`
                  : u === 'withdrawn'
                    ? `${who(d, true)} doet niet meer mee${forWhat(d, true)}.`
                    : `${who(d, true)} staat nu in de fase "${d.stageName ?? ''}"${forWhat(d, true)}.`;
      return {
        subject: `Nieuws over je aandraging bij ${d.organisationName}`,
        preheader: line.slice(0, 90),
        greeting: `Hoi ${d.referrerFirstName},`,
        paragraphs: [line, ...(d.reason ? [`Toelichting van HR: ${d.reason}`] : [])],
        action: { label: 'Bekijk je aandragingen', url: d.referralsUrl },
      };
    },
    en: (d) => {
      const u = d.update;
      const line =
        u === 'consented'
          ? `${who(d, false)} agreed to your referral${forWhat(d, false)}. HR takes it from here.`
          : u === 'declined'
            ? `Your candidate chose not to take part${forWhat(d, false)}. We erased their details. Thank you for thinking of us!`
            : u === 'expired'
              ? `Your candidate did not respond in time${forWhat(d, false)}, so we erased their details. Thank you for thinking of us!`
              : u === 'hired'
                ? `Good news: ${who(d, false)} was hired${forWhat(d, false)}. Thank you!`
                : u === 'rejected'
                  ? `${who(d, false)} will unfortunately not continue${forWhat(d, false)}. Thank you for your referral.`
                  : u === 'withdrawn'
                    ? `${who(d, false)} is no longer taking part${forWhat(d, false)}.`
                    : `${who(d, false)} is now in the "${d.stageName ?? ''}" stage${forWhat(d, false)}.`;
      return {
        subject: `News about your referral at ${d.organisationName}`,
        preheader: line.slice(0, 90),
        greeting: `Hi ${d.referrerFirstName},`,
        paragraphs: [line, ...(d.reason ? [`HR's note: ${d.reason}`] : [])],
        action: { label: 'See your referrals', url: d.referralsUrl },
      };
    },
  },
  preview: {
    organisationName: 'Bakkerij de Vries',
    referrerFirstName: 'Emre',
    candidateName: 'Sam Jansen',
    vacancyTitle: 'Verpleegkundige',
    update: 'stage',
    stageName: 'Gesprek',
    reason: null,
    referralsUrl: 'http://localhost:3000/my-referrals',
  },
});
