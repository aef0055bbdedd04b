import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, RateLimit } from '@kring/server-identity';
import { CandidateConsentService } from './candidate-consent.service';
import { CandidateConsentInput, CandidateTokenInput } from './inputs/candidate-token.input';
import { CandidateDecisionOutput, CandidateReferralOutput } from './outputs/candidate-referral.output';

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
  @ApiOperation({ operationId: 'declineReferral', summary: "Decline: the referral's personal data and CV are erased at once (a matched person's own record stays)" })
  @ApiOkResponse({ type: CandidateDecisionOutput })
  decline(@Body() body: CandidateTokenInput): Promise<CandidateDecisionOutput> {
    return this.consent.decline(body);
  }
}
