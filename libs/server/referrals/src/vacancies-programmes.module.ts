import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { REFERRAL_ENTITIES } from './entities';
import { ProgrammeResolver } from './programmes/programme-resolver.service';
import { ProgrammesController } from './programmes/programmes.controller';
import { ProgrammesRepository } from './programmes/programmes.repository';
import { ProgrammesService } from './programmes/programmes.service';
import { OpenVacanciesController } from './vacancies/open-vacancies.controller';
import { OpenVacanciesService } from './vacancies/open-vacancies.service';
import { VacanciesController } from './vacancies/vacancies.controller';
import { VacanciesRepository } from './vacancies/vacancies.repository';
import { VacanciesService } from './vacancies/vacancies.service';

/** Vacancies (HR and referrers' views) and referral programmes, with the resolver that picks a referral's programme. */
@Module({
  imports: [TypeOrmModule.forFeature(REFERRAL_ENTITIES)],
  controllers: [VacanciesController, OpenVacanciesController, ProgrammesController],
  providers: [VacanciesService, OpenVacanciesService, VacanciesRepository, ProgrammesService, ProgrammesRepository, ProgrammeResolver],
  exports: [ProgrammeResolver, VacanciesRepository, ProgrammesRepository],
})
export class VacanciesProgrammesModule {}
