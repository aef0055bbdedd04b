export * from './events.module';
export { EventRemindersService, REMINDER_WINDOW_MS } from './event-reminders.service';
export { EventErrorCodes } from './events.errors';
export { EVENT_ENTITIES, EventEntity, EventInvitationEntity } from './entities';
