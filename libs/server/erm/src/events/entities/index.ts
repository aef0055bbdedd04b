import { EventInvitationEntity } from './event-invitation.entity';
import { EventEntity } from './event.entity';

export { EventEntity, EventInvitationEntity };
export const EVENT_ENTITIES = [EventEntity, EventInvitationEntity];
