import { Injectable } from '@nestjs/common';
import { AuthContext } from '@kring/server-identity';
import { MyReferralListOutput, SubmittedReferralOutput } from '../pipeline/outputs/referral.output';
import { PipelineService } from '../pipeline/pipeline.service';
import { SubmitReferralInput } from './inputs/submit-referral.input';
import { ReferralSubmissionService } from './referral-submission.service';
import { ReferralsRepository } from './referrals.repository';

/** The referrer's side: submit, and follow what happens. */
@Injectable()
export class ReferralsService {
  constructor(
    private readonly submissions: ReferralSubmissionService,
    private readonly referrals: ReferralsRepository,
    private readonly pipeline: PipelineService,
  ) {}

  async submit(auth: AuthContext, input: SubmitReferralInput): Promise<SubmittedReferralOutput> {
    const { cv, ...fields } = input;
    return this.submissions.submit(auth.organisationId, auth.userId, fields as SubmitReferralInput, cv);
  }

  async mine(auth: AuthContext): Promise<MyReferralListOutput> {
    const [{ locale }]: [{ locale: 'nl' | 'en' }] = await this.referrals.userLocale(auth.organisationId, auth.userId);
    return this.pipeline.mine(auth, locale);
  }
}
