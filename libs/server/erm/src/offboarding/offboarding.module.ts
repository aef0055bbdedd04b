import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '@kring/server-mail';
import { EmployeeImportEntity } from './entities/employee-import.entity';
import { OffboardingEntity } from './entities/offboarding.entity';
import { EmployeeImportsController } from './import/employee-imports.controller';
import { ImportApplier } from './import/import-applier';
import { ImportRepository } from './import/import.repository';
import { ImportService } from './import/import.service';
import { OffboardingExecutor } from './offboarding-executor';
import { OffboardingRepository } from './offboarding.repository';
import { OffboardingService } from './offboarding.service';
import { OffboardingsController } from './offboardings.controller';
import { StayInTouchController } from './stay-in-touch.controller';
import { StayInTouchService } from './stay-in-touch.service';

const CORE_PROVIDERS = [OffboardingRepository, OffboardingExecutor, OffboardingService, StayInTouchService, ImportRepository, ImportService, ImportApplier];

/** Offboarding, alumni consents and the employee import: services and repositories without controllers, shared by the API and the worker. */
@Module({
  imports: [TypeOrmModule.forFeature([OffboardingEntity, EmployeeImportEntity]), MailModule],
  providers: CORE_PROVIDERS,
  exports: CORE_PROVIDERS,
})
export class OffboardingCoreModule {}

/** Offboarding, alumni consents and the employee import over HTTP. */
@Module({
  imports: [OffboardingCoreModule],
  controllers: [OffboardingsController, StayInTouchController, EmployeeImportsController],
})
export class OffboardingModule {}
