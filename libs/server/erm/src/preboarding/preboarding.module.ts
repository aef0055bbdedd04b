import { Module } from '@nestjs/common';

/** Preboarding: services and repositories without controllers, shared by the API and the worker. */
@Module({
  imports: [],
  providers: [],
  exports: [],
})
export class PreboardingCoreModule {}

/** Preboarding over HTTP. */
@Module({
  imports: [PreboardingCoreModule],
  controllers: [],
  providers: [],
})
export class PreboardingModule {}
