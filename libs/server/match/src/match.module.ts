import { Module } from '@nestjs/common';
import { EscoCatalog } from './matching/esco-catalog';
import { MatchDisplayRepository } from './matching/match-display.repository';
import { MatchingService } from './matching/matching.service';
import { PersonProfileRepository } from './matching/person-profile.repository';
import { PersonSkillsController } from './matching/person-skills.controller';
import { RankingRepository } from './matching/ranking.repository';
import { VacancyMatchController } from './matching/vacancy-match.controller';
import { VacancyProfileRepository } from './matching/vacancy-profile.repository';

/** Search & Match: vacancy and person skill profiles, and ranked, explained matches (HTTP). SQL only; no entities. */
@Module({
  controllers: [VacancyMatchController, PersonSkillsController],
  providers: [MatchingService, EscoCatalog, VacancyProfileRepository, PersonProfileRepository, RankingRepository, MatchDisplayRepository],
  exports: [MatchingService, EscoCatalog, PersonProfileRepository],
})
export class MatchModule {}
