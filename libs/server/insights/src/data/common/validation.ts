import { ValidateBy, type ValidationOptions } from 'class-validator';
import { DomainError, ErrorCodes, isCalendarDay, notFound } from '@kring/shared-domain';
import type { OrganisationId, Tx } from '@kring/server-database';
import type { DataSource } from 'typeorm';

/** A real calendar day `YYYY-MM-DD`. */
export const IsCalendarDay = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isCalendarDay', validator: { validate: (value) => isCalendarDay(value), defaultMessage: () => 'must be a date (YYYY-MM-DD)' } }, options);

export const invalid = (field: string, message: string) =>
  new DomainError('validation', ErrorCodes.validationFailed, `${field} ${message}`, [{ field, message }]);

export const externalRefTaken = () =>
  new DomainError('conflict', ErrorCodes.externalRefTaken, 'This ATS reference is already used', [{ field: 'externalRef', message: 'is already used' }]);

export const managedByReferral = () =>
  new DomainError('conflict', ErrorCodes.hireManagedByReferral, 'This row comes from a referral and is kept up to date by Kring; change the referral instead');

/** Postgres unique violation of the given constraint. */
export const isUniqueViolation = (error: unknown, constraint: string): boolean =>
  (error as { code?: string }).code === '23505' && (error as { constraint?: string }).constraint === constraint;

export { notFound };

/** Optional links must point at rows of the caller's organisation: refused as a validation error otherwise. */
export async function checkRefs(
  db: DataSource | Tx,
  organisationId: OrganisationId,
  refs: { programmeId?: string | null; personId?: string | null; vacancyId?: string | null; hireId?: string | null },
): Promise<void> {
  const tables: Array<[keyof typeof refs, string]> = [
    ['programmeId', 'programmes'],
    ['personId', 'people'],
    ['vacancyId', 'vacancies'],
    ['hireId', 'hires'],
  ];
  for (const [field, table] of tables) {
    const id = refs[field];
    if (!id) continue;
    const rows: unknown[] = await db.query(`SELECT 1 FROM ${table} WHERE organisation_id = $1 AND id = $2`, [organisationId, id]);
    if (rows.length === 0) throw invalid(field, 'does not exist in your organisation');
  }
}

export interface NamedRef {
  id: string;
  name: string;
}
