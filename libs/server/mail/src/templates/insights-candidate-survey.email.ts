import { defineTemplate } from './mail-content';

export interface CandidateSurveyMailData {
  organisationName: string;
  /** The candidate's first name as the referrer gave it; null when unknown. */
  firstName: string | null;
  vacancyTitle: string | null;
  /** Eleven links, scores 0 to 10 in order; each opens the public page, which records the score with one click. */
  scoreUrls: string[];
  expiresInDays: number;
}

const scoreLinks = (d: CandidateSurveyMailData) => d.scoreUrls.map((url, score) => ({ label: String(score), url }));

/** Sent once when a referral ends (hired, rejected, withdrawn): how was the candidate's experience, 0 to 10. */
export const candidateSurveyTemplate = defineTemplate<CandidateSurveyMailData>({
  content: {
    nl: (d) => ({
      subject: `Hoe was je ervaring met ${d.organisationName}?`,
      preheader: 'Eén klik: een cijfer van 0 tot 10.',
      greeting: d.firstName ? `Hoi ${d.firstName},` : 'Hallo,',
      paragraphs: [
        d.vacancyTitle
          ? `Je bent onlangs aangedragen voor de vacature ${d.vacancyTitle} bij ${d.organisationName}. Die sollicitatieprocedure is afgerond.`
          : `Je bent onlangs aangedragen bij ${d.organisationName}. Die sollicitatieprocedure is afgerond.`,
        `Hoe waarschijnlijk is het dat je ${d.organisationName} als werkgever aanbeveelt aan vrienden of bekenden, na je ervaring met onze procedure? Klik op een cijfer van 0 (zeer onwaarschijnlijk) tot 10 (zeer waarschijnlijk).`,
      ],
      links: scoreLinks(d),
      notes: [`Je antwoord is anoniem voor de collega die je heeft aangedragen. De links zijn ${d.expiresInDays} dagen geldig; je kunt je cijfer in die tijd nog aanpassen.`],
    }),
    en: (d) => ({
      subject: `How was your experience with ${d.organisationName}?`,
      preheader: 'One click: a score from 0 to 10.',
      greeting: d.firstName ? `Hi ${d.firstName},` : 'Hello,',
      paragraphs: [
        d.vacancyTitle
          ? `You were recently referred for the ${d.vacancyTitle} vacancy at ${d.organisationName}. That application process has ended.`
          : `You were recently referred to ${d.organisationName}. That application process has ended.`,
        `How likely are you to recommend ${d.organisationName} as an employer to friends or acquaintances, after your experience with our process? Click a score from 0 (not at all likely) to 10 (extremely likely).`,
      ],
      links: scoreLinks(d),
      notes: [`Your answer is not shown to the colleague who referred you. The links are valid for ${d.expiresInDays} days; you can change your score during that time.`],
    }),
  },
  preview: {
    organisationName: 'Bakkerij de Vries',
    firstName: 'Anna',
    vacancyTitle: 'Bakker',
    scoreUrls: Array.from({ length: 11 }, (_, score) => `http://localhost:3000/candidate-survey?token=preview-token&score=${score}`),
    expiresInDays: 30,
  },
});
