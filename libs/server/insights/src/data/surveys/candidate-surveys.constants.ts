/** The candidate-experience links are valid this long after the mail was sent (answers can change until then). */
export const CANDIDATE_SURVEY_LINK_DAYS = 30;
/** Referrals that ended longer ago than this are not asked any more (e.g. right after the first deploy). */
export const CANDIDATE_SURVEY_WINDOW_DAYS = 14;
/** Mails queued per transaction by the job. */
export const CANDIDATE_SURVEY_BATCH = 200;
