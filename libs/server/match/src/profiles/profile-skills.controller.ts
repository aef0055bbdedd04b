import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Authenticated, RateLimit, Roles } from '@kring/server-identity';
import { LanguageQuery, PersonIdParams } from '../matching/inputs/match.inputs';
import { MyConceptsInput, SkillSearchQuery, UploadCvInput } from './inputs/profiles.inputs';
import { SkillExtractionOutput, SkillProfileOutput, SkillSearchResultOutput } from './outputs/profiles.outputs';
import { ProfileSkillsService } from './profile-skills.service';

@ApiTags('match')
@Controller()
export class ProfileSkillsController {
  constructor(private readonly skills: ProfileSkillsService) {}

  @Get('me/skill-profile')
  @Authenticated()
  @ApiOperation({ operationId: 'getMySkillProfile', summary: 'Your confirmed and suggested skills with their evidence, and your matching consent' })
  @ApiOkResponse({ type: SkillProfileOutput })
  mine(@Auth() auth: AuthContext, @Query() query: LanguageQuery): Promise<SkillProfileOutput> {
    return this.skills.profile(auth, auth.personId, query.lang);
  }

  @Post('me/skills/cv')
  @HttpCode(200)
  @Authenticated()
  @RateLimit({ name: 'cv-skills', windowSeconds: 3600, limits: { ip: 30 } })
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ operationId: 'readMyCvSkills', summary: 'Read skills from your CV (PDF or DOCX); the file is not kept, only suggestions' })
  @ApiOkResponse({ type: SkillExtractionOutput })
  fromCv(@Auth() auth: AuthContext, @Query() query: LanguageQuery, @Body() body: UploadCvInput): Promise<SkillExtractionOutput> {
    return this.skills.fromCv(auth, body.cv, query.lang);
  }

  @Post('me/skills/from-profile')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ operationId: 'readMyProfileSkills', summary: 'Suggest skills from your function title, department, skills and interests' })
  @ApiOkResponse({ type: SkillExtractionOutput })
  fromMyProfile(@Auth() auth: AuthContext, @Query() query: LanguageQuery): Promise<SkillExtractionOutput> {
    return this.skills.fromProfile(auth, auth.personId, query.lang);
  }

  @Post('me/skills/confirm')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ operationId: 'confirmMySkills', summary: 'Confirm suggested skills or occupations, or add new ones, as your own' })
  @ApiOkResponse({ type: SkillProfileOutput })
  confirm(@Auth() auth: AuthContext, @Query() query: LanguageQuery, @Body() body: MyConceptsInput): Promise<SkillProfileOutput> {
    return this.skills.confirm(auth, body, query.lang);
  }

  @Post('me/skills/remove')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ operationId: 'removeMySkills', summary: 'Remove skills or occupations from your profile (suggested or confirmed)' })
  @ApiOkResponse({ type: SkillProfileOutput })
  remove(@Auth() auth: AuthContext, @Query() query: LanguageQuery, @Body() body: MyConceptsInput): Promise<SkillProfileOutput> {
    return this.skills.remove(auth, body, query.lang);
  }

  @Get('match/skills')
  @Authenticated()
  @ApiOperation({ operationId: 'searchSkills', summary: 'Find ESCO skills by a Dutch or English name' })
  @ApiOkResponse({ type: SkillSearchResultOutput, isArray: true })
  search(@Query() query: SkillSearchQuery): Promise<SkillSearchResultOutput[]> {
    return this.skills.search(query.q, query.lang, query.limit);
  }

  @Get('people/:id/skill-profile')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getPersonSkillProfile', summary: "A person's confirmed and suggested skills with their evidence, and matching consent" })
  @ApiOkResponse({ type: SkillProfileOutput })
  person(@Auth() auth: AuthContext, @Param() params: PersonIdParams, @Query() query: LanguageQuery): Promise<SkillProfileOutput> {
    return this.skills.profile(auth, params.id, query.lang);
  }

  @Post('people/:id/skills/from-profile')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'readPersonProfileSkills', summary: "Suggest skills from a person's function title, department, skills and interests" })
  @ApiOkResponse({ type: SkillExtractionOutput })
  fromProfile(@Auth() auth: AuthContext, @Param() params: PersonIdParams, @Query() query: LanguageQuery): Promise<SkillExtractionOutput> {
    return this.skills.fromProfile(auth, params.id, query.lang);
  }
}
