import { Module } from '@nestjs/common';
import { StorageModule } from '@kring/server-storage';
import { PrivacyController } from './privacy.controller';
import { PrivacyRepository } from './privacy.repository';
import { PrivacyService } from './privacy.service';

const CORE_PROVIDERS = [PrivacyRepository, PrivacyService];

/** Privacy: export and erasure of one person's data (GDPR art. 15, 17, 20), shared by the API and the worker. */
@Module({
  imports: [StorageModule],
  providers: CORE_PROVIDERS,
  exports: CORE_PROVIDERS,
})
export class PrivacyCoreModule {}

/** Privacy over HTTP. */
@Module({
  imports: [PrivacyCoreModule],
  controllers: [PrivacyController],
})
export class PrivacyModule {}
