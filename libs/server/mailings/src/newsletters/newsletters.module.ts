import { Module } from '@nestjs/common';

/** Newsletters: services and repositories without controllers, shared by the API and the worker. */
@Module({
  imports: [],
  providers: [],
  exports: [],
})
export class NewslettersCoreModule {}

/** Newsletters over HTTP. */
@Module({
  imports: [NewslettersCoreModule],
  controllers: [],
  providers: [],
})
export class NewslettersModule {}
