import { Module } from '@nestjs/common';

/** Privacy: export and erasure of one person's data (GDPR art. 15, 17, 20), shared by the API and the worker. */
@Module({
  imports: [],
  providers: [],
  exports: [],
})
export class PrivacyCoreModule {}

/** Privacy over HTTP. */
@Module({
  imports: [PrivacyCoreModule],
  controllers: [],
  providers: [],
})
export class PrivacyModule {}
