import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { DonateRewardInput, RewardIdParams } from './inputs/ledger.input';
import { MyRewardOutput, MyRewardsOutput } from './outputs/reward.output';
import { RewardLedgerService } from './reward-ledger.service';

@ApiTags('rewards')
@Controller('my/rewards')
export class MyRewardsController {
  constructor(private readonly ledger: RewardLedgerService) {}

  @Get()
  @Roles('employee', 'alumnus', 'external_referrer', 'hr_admin')
  @ApiOperation({ operationId: 'listMyRewards', summary: 'Your rewards (pending, approved, paid, cancelled) with dates, reasons and totals' })
  @ApiOkResponse({ type: MyRewardsOutput })
  mine(@Auth() auth: AuthContext): Promise<MyRewardsOutput> {
    return this.ledger.mine(auth);
  }

  @Post(':id/donate')
  @HttpCode(200)
  @Roles('employee', 'alumnus', 'external_referrer', 'hr_admin')
  @ApiOperation({ operationId: 'donateMyReward', summary: 'Donate an unpaid reward to a charity your organisation lists (null: take it yourself)' })
  @ApiOkResponse({ type: MyRewardOutput })
  donate(@Auth() auth: AuthContext, @Param() params: RewardIdParams, @Body() body: DonateRewardInput): Promise<MyRewardOutput> {
    return this.ledger.donate(auth, params.id, body);
  }
}
