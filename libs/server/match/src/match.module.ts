import { Module } from '@nestjs/common';
import { MailModule } from '@kring/server-mail';
import { MailingLinksModule } from '@kring/server-mailings';
import { ReferralCoreModule } from '@kring/server-referrals';
import { MatchActionsController } from './actions/match-actions.controller';
import { MatchActionsRepository } from './actions/match-actions.repository';
import { MatchActionsService } from './actions/match-actions.service';
import { EscoCatalog } from './matching/esco-catalog';
import { MatchDisplayRepository } from './matching/match-display.repository';
import { MatchingService } from './matching/matching.service';
import { PersonProfileRepository } from './matching/person-profile.repository';
import { PersonSkillsController } from './matching/person-skills.controller';
import { RankingRepository } from './matching/ranking.repository';
import { VacancyMatchController } from './matching/vacancy-match.controller';
import { VacancyProfileRepository } from './matching/vacancy-profile.repository';
import { ProfileSkillsController, ProfileSkillsRepository, ProfileSkillsService } from './profiles';

/** Search & Match: vacancy and person skill profiles, and ranked, explained matches, and the actions on a match (HTTP). SQL only; no entities. */
@Module({
  imports: [MailModule, MailingLinksModule, ReferralCoreModule],
  controllers: [VacancyMatchController, PersonSkillsController, MatchActionsController, ProfileSkillsController],
  providers: [
    MatchingService,
    EscoCatalog,
    VacancyProfileRepository,
    PersonProfileRepository,
    RankingRepository,
    MatchDisplayRepository,
    MatchActionsService,
    MatchActionsRepository,
    ProfileSkillsService,
    ProfileSkillsRepository,
  ],
  exports: [MatchingService, EscoCatalog, PersonProfileRepository],
})
export class MatchModule {}
