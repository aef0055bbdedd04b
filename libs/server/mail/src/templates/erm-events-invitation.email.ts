import { defineTemplate } from './mail-content';
import { EVENT_PREVIEW_FACTS, eventFactLines, formatEventMoment, type EventMailFacts } from './erm-events-format.email';

export interface ErmEventInvitationMailData extends EventMailFacts {
  /**
   * The RSVP page with that answer highlighted: answering still takes a click there, so mail scanners that
   * follow links never answer for someone.
   */
  yesUrl: string;
  noUrl: string;
  maybeUrl: string;
  icsUrl: string;
  rsvpDeadline: Date | null;
}

/** An invitation to an event: when and where on the event's wall clock, RSVP links and the calendar file. */
export const ermEventInvitationTemplate = defineTemplate<ErmEventInvitationMailData>({
  content: {
    nl: (d) => ({
      subject: `Uitnodiging: ${d.title}`,
      preheader: `${d.organisationName} nodigt je uit. Laat je weten of je komt?`,
      greeting: `Beste ${d.firstName},`,
      paragraphs: [
        `${d.organisationName} nodigt je uit voor "${d.title}".`,
        ...eventFactLines(d, 'nl'),
        ...(d.description ? [d.description] : []),
        `Kom je? Antwoord met ja, nee of misschien. Je kunt je antwoord later nog wijzigen.`,
      ],
      action: { label: 'Ja, ik kom', url: d.yesUrl },
      secondaryAction: { label: 'Nee, ik kan niet', url: d.noUrl },
      links: [
        { label: 'Misschien', url: d.maybeUrl },
        { label: 'Zet het in je agenda (.ics)', url: d.icsUrl },
      ],
      notes: d.rsvpDeadline ? [`Antwoorden kan tot ${formatEventMoment(d.rsvpDeadline, d.timeZone, 'nl')}.`] : [],
    }),
    en: (d) => ({
      subject: `Invitation: ${d.title}`,
      preheader: `${d.organisationName} invites you. Will you come?`,
      greeting: `Dear ${d.firstName},`,
      paragraphs: [
        `${d.organisationName} invites you to "${d.title}".`,
        ...eventFactLines(d, 'en'),
        ...(d.description ? [d.description] : []),
        'Will you come? Answer yes, no or maybe. You can change your answer later.',
      ],
      action: { label: "Yes, I'll come", url: d.yesUrl },
      secondaryAction: { label: "No, I can't", url: d.noUrl },
      links: [
        { label: 'Maybe', url: d.maybeUrl },
        { label: 'Add it to your calendar (.ics)', url: d.icsUrl },
      ],
      notes: d.rsvpDeadline ? [`You can answer until ${formatEventMoment(d.rsvpDeadline, d.timeZone, 'en')}.`] : [],
    }),
  },
  preview: {
    ...EVENT_PREVIEW_FACTS,
    yesUrl: 'http://localhost:3000/events/rsvp?token=preview&answer=yes',
    noUrl: 'http://localhost:3000/events/rsvp?token=preview&answer=no',
    maybeUrl: 'http://localhost:3000/events/rsvp?token=preview&answer=maybe',
    icsUrl: 'http://localhost:3000/api/events/rsvp/ics?token=preview',
    rsvpDeadline: new Date('2026-03-12T17:00:00Z'),
  },
});
