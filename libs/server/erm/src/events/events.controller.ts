import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { EventsService } from './events.service';
import { EventIdParams, ListEventsInput } from './inputs/event-id.input';
import { CreateEventInput, UpdateEventInput } from './inputs/event.input';
import { InviteInput, RecordAttendanceInput } from './inputs/invite.input';
import { EventListOutput, EventOutput } from './outputs/event.output';
import { AttendanceResultOutput, InvitationOutput, InviteResultOutput } from './outputs/invitation.output';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listEvents', summary: 'Upcoming (not yet ended) or past events, with answer counts' })
  @ApiOkResponse({ type: EventListOutput })
  list(@Auth() auth: AuthContext, @Query() query: ListEventsInput): Promise<EventListOutput> {
    return this.events.list(auth, query);
  }

  @Post()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'createEvent', summary: 'Plan an event: local start and end in an IANA time zone, place or https link, capacity' })
  @ApiCreatedResponse({ type: EventOutput })
  create(@Auth() auth: AuthContext, @Body() body: CreateEventInput): Promise<EventOutput> {
    return this.events.create(auth, body);
  }

  @Get(':id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getEvent', summary: 'One event with its answer counts' })
  @ApiOkResponse({ type: EventOutput })
  get(@Auth() auth: AuthContext, @Param() params: EventIdParams): Promise<EventOutput> {
    return this.events.get(auth, params.id);
  }

  @Patch(':id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'updateEvent', summary: 'Change an event; raising the capacity gives seats to the waitlist (mailed)' })
  @ApiOkResponse({ type: EventOutput })
  update(@Auth() auth: AuthContext, @Param() params: EventIdParams, @Body() body: UpdateEventInput): Promise<EventOutput> {
    return this.events.update(auth, params.id, body);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'cancelEvent', summary: 'Cancel an event; yes, maybe and waitlisted invitees are mailed once' })
  @ApiOkResponse({ type: EventOutput })
  cancel(@Auth() auth: AuthContext, @Param() params: EventIdParams): Promise<EventOutput> {
    return this.events.cancel(auth, params.id);
  }

  @Post(':id/invitations')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'inviteToEvent', summary: 'Invite a segment and/or people; reports who was skipped and why' })
  @ApiOkResponse({ type: InviteResultOutput })
  invite(@Auth() auth: AuthContext, @Param() params: EventIdParams, @Body() body: InviteInput): Promise<InviteResultOutput> {
    return this.events.invite(auth, params.id, body);
  }

  @Get(':id/invitations')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listEventInvitations', summary: 'Everyone invited, with answer, waitlist position and attendance' })
  @ApiOkResponse({ type: InvitationOutput, isArray: true })
  invitations(@Auth() auth: AuthContext, @Param() params: EventIdParams): Promise<InvitationOutput[]> {
    return this.events.invitations(auth, params.id);
  }

  @Post(':id/attendance')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'recordEventAttendance', summary: 'Record attended or no-show per invitation (bulk), from the start on' })
  @ApiOkResponse({ type: AttendanceResultOutput })
  attendance(@Auth() auth: AuthContext, @Param() params: EventIdParams, @Body() body: RecordAttendanceInput): Promise<AttendanceResultOutput> {
    return this.events.recordAttendance(auth, params.id, body);
  }
}
