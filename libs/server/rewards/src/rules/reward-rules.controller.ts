import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { ListRewardRulesInput, RewardRuleIdParams } from './inputs/list-reward-rules.input';
import { SetRewardRuleInput } from './inputs/set-reward-rule.input';
import { RewardRuleOutput } from './outputs/reward-rule.output';
import { RewardRulesService } from './reward-rules.service';

@ApiTags('rewards')
@Controller('rewards/rules')
export class RewardRulesController {
  constructor(private readonly rules: RewardRulesService) {}

  @Get()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listRewardRules', summary: "A programme's reward rule versions: its default and per-vacancy overrides" })
  @ApiOkResponse({ type: RewardRuleOutput, isArray: true })
  list(@Auth() auth: AuthContext, @Query() query: ListRewardRulesInput): Promise<RewardRuleOutput[]> {
    return this.rules.list(auth, query);
  }

  @Put()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'setRewardRule', summary: 'Set the reward rule of a programme or vacancy (a new version; existing referrals keep theirs)' })
  @ApiOkResponse({ type: RewardRuleOutput })
  set(@Auth() auth: AuthContext, @Body() body: SetRewardRuleInput): Promise<RewardRuleOutput> {
    return this.rules.set(auth, body);
  }

  @Get(':id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getRewardRule', summary: 'One reward rule version' })
  @ApiOkResponse({ type: RewardRuleOutput })
  get(@Auth() auth: AuthContext, @Param() params: RewardRuleIdParams): Promise<RewardRuleOutput> {
    return this.rules.get(auth, params.id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'closeRewardRule', summary: 'End a reward rule version for new referrals (an override falls back to the programme rule)' })
  @ApiOkResponse({ type: RewardRuleOutput })
  close(@Auth() auth: AuthContext, @Param() params: RewardRuleIdParams): Promise<RewardRuleOutput> {
    return this.rules.close(auth, params.id);
  }
}
