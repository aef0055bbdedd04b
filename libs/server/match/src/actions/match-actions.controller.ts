import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { InviteToApplyInput, MatchPersonParams, ReferMatchInput } from './match-actions.inputs';
import { MatchInvitationOutput, MatchReferralOutput } from './match-actions.outputs';
import { MatchActionsService } from './match-actions.service';

@ApiTags('match')
@Controller('vacancies/:id/matches/:personId')
export class MatchActionsController {
  constructor(private readonly actions: MatchActionsService) {}

  @Post('invite')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'inviteMatchToApply', summary: 'Invite a matched person to apply for this vacancy (one mail through the outbox)' })
  @ApiCreatedResponse({ type: MatchInvitationOutput })
  invite(@Auth() auth: AuthContext, @Param() params: MatchPersonParams, @Body() body: InviteToApplyInput): Promise<MatchInvitationOutput> {
    return this.actions.invite(auth, params.id, params.personId, body);
  }

  @Post('refer')
  @Roles('hr_admin')
  @ApiOperation({
    operationId: 'referMatch',
    summary: "Refer a matched person to this vacancy: a referral with source 'match' (HR's own sourcing, no reward) that asks the candidate's consent",
  })
  @ApiCreatedResponse({ type: MatchReferralOutput })
  refer(@Auth() auth: AuthContext, @Param() params: MatchPersonParams, @Body() body: ReferMatchInput): Promise<MatchReferralOutput> {
    return this.actions.refer(auth, params.id, params.personId, body);
  }
}
