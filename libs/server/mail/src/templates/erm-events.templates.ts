import { ermEventCancelledTemplate } from './erm-events-cancelled.email';
import { ermEventChangedTemplate } from './erm-events-changed.email';
import { ermEventInvitationTemplate } from './erm-events-invitation.email';
import { ermEventPromotedTemplate } from './erm-events-promoted.email';
import { ermEventReminderTemplate } from './erm-events-reminder.email';
import { ermEventRsvpTemplate } from './erm-events-rsvp.email';

export type { EventMailFacts } from './erm-events-format.email';

/** ERM events mails, by template name (spread into the registry). */
export const ermEventsTemplates = {
  erm_event_invitation: ermEventInvitationTemplate,
  erm_event_rsvp: ermEventRsvpTemplate,
  erm_event_promoted: ermEventPromotedTemplate,
  erm_event_reminder: ermEventReminderTemplate,
  erm_event_changed: ermEventChangedTemplate,
  erm_event_cancelled: ermEventCancelledTemplate,
} as const;
