import { Module } from '@nestjs/common';

/** Offboarding: services and repositories without controllers, shared by the API and the worker. */
@Module({
  imports: [],
  providers: [],
  exports: [],
})
export class OffboardingCoreModule {}

/** Offboarding over HTTP. */
@Module({
  imports: [OffboardingCoreModule],
  controllers: [],
  providers: [],
})
export class OffboardingModule {}
