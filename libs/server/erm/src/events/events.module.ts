import { Module } from '@nestjs/common';

/** Events: services and repositories without controllers, shared by the API and the worker. */
@Module({
  imports: [],
  providers: [],
  exports: [],
})
export class EventsCoreModule {}

/** Events over HTTP. */
@Module({
  imports: [EventsCoreModule],
  controllers: [],
  providers: [],
})
export class EventsModule {}
