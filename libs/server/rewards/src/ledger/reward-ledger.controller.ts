import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { ApproveRewardsInput, CancelRewardInput, ListRewardLedgerInput, RewardIdParams } from './inputs/ledger.input';
import { ApproveRewardsOutput, RewardLedgerOutput, RewardOutput } from './outputs/reward.output';
import { RewardLedgerService } from './reward-ledger.service';

@ApiTags('rewards')
@Controller('rewards/ledger')
export class RewardLedgerController {
  constructor(private readonly ledger: RewardLedgerService) {}

  @Get()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listRewardLedger', summary: 'The reward ledger with filters, and totals per status and currency' })
  @ApiOkResponse({ type: RewardLedgerOutput })
  list(@Auth() auth: AuthContext, @Query() query: ListRewardLedgerInput): Promise<RewardLedgerOutput> {
    return this.ledger.list(auth, query);
  }

  @Post('approve')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'approveRewards', summary: 'Approve pending rewards in bulk; others are reported as skipped' })
  @ApiOkResponse({ type: ApproveRewardsOutput })
  approve(@Auth() auth: AuthContext, @Body() body: ApproveRewardsInput): Promise<ApproveRewardsOutput> {
    return this.ledger.approve(auth, body);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'cancelReward', summary: 'Cancel a pending or approved reward with a reason the referrer sees' })
  @ApiOkResponse({ type: RewardOutput })
  cancel(@Auth() auth: AuthContext, @Param() params: RewardIdParams, @Body() body: CancelRewardInput): Promise<RewardOutput> {
    return this.ledger.cancel(auth, params.id, body);
  }
}
