import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, RateLimit } from '@kring/server-identity';
import { CandidateConsentService } from './candidate-consent.service';
import { CandidateConsentInput, CandidateDeclineInput, CandidateTokenInput } from './inputs/candidate-token.input';
import { CandidateDecisionOutput, CandidateMatchingWithdrawalOutput, CandidateReferralOutput } from './outputs/candidate-referral.output';

const LIMIT = { name: 'candidate-link', windowSeconds: 900, limits: { ip: 30 } };

/** The candidate's pages: no account, the single-purpose token in the mail is the credential. */
@ApiTags('candidate')
@Controller('candidate/referral')
export class CandidateController {
  constructor(private readonly consent: CandidateConsentService) {}

  @Post('lookup')
  @HttpCode(200)
  @Public('candidates have no account; the mailed token is the credential')
  @RateLimit(LIMIT)
  @ApiOperation({ operationId: 'lookupCandidateReferral', summary: "Who referred me, for what, why (Search & Match: skills and HR's note), and which data is held" })
  @ApiOkResponse({ type: CandidateReferralOutput })
  lookup(@Body() body: CandidateTokenInput): Promise<CandidateReferralOutput> {
    return this.consent.lookup(body);
  }

  @Post('consent')
  @HttpCode(200)
  @Public('candidates have no account; the mailed token is the credential')
  @RateLimit(LIMIT)
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiOperation({ operationId: 'consentToReferral', summary: 'Consent, optionally adding a CV and a note' })
  @ApiOkResponse({ type: CandidateDecisionOutput })
  consentTo(@Body() body: CandidateConsentInput): Promise<CandidateDecisionOutput> {
    return this.consent.consent(body, body.cv);
  }

  @Post('decline')
  @HttpCode(200)
  @Public('candidates have no account; the mailed token is the credential')
  @RateLimit(LIMIT)
  @ApiOperation({
    operationId: 'declineReferral',
    summary: "Decline: the referral's personal data and CV are erased at once (a matched person's own record stays; with stopMatching their matching consent is withdrawn too)",
  })
  @ApiOkResponse({ type: CandidateDecisionOutput })
  decline(@Body() body: CandidateDeclineInput): Promise<CandidateDecisionOutput> {
    return this.consent.decline(body);
  }

  @Post('matching/withdraw')
  @HttpCode(200)
  @Public('candidates have no account; the mailed token is the credential')
  @RateLimit(LIMIT)
  @ApiOperation({
    operationId: 'withdrawCandidateMatchingConsent',
    summary: 'Search & Match referrals: stop being found for vacancies (withdraws matching consent; the referral stays as it is); idempotent',
  })
  @ApiOkResponse({ type: CandidateMatchingWithdrawalOutput })
  withdrawMatching(@Body() body: CandidateTokenInput): Promise<CandidateMatchingWithdrawalOutput> {
    return this.consent.withdrawMatching(body);
  }
}
