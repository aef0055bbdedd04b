import { Body, Controller, Get, Patch, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { LeaderboardInput, PointsSettingsInput, RecognitionInput } from './inputs/points.input';
import { LeaderboardOutput, MyPointsOutput, PointsSettingsOutput, RecognitionOutput } from './outputs/points.output';
import { PointsService } from './points.service';

@ApiTags('points')
@Controller()
export class PointsController {
  constructor(private readonly points: PointsService) {}

  @Get('points/settings')
  @Roles('employee', 'alumnus', 'external_referrer', 'hr_admin')
  @ApiOperation({ operationId: 'getPointsSettings', summary: 'Points per event and the levels (the defaults until HR changes them)' })
  @ApiOkResponse({ type: PointsSettingsOutput })
  settings(@Auth() auth: AuthContext): Promise<PointsSettingsOutput> {
    return this.points.settings(auth);
  }

  @Put('points/settings')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'setPointsSettings', summary: 'Change points per event (for new events only) and the levels' })
  @ApiOkResponse({ type: PointsSettingsOutput })
  setSettings(@Auth() auth: AuthContext, @Body() body: PointsSettingsInput): Promise<PointsSettingsOutput> {
    return this.points.setSettings(auth, body);
  }

  @Get('points/leaderboard')
  @Roles('employee', 'alumnus', 'external_referrer', 'hr_admin')
  @ApiOperation({
    operationId: 'getPointsLeaderboard',
    summary: 'Ranking by points in a period, per programme or department; only people who opted in are named, your own row is always included',
  })
  @ApiOkResponse({ type: LeaderboardOutput })
  leaderboard(@Auth() auth: AuthContext, @Query() query: LeaderboardInput): Promise<LeaderboardOutput> {
    return this.points.leaderboard(auth, query);
  }

  @Get('my/points')
  @Roles('employee', 'alumnus', 'external_referrer', 'hr_admin')
  @ApiOperation({ operationId: 'getMyPoints', summary: 'Your recognition points, level and the events that earned them' })
  @ApiOkResponse({ type: MyPointsOutput })
  mine(@Auth() auth: AuthContext): Promise<MyPointsOutput> {
    return this.points.mine(auth);
  }

  @Patch('me/recognition')
  @Roles('employee', 'alumnus', 'external_referrer', 'hr_admin')
  @ApiOperation({ operationId: 'setMyRecognition', summary: 'Opt in or out of being shown by name on the leaderboard' })
  @ApiOkResponse({ type: RecognitionOutput })
  setRecognition(@Auth() auth: AuthContext, @Body() body: RecognitionInput): Promise<RecognitionOutput> {
    return this.points.setRecognition(auth, body);
  }
}
