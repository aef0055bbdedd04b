/**
 * The export document (GDPR art. 15 access, art. 20 portability). Keys are English and stable; every list holds
 * camelCase rows. Documented in docs/developer/erm-privacy.md; `version` changes only when a key changes meaning.
 */
export interface PersonExportDocument {
  format: 'kring.person-export';
  version: 1;
  exportedAt: string;
  organisation: { id: string; name: string };
  person: Record<string, unknown>;
  account: Record<string, unknown> | null;
  sessions: Array<Record<string, unknown>>;
  phaseHistory: Array<Record<string, unknown>>;
  touchpoints: Array<Record<string, unknown>>;
  consents: Array<Record<string, unknown>>;
  consentHistory: Array<Record<string, unknown>>;
  talentPools: Array<Record<string, unknown>>;
  talentPoolSignups: Array<Record<string, unknown>>;
  events: Array<Record<string, unknown>>;
  preboarding: Array<Record<string, unknown>>;
  offboardings: Array<Record<string, unknown>>;
  employeeImports: Array<Record<string, unknown>>;
  referralsAbout: Array<Record<string, unknown>>;
  referralsMade: Array<Record<string, unknown>>;
  /** The referrer's own attempts the programme rules refused (reason code, vacancy, date; never the other referral). */
  refusedReferrals: Array<Record<string, unknown>>;
  rewards: Array<Record<string, unknown>>;
  points: Array<Record<string, unknown>>;
  shareLinks: Array<Record<string, unknown>>;
  mails: Array<Record<string, unknown>>;
  auditTrail: Array<Record<string, unknown>>;
  /** Search & Match: skills and occupations (confirmed or extracted, with their evidence) and the match facts. */
  matchSkills: Array<Record<string, unknown>>;
  matchProfile: Array<Record<string, unknown>>;
}

/** The sections of the document that are lists, in the order they appear. */
export const EXPORT_SECTIONS = [
  'sessions', 'phaseHistory', 'touchpoints', 'consents', 'consentHistory', 'talentPools', 'talentPoolSignups', 'events',
  'preboarding', 'offboardings', 'employeeImports', 'referralsAbout', 'referralsMade', 'refusedReferrals', 'rewards', 'points', 'shareLinks',
  'mails', 'auditTrail', 'matchSkills', 'matchProfile',
] as const;
