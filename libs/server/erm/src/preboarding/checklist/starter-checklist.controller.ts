import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, RateLimit } from '@kring/server-identity';
import { PreboardingTokenInput, StarterSetTaskDoneInput, StarterTaskIdParams } from './inputs/checklist-token.input';
import { StarterChecklistOutput } from './outputs/starter-checklist.output';
import { StarterChecklistService } from './starter-checklist.service';

const LIMIT = { name: 'preboarding-link', windowSeconds: 900, limits: { ip: 60 } };
const REASON = 'starters have no account yet; the mailed token is the credential';

/** The starter's checklist page: no login, the token in the link (sent in the body, never in a URL the server logs). */
@ApiTags('preboarding')
@Controller('preboarding/checklist')
export class StarterChecklistController {
  constructor(private readonly checklist: StarterChecklistService) {}

  @Post('lookup')
  @HttpCode(200)
  @Public(REASON)
  @RateLimit(LIMIT)
  @ApiOperation({ operationId: 'getStarterChecklist', summary: "The starter's own checklist, by the token from their mail" })
  @ApiOkResponse({ type: StarterChecklistOutput })
  view(@Body() body: PreboardingTokenInput): Promise<StarterChecklistOutput> {
    return this.checklist.view(body);
  }

  @Post('tasks/:taskId')
  @HttpCode(200)
  @Public(REASON)
  @RateLimit(LIMIT)
  @ApiOperation({ operationId: 'setStarterTaskDone', summary: 'The starter ticks (or unticks) one of their own tasks' })
  @ApiOkResponse({ type: StarterChecklistOutput })
  setDone(@Param() params: StarterTaskIdParams, @Body() body: StarterSetTaskDoneInput): Promise<StarterChecklistOutput> {
    return this.checklist.setDone(params.taskId, body);
  }
}
