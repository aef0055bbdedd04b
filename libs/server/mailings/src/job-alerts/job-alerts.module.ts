import { Module } from '@nestjs/common';

/** JobAlerts: services and repositories without controllers, shared by the API and the worker. */
@Module({
  imports: [],
  providers: [],
  exports: [],
})
export class JobAlertsCoreModule {}

/** JobAlerts over HTTP. */
@Module({
  imports: [JobAlertsCoreModule],
  controllers: [],
  providers: [],
})
export class JobAlertsModule {}
