import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { PageInput } from '@kring/server-http';
import { PersonIdParams } from '../directory/inputs/person.input';
import { TimelineOutput } from './outputs/timeline.output';
import { TimelineService } from './timeline.service';

@ApiTags('people')
@Controller('people')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get(':id/timeline')
  @Roles('hr_admin')
  @ApiOperation({
    operationId: 'getPersonTimeline',
    summary: 'Phase changes, touchpoints, referrals, rewards and consents of one person, newest first (50 per page, at most 100)',
  })
  @ApiOkResponse({ type: TimelineOutput })
  get(@Auth() auth: AuthContext, @Param() params: PersonIdParams, @Query() query: PageInput): Promise<TimelineOutput> {
    return this.timeline.get(auth, params.id, query);
  }
}
