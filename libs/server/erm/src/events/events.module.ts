import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '@kring/server-mail';
import { PeopleCoreModule } from '../people/people.module';
import { EVENT_ENTITIES } from './entities';
import { EventMailer } from './event-mailer';
import { EventRemindersService } from './event-reminders.service';
import { EventSeats } from './event-seats';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';
import { RsvpController } from './rsvp.controller';
import { RsvpService } from './rsvp.service';

const CORE_PROVIDERS = [EventsRepository, EventMailer, EventSeats, EventRemindersService];

/** Events: services and repositories without controllers, shared by the API and the worker. */
@Module({
  imports: [TypeOrmModule.forFeature(EVENT_ENTITIES), MailModule, PeopleCoreModule],
  providers: CORE_PROVIDERS,
  exports: CORE_PROVIDERS,
})
export class EventsCoreModule {}

/** Events over HTTP: HR's events and invitations, the invitee's RSVP page and calendar file. */
@Module({
  imports: [EventsCoreModule, PeopleCoreModule],
  controllers: [RsvpController, EventsController],
  providers: [EventsService, RsvpService],
})
export class EventsModule {}
