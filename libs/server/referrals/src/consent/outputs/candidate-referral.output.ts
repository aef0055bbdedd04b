import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * Search & Match referrals only: why HR put the candidate forward. Shown to the candidate, who already consented to
 * matching; nothing about HR beyond the name the mail gives.
 */
export class CandidateMatchOutput {
  @ApiProperty({ type: [String], description: "The skills the candidate matched the vacancy on, in the candidate's language, best first" })
  skills: string[];
  @ApiProperty({ type: String, nullable: true, description: "HR's note to the candidate" })
  note: string | null;
  @ApiProperty({ description: 'The candidate can sign in and withdraw matching consent at /preferences#matching (an active employee, alumnus or external referrer account)' })
  hasAccount: boolean;
  @ApiProperty({
    description: 'The person currently has a granted, unexpired matching consent (HR can find them for other vacancies); false after "stop finding me"',
  })
  matchingConsent: boolean;
}

/** What a candidate sees when opening a consent or decline link: enough to decide, nothing more. */
export class CandidateReferralOutput {
  @ApiProperty() organisationName: string;
  @ApiProperty({ description: "The referrer's name: a colleague, or for source 'match' the HR user who referred the candidate" })
  referrerName: string;
  @ApiProperty({ type: String, nullable: true }) vacancyTitle: string | null;
  @ApiProperty() candidateName: string;
  @ApiProperty({ description: 'Which personal data Kring holds', enum: ['name', 'email', 'phone', 'relationship', 'motivation', 'cv'], isArray: true })
  dataHeld: Array<'name' | 'email' | 'phone' | 'relationship' | 'motivation' | 'cv'>;
  @ApiProperty({ enum: ['consent', 'decline'], description: 'What this link is for' }) purpose: 'consent' | 'decline';
  @ApiProperty({ format: 'date-time' }) respondBefore: string;
  @ApiProperty() hasCv: boolean;
  @ApiProperty({
    enum: ['referral_form', 'share_link', 'match'],
    description: "How the referral came in: a colleague's form or share link, or HR referring a person Search & Match found",
  })
  source: 'referral_form' | 'share_link' | 'match';
  @ApiProperty({ type: CandidateMatchOutput, nullable: true, description: "Set for source 'match' only" })
  match: CandidateMatchOutput | null;
}

export class CandidateDecisionOutput {
  @ApiProperty({ enum: ['consented', 'declined'] }) consentState: 'consented' | 'declined';
  @ApiPropertyOptional({ description: 'Only when the decline asked stopMatching: the matching consent is withdrawn (always false then)' })
  matchingConsent?: boolean;
}

/** The answer to "stop finding me": never more than that the person is no longer findable. */
export class CandidateMatchingWithdrawalOutput {
  @ApiProperty({ description: 'Always false: HR no longer finds the person with Search & Match (also when it was withdrawn before)' })
  matchingConsent: boolean;
}
