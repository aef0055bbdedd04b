import { defineTemplate } from './mail-content';
import { EVENT_PREVIEW_FACTS, eventFactLines, type EventMailFacts } from './erm-events-format.email';

export interface ErmEventPromotedMailData extends EventMailFacts {
  rsvpUrl: string;
  icsUrl: string;
}

/** A seat freed up: the first on the waitlist now has it. */
export const ermEventPromotedTemplate = defineTemplate<ErmEventPromotedMailData>({
  content: {
    nl: (d) => ({
      subject: `Er is een plek vrij: ${d.title}`,
      preheader: 'Je stond op de wachtlijst en bent nu aangemeld.',
      greeting: `Beste ${d.firstName},`,
      paragraphs: [
        `Goed nieuws: er is een plek vrijgekomen voor "${d.title}". Je stond op de wachtlijst en bent nu aangemeld.`,
        ...eventFactLines(d, 'nl'),
        'Kun je toch niet? Geef het dan even door, zodat iemand anders je plek krijgt.',
      ],
      action: { label: 'Antwoord bekijken of wijzigen', url: d.rsvpUrl },
      secondaryAction: { label: 'Zet het in je agenda (.ics)', url: d.icsUrl },
    }),
    en: (d) => ({
      subject: `A seat is free: ${d.title}`,
      preheader: 'You were on the waiting list and are now signed up.',
      greeting: `Dear ${d.firstName},`,
      paragraphs: [
        `Good news: a seat freed up for "${d.title}". You were on the waiting list and are now signed up.`,
        ...eventFactLines(d, 'en'),
        'Cannot make it after all? Please let us know, so someone else gets your seat.',
      ],
      action: { label: 'View or change your answer', url: d.rsvpUrl },
      secondaryAction: { label: 'Add it to your calendar (.ics)', url: d.icsUrl },
    }),
  },
  preview: {
    ...EVENT_PREVIEW_FACTS,
    rsvpUrl: 'http://localhost:3000/events/rsvp?token=preview',
    icsUrl: 'http://localhost:3000/api/events/rsvp/ics?token=preview',
  },
});
