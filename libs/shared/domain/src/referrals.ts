/** Referral programmes: who may refer (audiences) and how (kinds). */
export const PROGRAMME_KINDS = ['internal', 'external', 'combined'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

/** Who a programme admits. Employees are split by contract so HR can include or exclude flex workers. */
export const AUDIENCES = ['employee_permanent', 'employee_flex', 'alumnus', 'external_referrer'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Which audiences each programme kind may admit (the database enforces the same). */
export const AUDIENCES_BY_KIND: Record<ProgrammeKind, readonly Audience[]> = {
  internal: ['employee_permanent', 'employee_flex'],
  external: ['external_referrer'],
  combined: AUDIENCES,
};

export const VACANCY_SCOPES = ['all_open', 'selected'] as const;
export type VacancyScope = (typeof VACANCY_SCOPES)[number];

export const OWNERSHIP_SCOPES = ['candidate', 'vacancy'] as const;
export type OwnershipScope = (typeof OWNERSHIP_SCOPES)[number];

export const VACANCY_STATUSES = ['draft', 'open', 'closed'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

export const EMPLOYMENT_TYPES = ['permanent', 'temporary', 'flex', 'internship', 'freelance'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const SALARY_PERIODS = ['hour', 'month', 'year'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

/** The pipeline. Names of the open stages are configurable per organisation; outcomes are fixed. */
export const OPEN_STAGES = ['new', 'screening', 'interview', 'offer'] as const;
export const OUTCOME_STAGES = ['hired', 'rejected', 'withdrawn'] as const;
export const STAGES = [...OPEN_STAGES, ...OUTCOME_STAGES] as const;
export type Stage = (typeof STAGES)[number];
export type OpenStage = (typeof OPEN_STAGES)[number];

export const CONSENT_STATES = ['awaiting_consent', 'consented', 'declined', 'expired'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

export const RELATIONSHIPS = ['former_colleague', 'friend', 'family', 'study', 'network', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const SHARE_CHANNELS = ['linkedin', 'whatsapp', 'email', 'copy', 'qr', 'direct'] as const;
export type ShareChannel = (typeof SHARE_CHANNELS)[number];

export const REFERRAL_SOURCES = ['referral_form', 'share_link', 'match'] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

/** CV uploads: PDF or DOCX, checked on content, at most 10 MB. */
export const CV_MAX_BYTES = 10 * 1024 * 1024;

/** File name endings a CV may have; the server checks the content too. */
export const CV_EXTENSIONS = ['.pdf', '.docx'] as const;

export type CvFileProblem = 'file_too_large' | 'file_type_not_allowed';

/**
 * The quick check before uploading a CV (the server judges the content): a PDF or Word (.docx) name, at most
 * CV_MAX_BYTES. Returns the problem code the server would answer with, or null when the file may be sent.
 */
export function checkCvFile(file: { name: string; size: number }): CvFileProblem | null {
  const name = file.name.toLowerCase();
  if (!CV_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'file_type_not_allowed';
  if (file.size > CV_MAX_BYTES) return 'file_too_large';
  return null;
}
