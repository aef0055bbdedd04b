import { defineTemplate } from './mail-content';
import { EVENT_PREVIEW_FACTS, eventFactLines, type EventMailFacts } from './erm-events-format.email';

export type ErmEventCancelledMailData = EventMailFacts;

/** The event will not take place: sent once to everyone who said yes or maybe, or was on the waitlist. */
export const ermEventCancelledTemplate = defineTemplate<ErmEventCancelledMailData>({
  content: {
    nl: (d) => ({
      subject: `Gaat niet door: ${d.title}`,
      preheader: `"${d.title}" is geannuleerd.`,
      greeting: `Beste ${d.firstName},`,
      paragraphs: [
        `Helaas gaat "${d.title}" niet door. ${d.organisationName} heeft het evenement geannuleerd.`,
        ...eventFactLines(d, 'nl'),
        'Heb je het in je agenda gezet? Dan kun je het daar verwijderen. Sorry voor het ongemak.',
      ],
    }),
    en: (d) => ({
      subject: `Cancelled: ${d.title}`,
      preheader: `"${d.title}" was cancelled.`,
      greeting: `Dear ${d.firstName},`,
      paragraphs: [
        `Unfortunately "${d.title}" will not take place. ${d.organisationName} cancelled the event.`,
        ...eventFactLines(d, 'en'),
        'Did you add it to your calendar? You can remove it there. Sorry for the inconvenience.',
      ],
    }),
  },
  preview: EVENT_PREVIEW_FACTS,
});
