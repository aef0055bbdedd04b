import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { LanguageQuery, ListMatchesInput, PutVacancyMatchProfileInput, VacancyIdParams } from './inputs/match.inputs';
import { MatchListOutput, VacancyMatchProfileOutput } from './outputs/match.outputs';
import { MatchingService } from './matching.service';

@ApiTags('match')
@Controller('vacancies/:id')
export class VacancyMatchController {
  constructor(private readonly matching: MatchingService) {}

  @Get('match-profile')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getVacancyMatchProfile', summary: "A vacancy's suggested and confirmed skills and occupations, and its criteria" })
  @ApiOkResponse({ type: VacancyMatchProfileOutput })
  get(@Auth() auth: AuthContext, @Param() params: VacancyIdParams, @Query() query: LanguageQuery): Promise<VacancyMatchProfileOutput> {
    return this.matching.vacancyProfile(auth, params.id, query.lang);
  }

  @Put('match-profile')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'putVacancyMatchProfile', summary: 'Confirm or edit the skills (essential/optional), occupations and criteria' })
  @ApiOkResponse({ type: VacancyMatchProfileOutput })
  put(
    @Auth() auth: AuthContext,
    @Param() params: VacancyIdParams,
    @Query() query: LanguageQuery,
    @Body() body: PutVacancyMatchProfileInput,
  ): Promise<VacancyMatchProfileOutput> {
    return this.matching.putVacancyProfile(auth, params.id, body, query.lang);
  }

  @Post('match-profile/suggest')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'suggestVacancyMatchProfile', summary: 'Suggest skills and occupations from the title and description' })
  @ApiOkResponse({ type: VacancyMatchProfileOutput })
  suggest(@Auth() auth: AuthContext, @Param() params: VacancyIdParams, @Query() query: LanguageQuery): Promise<VacancyMatchProfileOutput> {
    return this.matching.suggest(auth, params.id, query.lang);
  }

  @Get('matches')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listVacancyMatches', summary: 'People Kring may approach for this vacancy, ranked and explained' })
  @ApiOkResponse({ type: MatchListOutput })
  matches(@Auth() auth: AuthContext, @Param() params: VacancyIdParams, @Query() query: ListMatchesInput): Promise<MatchListOutput> {
    return this.matching.matches(auth, params.id, query);
  }
}
