/** Why HR erased a person's data. Categories only: a free text could itself hold personal data. */
export const ERASURE_REASONS = ['data_subject_request', 'consent_withdrawn', 'retention_expired', 'unlawful_processing', 'other'] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

/** Audit actions of this area. `person.erased` is the erasure log: it holds no personal data. */
export const PRIVACY_AUDIT = { exported: 'person.exported', erased: 'person.erased' } as const;

/** Version of the export document; bump it when a key changes meaning or disappears (adding keys does not). */
export const PERSON_EXPORT_FORMAT = 'kring.person-export';
export const PERSON_EXPORT_VERSION = 1;

/** First name of a tombstone person (kept only because payroll records point at their account). */
export const TOMBSTONE_NAME = '[erased]';
