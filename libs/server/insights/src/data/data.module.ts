import { Module } from '@nestjs/common';
import { MailModule } from '@kring/server-mail';
import { CostsController } from './costs/costs.controller';
import { CostsService } from './costs/costs.service';
import { DepartmentsController, DepartmentsRepository } from './departments/departments.controller';
import { HireImportsController } from './import/hire-imports.controller';
import { HireImportsService } from './import/hire-imports.service';
import { HiresController } from './hires/hires.controller';
import { HiresRepository } from './hires/hires.repository';
import { HiresService } from './hires/hires.service';
import { OffersController } from './offers/offers.controller';
import { OffersService } from './offers/offers.service';
import { RatingsController } from './ratings/ratings.controller';
import { RatingsService } from './ratings/ratings.service';
import { CandidateSurveysController } from './surveys/candidate-surveys.controller';
import { CandidateSurveysRepository } from './surveys/candidate-surveys.repository';
import { CandidateSurveysService } from './surveys/candidate-surveys.service';

const CORE_PROVIDERS = [CandidateSurveysRepository, CandidateSurveysService, HiresRepository, HiresService, CostsService, OffersService, RatingsService, HireImportsService];

/** Dashboard inputs (hires, costs, ratings, offers, import, candidate survey): services without controllers. */
@Module({ imports: [MailModule], providers: CORE_PROVIDERS, exports: CORE_PROVIDERS })
export class InsightsDataCoreModule {}

/** Dashboard inputs over HTTP (HR) and the public survey answer. */
@Module({
  imports: [InsightsDataCoreModule],
  providers: [DepartmentsRepository],
  controllers: [DepartmentsController, HireImportsController, HiresController, CostsController, OffersController, RatingsController, CandidateSurveysController],
})
export class InsightsDataModule {}
