import type { Locale } from '@kring/shared-domain';
import { defineTemplate } from './mail-content';

export interface RewardUpdateMailData {
  organisationName: string;
  referrerFirstName: string;
  /** pending: the milestone fell due; approved: HR approved it; paid: it went to payroll (or to the charity). */
  update: 'pending' | 'approved' | 'paid';
  candidateName: string | null;
  vacancyTitle: string | null;
  milestone: string;
  amountCents: number;
  currency: string;
  points: number;
  /** YYYY-MM-DD. */
  dueOn: string;
  /** Set when the referrer chose to donate this reward. */
  charityName: string | null;
  rewardsUrl: string;
}

const INTL: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "€ 500,00" / "€500.00", plus points when the reward has them. */
export function formatReward(d: Pick<RewardUpdateMailData, 'amountCents' | 'currency' | 'points'>, locale: Locale): string {
  const money = d.amountCents > 0 ? new Intl.NumberFormat(INTL[locale], { style: 'currency', currency: d.currency }).format(d.amountCents / 100) : null;
  const points = d.points > 0 ? `${d.points} ${locale === 'nl' ? 'punten' : 'points'}` : null;
  return [money, points].filter(Boolean).join(locale === 'nl' ? ' en ' : ' and ');
}

const formatDay = (day: string, locale: Locale) =>
  new Intl.DateTimeFormat(INTL[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** Tells the referrer where a reward stands: it fell due, HR approved it, or it was paid (or donated). */
export const rewardUpdateTemplate = defineTemplate<RewardUpdateMailData>({
  content: {
    nl: (d) => {
      const amount = formatReward(d, 'nl');
      const forWhom = d.candidateName ? ` voor het aandragen van ${d.candidateName}` : '';
      const line =
        d.update === 'pending'
          ? `Je beloning "${d.milestone}"${forWhom} is op ${formatDay(d.dueOn, 'nl')} ingegaan: ${amount}. HR keurt hem binnenkort goed.`
          : d.update === 'approved'
            ? `HR heeft je beloning "${d.milestone}"${forWhom} goedgekeurd: ${amount}.`
            : d.charityName
              ? `Je beloning "${d.milestone}" (${amount}) is zoals je vroeg gedoneerd aan ${d.charityName}. Dank je wel!`
              : `Je beloning "${d.milestone}" (${amount}) is doorgegeven aan de salarisadministratie en komt bij je volgende uitbetaling mee.`;
      return {
        subject: d.update === 'paid' ? `Je beloning bij ${d.organisationName} is uitbetaald` : `Nieuws over je beloning bij ${d.organisationName}`,
        preheader: line.slice(0, 90),
        greeting: `Hoi ${d.referrerFirstName},`,
        paragraphs: [line, ...(d.vacancyTitle ? [`Vacature: ${d.vacancyTitle}`] : [])],
        action: { label: 'Bekijk je beloningen', url: d.rewardsUrl },
      };
    },
    en: (d) => {
      const amount = formatReward(d, 'en');
      const forWhom = d.candidateName ? ` for referring ${d.candidateName}` : '';
      const line =
        d.update === 'pending'
          ? `Your reward "${d.milestone}"${forWhom} became due on ${formatDay(d.dueOn, 'en')}: ${amount}. HR will approve it soon.`
          : d.update === 'approved'
            ? `HR approved your reward "${d.milestone}"${forWhom}: ${amount}.`
            : d.charityName
              ? `Your reward "${d.milestone}" (${amount}) was donated to ${d.charityName}, as you asked. Thank you!`
              : `Your reward "${d.milestone}" (${amount}) went to payroll and comes with your next salary payment.`;
      return {
        subject: d.update === 'paid' ? `Your reward at ${d.organisationName} was paid` : `News about your reward at ${d.organisationName}`,
        preheader: line.slice(0, 90),
        greeting: `Hi ${d.referrerFirstName},`,
        paragraphs: [line, ...(d.vacancyTitle ? [`Vacancy: ${d.vacancyTitle}`] : [])],
        action: { label: 'See your rewards', url: d.rewardsUrl },
      };
    },
  },
  preview: {
    organisationName: 'Bakkerij de Vries',
    referrerFirstName: 'Emre',
    update: 'pending',
    candidateName: 'Sam Jansen',
    vacancyTitle: 'Verpleegkundige',
    milestone: 'Na proeftijd',
    amountCents: 50_000,
    currency: 'EUR',
    points: 0,
    dueOn: '2026-03-01',
    charityName: null,
    rewardsUrl: 'http://localhost:3000/my-rewards',
  },
});
