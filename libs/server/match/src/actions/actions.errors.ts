/**
 * Stable error codes of the actions on a match (invite to apply, refer), local to this area until they move to ErrorCodes in
 * @kring/shared-domain. Clients may switch on these; never rename one.
 */
export const MatchActionErrorCodes = {
  /** The person exists but the matcher may not return them (no granted, unexpired `matching` consent, erased, a new hire, or an employee without internal mobility). */
  personNotEligible: 'match_person_not_eligible',
  /** The person has no e-mail address to invite. */
  personWithoutEmail: 'match_person_without_email',
  /** Only open (published) vacancies take invitations. */
  vacancyNotOpen: 'match_vacancy_not_open',
  /** This person was invited to this vacancy less than 30 days ago. */
  alreadyInvited: 'match_already_invited',
  /** This person already has an open referral (any source) for this vacancy; `referralId` and `referredOn` are given. */
  alreadyReferred: 'match_already_referred',
  /** No running programme selects the vacancy and no running internal or combined programme covers all open vacancies. */
  noProgramme: 'match_no_programme',
} as const;

/** A second invitation for the same vacancy and person within this many days is refused. */
export const INVITE_REPEAT_DAYS = 30;


/** A referral's consent request names at most this many shared skills (the template shows no more either). */
export const REFERRAL_SKILLS_NAMED = 8;
