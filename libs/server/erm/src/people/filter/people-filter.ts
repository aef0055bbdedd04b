import { hasConsentSql } from '@kring/server-database';
import type { ConsentPurpose, EngagementLevel, Locale, Phase } from '@kring/shared-domain';
import { engagementLevelSql } from '../engagement/engagement';

/**
 * A filter over an organisation's people, as saved in a segment. Within one field any value matches (OR);
 * across fields every given field must match (AND). An absent or empty field does not restrict.
 */
export interface PeopleFilter {
  phases?: Phase[];
  /** Member of any of these talent pools. */
  poolIds?: string[];
  /** Has any of these tags (compared lower-case). */
  tags?: string[];
  /** Has any of these skills (compared lower-case). */
  skills?: string[];
  /** Location is one of these (compared trimmed, lower-case). */
  locations?: string[];
  /** Language (locale) is one of these. */
  locales?: Locale[];
  engagementLevels?: EngagementLevel[];
  /** Has granted, unexpired consent for this purpose. */
  consentPurpose?: ConsentPurpose | null;
}

/** HR's people list: the segment filter plus a text search on name and email. */
export interface PeopleSearch extends PeopleFilter {
  q?: string;
}

/** Collects positional parameters; `$1` is always the organisation id. */
export class SqlParams {
  readonly values: unknown[];

  constructor(organisationId: string) {
    this.values = [organisationId];
  }

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const lowered = (values: readonly string[]) => [...new Set(values.map((v) => v.trim().toLowerCase()).filter(Boolean))];
const given = <T>(values: readonly T[] | undefined): values is readonly T[] => !!values && values.length > 0;

/**
 * THE WHERE clause for people under a filter, over alias `p`, scoped to the organisation in `$1`. Counting
 * and listing both use it, so a segment's count always equals the people it returns. Values are parameters, never spliced.
 * Erasure tombstones (`erased_at` set: an emptied row kept for payroll records) are never part of any list.
 */
export function peopleWhereSql(filter: PeopleSearch, params: SqlParams, at: Date): string {
  const where = ['p.organisation_id = $1', 'p.erased_at IS NULL'];
  if (given(filter.phases)) where.push(`p.phase = ANY(${params.add(filter.phases)}::text[])`);
  if (given(filter.poolIds)) {
    where.push(
      `EXISTS (SELECT 1 FROM talent_pool_members m WHERE m.organisation_id = p.organisation_id AND m.person_id = p.id AND m.pool_id = ANY(${params.add(filter.poolIds)}::uuid[]))`,
    );
  }
  if (given(filter.tags)) {
    where.push(`EXISTS (SELECT 1 FROM unnest(p.tags) AS t(v) WHERE lower(t.v) = ANY(${params.add(lowered(filter.tags))}::text[]))`);
  }
  if (given(filter.skills)) {
    where.push(`EXISTS (SELECT 1 FROM unnest(p.skills) AS s(v) WHERE lower(s.v) = ANY(${params.add(lowered(filter.skills))}::text[]))`);
  }
  if (given(filter.locations)) where.push(`lower(btrim(p.location)) = ANY(${params.add(lowered(filter.locations))}::text[])`);
  if (given(filter.locales)) where.push(`p.locale = ANY(${params.add(filter.locales)}::text[])`);
  if (given(filter.engagementLevels)) {
    where.push(`${engagementLevelSql('p', params.add(at))} = ANY(${params.add(filter.engagementLevels)}::text[])`);
  }
  if (filter.consentPurpose) {
    const purpose = params.add(filter.consentPurpose);
    const when = params.add(at);
    where.push(
      `EXISTS (SELECT 1 FROM consents c WHERE c.organisation_id = p.organisation_id AND c.person_id = p.id AND ${hasConsentSql('c', `${purpose}::text`, `${when}::timestamptz`)})`,
    );
  }
  const q = filter.q?.trim();
  if (q) {
    const pattern = params.add(`%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(
      `(lower(p.first_name || ' ' || p.last_name) LIKE ${pattern} OR lower(p.last_name || ' ' || p.first_name) LIKE ${pattern} OR p.email LIKE ${pattern})`,
    );
  }
  return where.join(' AND ');
}
