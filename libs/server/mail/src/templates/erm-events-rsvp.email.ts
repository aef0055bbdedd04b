import { defineTemplate } from './mail-content';
import { EVENT_PREVIEW_FACTS, eventFactLines, type EventMailFacts } from './erm-events-format.email';

export interface ErmEventRsvpMailData extends EventMailFacts {
  /** The answer as it now stands; `waitlisted`: said yes while the event was full. */
  status: 'yes' | 'no' | 'maybe' | 'waitlisted';
  waitlistPosition: number | null;
  rsvpUrl: string;
  icsUrl: string;
}

const NL: Record<ErmEventRsvpMailData['status'], (d: ErmEventRsvpMailData) => string> = {
  yes: (d) => `Je bent aangemeld voor "${d.title}". We zien je graag!`,
  maybe: (d) => `We hebben genoteerd dat je misschien komt naar "${d.title}". Laat je het nog weten als je het zeker weet?`,
  no: (d) => `Jammer dat je niet kunt komen naar "${d.title}". Bedankt dat je het liet weten.`,
  waitlisted: (d) =>
    `"${d.title}" zit vol. Je staat op de wachtlijst${d.waitlistPosition ? ` (plaats ${d.waitlistPosition})` : ''}; komt er een plek vrij, dan krijg je die automatisch en hoor je het van ons.`,
};
const EN: Record<ErmEventRsvpMailData['status'], (d: ErmEventRsvpMailData) => string> = {
  yes: (d) => `You are signed up for "${d.title}". We look forward to seeing you!`,
  maybe: (d) => `We noted that you might come to "${d.title}". Will you let us know once you are sure?`,
  no: (d) => `Sorry you cannot make it to "${d.title}". Thank you for letting us know.`,
  waitlisted: (d) =>
    `"${d.title}" is full. You are on the waiting list${d.waitlistPosition ? ` (number ${d.waitlistPosition})` : ''}; if a seat frees up it is yours automatically and we will tell you.`,
};

/** Confirms an RSVP answer (or the waitlist place), with the link to change it and the calendar file. */
export const ermEventRsvpTemplate = defineTemplate<ErmEventRsvpMailData>({
  content: {
    nl: (d) => ({
      subject: d.status === 'waitlisted' ? `Wachtlijst: ${d.title}` : `Je antwoord is ontvangen: ${d.title}`,
      preheader: NL[d.status](d),
      greeting: `Beste ${d.firstName},`,
      paragraphs: [NL[d.status](d), ...eventFactLines(d, 'nl')],
      action: { label: 'Antwoord bekijken of wijzigen', url: d.rsvpUrl },
      ...(d.status === 'no' ? {} : { secondaryAction: { label: 'Zet het in je agenda (.ics)', url: d.icsUrl } }),
    }),
    en: (d) => ({
      subject: d.status === 'waitlisted' ? `Waiting list: ${d.title}` : `Your answer was received: ${d.title}`,
      preheader: EN[d.status](d),
      greeting: `Dear ${d.firstName},`,
      paragraphs: [EN[d.status](d), ...eventFactLines(d, 'en')],
      action: { label: 'View or change your answer', url: d.rsvpUrl },
      ...(d.status === 'no' ? {} : { secondaryAction: { label: 'Add it to your calendar (.ics)', url: d.icsUrl } }),
    }),
  },
  preview: {
    ...EVENT_PREVIEW_FACTS,
    status: 'waitlisted',
    waitlistPosition: 2,
    rsvpUrl: 'http://localhost:3000/events/rsvp?token=preview',
    icsUrl: 'http://localhost:3000/api/events/rsvp/ics?token=preview',
  },
});
