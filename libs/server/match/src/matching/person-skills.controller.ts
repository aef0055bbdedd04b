import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Authenticated, Roles } from '@kring/server-identity';
import { LanguageQuery, PersonIdParams, PutPersonSkillsInput } from './inputs/match.inputs';
import { PersonSkillsOutput } from './outputs/match.outputs';
import { MatchingService } from './matching.service';

@ApiTags('match')
@Controller()
export class PersonSkillsController {
  constructor(private readonly matching: MatchingService) {}

  @Get('me/skills')
  @Authenticated()
  @ApiOperation({ operationId: 'getMySkills', summary: 'Your own skills, occupations and match facts' })
  @ApiOkResponse({ type: PersonSkillsOutput })
  getMine(@Auth() auth: AuthContext, @Query() query: LanguageQuery): Promise<PersonSkillsOutput> {
    return this.matching.personSkills(auth, auth.personId, query.lang);
  }

  @Put('me/skills')
  @Authenticated()
  @ApiOperation({ operationId: 'putMySkills', summary: 'Confirm your own skills, occupations and match facts (a fact left out stays as it is; null clears it)' })
  @ApiOkResponse({ type: PersonSkillsOutput })
  putMine(@Auth() auth: AuthContext, @Query() query: LanguageQuery, @Body() body: PutPersonSkillsInput): Promise<PersonSkillsOutput> {
    return this.matching.putPersonSkills(auth, auth.personId, body, 'confirmed_by_person', query.lang);
  }

  @Get('people/:id/skills')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getPersonSkills', summary: "A person's skills, occupations and match facts" })
  @ApiOkResponse({ type: PersonSkillsOutput })
  get(@Auth() auth: AuthContext, @Param() params: PersonIdParams, @Query() query: LanguageQuery): Promise<PersonSkillsOutput> {
    return this.matching.personSkills(auth, params.id, query.lang);
  }

  @Put('people/:id/skills')
  @Roles('hr_admin')
  @ApiOperation({
    operationId: 'putPersonSkills',
    summary: "Set HR's skills and occupations of a person, and their match facts (a fact left out stays as it is; null clears it)",
    description: "Replaces the concepts HR set; the person's own confirmations and the suggestions from their profile or CV are never removed (a listed suggestion becomes HR's).",
  })
  @ApiOkResponse({ type: PersonSkillsOutput })
  put(
    @Auth() auth: AuthContext,
    @Param() params: PersonIdParams,
    @Query() query: LanguageQuery,
    @Body() body: PutPersonSkillsInput,
  ): Promise<PersonSkillsOutput> {
    return this.matching.putPersonSkills(auth, params.id, body, 'hr', query.lang);
  }
}
