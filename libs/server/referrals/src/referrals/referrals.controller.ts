import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, RateLimit, Roles } from '@kring/server-identity';
import { MyReferralListOutput, SubmittedReferralOutput } from '../pipeline/outputs/referral.output';
import { SubmitReferralInput } from './inputs/submit-referral.input';
import { ReferralsService } from './referrals.service';

@ApiTags('referrals')
@Controller()
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Post('referrals')
  @Roles('employee', 'alumnus', 'external_referrer', 'hr_admin')
  @RateLimit({ name: 'referral-submit', windowSeconds: 3600, limits: { ip: 120 } })
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiOperation({ operationId: 'submitReferral', summary: 'Refer someone for a vacancy, or generally (talent pool)' })
  @ApiCreatedResponse({ type: SubmittedReferralOutput })
  submit(@Auth() auth: AuthContext, @Body() body: SubmitReferralInput): Promise<SubmittedReferralOutput> {
    return this.referrals.submit(auth, body);
  }

  @Get('my/referrals')
  @Roles('employee', 'alumnus', 'external_referrer', 'hr_admin')
  @ApiOperation({ operationId: 'listMyReferrals', summary: 'Your referrals, with their stage timeline and consent state' })
  @ApiOkResponse({ type: MyReferralListOutput })
  mine(@Auth() auth: AuthContext): Promise<MyReferralListOutput> {
    return this.referrals.mine(auth);
  }
}
