import { defineTemplate } from './mail-content';
import { EVENT_PREVIEW_FACTS, eventFactLines, type EventMailFacts } from './erm-events-format.email';

export interface ErmEventReminderMailData extends EventMailFacts {
  rsvpUrl: string;
  icsUrl: string;
}

/** The day before: a reminder to everyone who said yes. */
export const ermEventReminderTemplate = defineTemplate<ErmEventReminderMailData>({
  content: {
    nl: (d) => ({
      subject: `Morgen: ${d.title}`,
      preheader: `Een herinnering aan "${d.title}".`,
      greeting: `Beste ${d.firstName},`,
      paragraphs: [`Een herinnering: je komt naar "${d.title}".`, ...eventFactLines(d, 'nl'), 'Kun je toch niet? Laat het ons weten.'],
      action: { label: 'Antwoord bekijken of wijzigen', url: d.rsvpUrl },
      secondaryAction: { label: 'Zet het in je agenda (.ics)', url: d.icsUrl },
    }),
    en: (d) => ({
      subject: `Tomorrow: ${d.title}`,
      preheader: `A reminder of "${d.title}".`,
      greeting: `Dear ${d.firstName},`,
      paragraphs: [`A reminder: you are coming to "${d.title}".`, ...eventFactLines(d, 'en'), 'Cannot make it after all? Please let us know.'],
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
