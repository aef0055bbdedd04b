import { defineTemplate } from './mail-content';
import { EVENT_PREVIEW_FACTS, eventFactLines, type EventMailFacts } from './erm-events-format.email';

export interface ErmEventChangedMailData extends EventMailFacts {
  rsvpUrl: string;
  icsUrl: string;
}

/** The time or place of an event changed: everyone still invited hears it once, with a fresh calendar file. */
export const ermEventChangedTemplate = defineTemplate<ErmEventChangedMailData>({
  content: {
    nl: (d) => ({
      subject: `Gewijzigd: ${d.title}`,
      preheader: `De tijd of plaats van "${d.title}" is veranderd.`,
      greeting: `Beste ${d.firstName},`,
      paragraphs: [
        `De tijd of plaats van "${d.title}" is veranderd. Dit zijn de nieuwe gegevens:`,
        ...eventFactLines(d, 'nl'),
        'Past het nu niet meer? Pas dan je antwoord aan.',
      ],
      action: { label: 'Antwoord bekijken of wijzigen', url: d.rsvpUrl },
      secondaryAction: { label: 'Nieuwe agenda-uitnodiging (.ics)', url: d.icsUrl },
    }),
    en: (d) => ({
      subject: `Changed: ${d.title}`,
      preheader: `The time or place of "${d.title}" changed.`,
      greeting: `Dear ${d.firstName},`,
      paragraphs: [
        `The time or place of "${d.title}" changed. These are the new details:`,
        ...eventFactLines(d, 'en'),
        'Does it no longer suit you? Please update your answer.',
      ],
      action: { label: 'View or change your answer', url: d.rsvpUrl },
      secondaryAction: { label: 'Updated calendar file (.ics)', url: d.icsUrl },
    }),
  },
  preview: {
    ...EVENT_PREVIEW_FACTS,
    rsvpUrl: 'http://localhost:3000/events/rsvp?token=preview',
    icsUrl: 'http://localhost:3000/api/events/rsvp/ics?token=preview',
  },
});
