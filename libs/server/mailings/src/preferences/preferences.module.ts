import { Module } from '@nestjs/common';

/** Preferences: services and repositories without controllers, shared by the API and the worker. */
@Module({
  imports: [],
  providers: [],
  exports: [],
})
export class PreferencesCoreModule {}

/** Preferences over HTTP. */
@Module({
  imports: [PreferencesCoreModule],
  controllers: [],
  providers: [],
})
export class PreferencesModule {}
