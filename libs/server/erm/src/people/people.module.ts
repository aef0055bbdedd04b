import { Module } from '@nestjs/common';

/** People: services and repositories without controllers, shared by the API and the worker. */
@Module({
  imports: [],
  providers: [],
  exports: [],
})
export class PeopleCoreModule {}

/** People over HTTP. */
@Module({
  imports: [PeopleCoreModule],
  controllers: [],
  providers: [],
})
export class PeopleModule {}
