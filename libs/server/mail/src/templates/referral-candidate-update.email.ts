import { defineTemplate } from './mail-content';

export interface ReferralCandidateUpdateMailData {
  organisationName: string;
  candidateName: string;
  vacancyTitle: string | null;
  /** consented: confirmation after consent; hired / rejected: the outcome. */
  update: 'consented' | 'hired' | 'rejected';
  /** Only when HR marked it shareable. */
  reason: string | null;
}

const what = (title: string | null, nl: boolean) =>
  title ? `"${title}"` : nl ? 'een passende functie' : 'a suitable position';

/** Keeps the candidate informed: consent confirmed, and the outcome. Nobody is left without an answer. */
export const referralCandidateUpdateTemplate = defineTemplate<ReferralCandidateUpdateMailData>({
  content: {
    nl: (d) => ({
      subject:
        d.update === 'consented'
          ? `Bedankt, we nemen contact met je op – ${d.organisationName}`
          : d.update === 'hired'
            ? `Welkom bij ${d.organisationName}!`
            : `Je sollicitatie bij ${d.organisationName}`,
      preheader: d.update === 'consented' ? 'Je hebt ingestemd met je aanmelding.' : 'De uitkomst van je sollicitatie.',
      greeting: `Beste ${d.candidateName},`,
      paragraphs:
        d.update === 'consented'
          ? [`Bedankt dat je wilt meedoen voor ${what(d.vacancyTitle, true)}. We bekijken je gegevens en laten je weten hoe het verder gaat.`]
          : d.update === 'hired'
            ? [`Gefeliciteerd: we gaan met je verder voor ${what(d.vacancyTitle, true)}. We nemen contact met je op over de volgende stappen.`]
            : [
                `Bedankt voor je interesse in ${what(d.vacancyTitle, true)}. We hebben besloten niet met je verder te gaan.`,
                ...(d.reason ? [`Toelichting: ${d.reason}`] : []),
                'We wensen je veel succes.',
              ],
    }),
    en: (d) => ({
      subject:
        d.update === 'consented'
          ? `Thank you, we will be in touch – ${d.organisationName}`
          : d.update === 'hired'
            ? `Welcome to ${d.organisationName}!`
            : `Your application at ${d.organisationName}`,
      preheader: d.update === 'consented' ? 'You agreed to your referral.' : 'The outcome of your application.',
      greeting: `Dear ${d.candidateName},`,
      paragraphs:
        d.update === 'consented'
          ? [`Thank you for taking part for ${what(d.vacancyTitle, false)}. We will review your details and let you know what happens next.`]
          : d.update === 'hired'
            ? [`Congratulations: we would like to continue with you for ${what(d.vacancyTitle, false)}. We will contact you about the next steps.`]
            : [
                `Thank you for your interest in ${what(d.vacancyTitle, false)}. We have decided not to proceed with your application.`,
                ...(d.reason ? [`Our reason: ${d.reason}`] : []),
                'We wish you every success.',
              ],
    }),
  },
  preview: { organisationName: 'Bakkerij de Vries', candidateName: 'Sam Jansen', vacancyTitle: 'Verpleegkundige', update: 'rejected', reason: null },
});
