import type { Locale } from '@kring/shared-domain';
import { defineTemplate } from './mail-content';

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A calendar day ("2026-02-02", no time zone) in words: "maandag 2 februari 2026" / "Monday 2 February 2026". */
export function formatCalendarDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

export interface ErmPreboardingWelcomeMailData {
  organisationName: string;
  firstName: string;
  /** Calendar day, YYYY-MM-DD. */
  startDate: string;
  taskCount: number;
  checklistUrl: string;
  /** Calendar day until which the link works. */
  validUntil: string;
  /** True when HR sent a fresh link (not the first mail). */
  resent: boolean;
}

/** To a new starter: welcome, and the link to their preboarding checklist (no account needed). */
export const ermPreboardingWelcomeTemplate = defineTemplate<ErmPreboardingWelcomeMailData>({
  content: {
    nl: (d) => ({
      subject: d.resent ? `Je link naar je startlijst bij ${d.organisationName}` : `Welkom bij ${d.organisationName}! Je startlijst staat klaar`,
      preheader: `Je eerste werkdag is ${formatCalendarDay(d.startDate, 'nl')}.`,
      greeting: `Hoi ${d.firstName},`,
      paragraphs: [
        `Wat fijn dat je op ${formatCalendarDay(d.startDate, 'nl')} bij ${d.organisationName} begint.`,
        `Om je start soepel te laten verlopen staan er ${d.taskCount} taken voor je klaar, met per taak wanneer die af moet. Vink ze af wanneer je ze gedaan hebt; je hebt geen account nodig.`,
      ],
      action: { label: 'Open je startlijst', url: d.checklistUrl },
      notes: [`Deze link werkt tot en met ${formatCalendarDay(d.validUntil, 'nl')}. Deel hem niet met anderen.`],
    }),
    en: (d) => ({
      subject: d.resent ? `Your link to your starter checklist at ${d.organisationName}` : `Welcome to ${d.organisationName}! Your starter checklist is ready`,
      preheader: `Your first working day is ${formatCalendarDay(d.startDate, 'en')}.`,
      greeting: `Hi ${d.firstName},`,
      paragraphs: [
        `We are glad you are starting at ${d.organisationName} on ${formatCalendarDay(d.startDate, 'en')}.`,
        `To make your start go smoothly, ${d.taskCount} tasks are waiting for you, each with the day it is due. Tick them off when done; you do not need an account.`,
      ],
      action: { label: 'Open your checklist', url: d.checklistUrl },
      notes: [`This link works until ${formatCalendarDay(d.validUntil, 'en')}. Do not share it.`],
    }),
  },
  preview: {
    organisationName: 'Bakkerij de Vries',
    firstName: 'Noah',
    startDate: '2026-02-02',
    taskCount: 5,
    checklistUrl: 'http://localhost:3000/preboarding/checklist?token=preview-token',
    validUntil: '2026-03-04',
    resent: false,
  },
});
