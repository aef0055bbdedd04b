import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { ChangeStartDateInput, FindPreboardingPeopleInput, SetTaskDoneInput, StarterParams, StarterTaskParams, StartPreboardingInput } from './inputs/starter.input';
import {
  PreboardingLinkSentOutput,
  PreboardingPersonOutput,
  PreboardingStarterDetailOutput,
  PreboardingStarterSummaryOutput,
} from './outputs/starter.output';
import { PreboardingStartersService } from './starters.service';

@ApiTags('preboarding')
@Controller('preboarding')
export class PreboardingStartersController {
  constructor(private readonly starters: PreboardingStartersService) {}

  @Get('starters')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listPreboardingStarters', summary: 'Starters with start date, progress, overdue tasks and the next task' })
  @ApiOkResponse({ type: PreboardingStarterSummaryOutput, isArray: true })
  list(@Auth() auth: AuthContext): Promise<PreboardingStarterSummaryOutput[]> {
    return this.starters.list(auth);
  }

  @Post('starters')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'startPreboarding', summary: 'Start preboarding by hand: start date, phase entry, checklist and mail to the starter' })
  @ApiCreatedResponse({ type: PreboardingStarterDetailOutput })
  start(@Auth() auth: AuthContext, @Body() body: StartPreboardingInput): Promise<PreboardingStarterDetailOutput> {
    return this.starters.start(auth, body);
  }

  @Get('people')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'findPreboardingPeople', summary: 'People to start preboarding for (search by name or email)' })
  @ApiOkResponse({ type: PreboardingPersonOutput, isArray: true })
  people(@Auth() auth: AuthContext, @Query() query: FindPreboardingPeopleInput): Promise<PreboardingPersonOutput[]> {
    return this.starters.people(auth, query.q);
  }

  @Get('starters/:personId')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getPreboardingStarter', summary: "One starter's checklist with all tasks" })
  @ApiOkResponse({ type: PreboardingStarterDetailOutput })
  detail(@Auth() auth: AuthContext, @Param() params: StarterParams): Promise<PreboardingStarterDetailOutput> {
    return this.starters.detail(auth, params.personId);
  }

  @Put('starters/:personId/start-date')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'changePreboardingStartDate', summary: 'Change the start date; open tasks get new due dates' })
  @ApiOkResponse({ type: PreboardingStarterDetailOutput })
  changeStartDate(@Auth() auth: AuthContext, @Param() params: StarterParams, @Body() body: ChangeStartDateInput): Promise<PreboardingStarterDetailOutput> {
    return this.starters.changeStartDate(auth, params.personId, body);
  }

  @Post('starters/:personId/tasks/:taskId')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'setPreboardingHrTaskDone', summary: 'Tick (or untick) one of HR’s tasks on a checklist' })
  @ApiOkResponse({ type: PreboardingStarterDetailOutput })
  setTaskDone(@Auth() auth: AuthContext, @Param() params: StarterTaskParams, @Body() body: SetTaskDoneInput): Promise<PreboardingStarterDetailOutput> {
    return this.starters.setTaskDone(auth, params.personId, params.taskId, body);
  }

  @Post('starters/:personId/link')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'resendPreboardingLink', summary: 'Mail the starter a fresh link to their checklist' })
  @ApiOkResponse({ type: PreboardingLinkSentOutput })
  resendLink(@Auth() auth: AuthContext, @Param() params: StarterParams): Promise<PreboardingLinkSentOutput> {
    return this.starters.resendLink(auth, params.personId);
  }
}
