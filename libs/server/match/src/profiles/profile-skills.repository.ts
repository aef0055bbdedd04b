import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hasConsentSql, managerOf, OrganisationId, Tx } from '@kring/server-database';
import type { ConsentStatus } from '@kring/shared-domain';
import { refreshMatchProfileCounts, type PersonConceptWrite } from '../matching/person-profile.repository';
import type { ProfileFields } from './profile-evidence';

export type ExtractedSource = 'extracted_profile' | 'extracted_cv';
export type ConceptTable = 'person_skills' | 'person_occupations';

export interface MatchingConsentRow {
  status: ConsentStatus;
  givenAt: Date | null;
  expiresAt: Date | null;
  withdrawnAt: Date | null;
  /** Counts as consent now (granted, not expired). */
  active: boolean;
}

/**
 * SQL of skills from CVs and profiles, and of people confirming or removing their own concepts. Every change refreshes
 * the counts on person_match_profiles in the same transaction. Reading goes through PersonProfileRepository.
 */
@Injectable()
export class ProfileSkillsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Only the work-describing fields of a (not erased) person; see PROFILE_FIELDS. */
  async profileFields(organisationId: OrganisationId, personId: string, tx?: Tx): Promise<ProfileFields | null> {
    const [row] = await managerOf(this.dataSource, tx).query(
      `SELECT function_title AS "functionTitle", department, skills, interests
         FROM people WHERE organisation_id = $1 AND id = $2 AND erased_at IS NULL`,
      [organisationId, personId],
    );
    return (row as ProfileFields | undefined) ?? null;
  }

  /**
   * Makes the person's `source` suggestions exactly these: earlier suggestions of the same source that are not listed go,
   * listed ones that are still a suggestion (of either extracted source) get the new confidence and evidence, and new
   * ones are added. Concepts the person or HR confirmed are never touched.
   */
  async replaceExtracted(
    organisationId: OrganisationId,
    personId: string,
    source: ExtractedSource,
    concepts: { skills: PersonConceptWrite[]; occupations: PersonConceptWrite[] },
    now: Date,
    tx: Tx,
  ): Promise<void> {
    for (const [table, list] of [
      ['person_skills', concepts.skills],
      ['person_occupations', concepts.occupations],
    ] as const) {
      await tx.query(
        `DELETE FROM ${table} WHERE organisation_id = $1 AND person_id = $2 AND source = $3 AND NOT (uri = ANY($4::text[]))`,
        [organisationId, personId, source, list.map((c) => c.uri)],
      );
      if (!list.length) continue;
      await tx.query(
        `UPDATE ${table} t SET source = c.source, confidence = c.confidence, evidence = c.evidence, updated_at = $4
           FROM jsonb_to_recordset($3::jsonb) AS c(uri text, source text, confidence real, evidence jsonb)
          WHERE t.organisation_id = $1 AND t.person_id = $2 AND t.uri = c.uri AND t.source IN ('extracted_profile', 'extracted_cv')`,
        [organisationId, personId, JSON.stringify(list.map((c) => ({ ...c, confidence: c.confidence ?? null, evidence: c.evidence ?? [] }))), now],
      );
    }
    // New ones; rows already there (confirmed, or just updated above) stay as they are.
    for (const [table, list] of [
      ['person_skills', concepts.skills],
      ['person_occupations', concepts.occupations],
    ] as const) {
      if (!list.length) continue;
      await tx.query(
        `INSERT INTO ${table} (organisation_id, person_id, uri, source, confidence, evidence, created_at, updated_at)
         SELECT $1, $2, c.uri, c.source, c.confidence, c.evidence, $4, $4
           FROM jsonb_to_recordset($3::jsonb) AS c(uri text, source text, confidence real, evidence jsonb)
         ON CONFLICT (organisation_id, person_id, uri) DO NOTHING`,
        [organisationId, personId, JSON.stringify(list.map((c) => ({ ...c, confidence: c.confidence ?? null, evidence: c.evidence ?? [] }))), now],
      );
    }
    await this.refreshCounts(organisationId, personId, now, tx);
  }

  /** Marks these concepts as confirmed by the person, adding those not there yet; evidence of suggestions is kept. */
  async confirm(organisationId: OrganisationId, personId: string, table: ConceptTable, uris: string[], now: Date, tx: Tx): Promise<void> {
    if (!uris.length) return;
    await tx.query(
      `INSERT INTO ${table} (organisation_id, person_id, uri, source, created_at, updated_at)
       SELECT $1, $2, u.uri, 'confirmed_by_person', $4, $4 FROM unnest($3::text[]) AS u(uri)
       ON CONFLICT (organisation_id, person_id, uri) DO UPDATE SET source = 'confirmed_by_person', updated_at = $4
         WHERE ${table}.source <> 'confirmed_by_person'`,
      [organisationId, personId, uris, now],
    );
  }

  async remove(organisationId: OrganisationId, personId: string, table: ConceptTable, uris: string[], tx: Tx): Promise<void> {
    if (!uris.length) return;
    await tx.query(`DELETE FROM ${table} WHERE organisation_id = $1 AND person_id = $2 AND uri = ANY($3::text[])`, [
      organisationId,
      personId,
      uris,
    ]);
  }

  /** Refreshes the counts on person_match_profiles (the row ranking reads) after any change here. */
  refreshCounts(organisationId: OrganisationId, personId: string, now: Date, tx: Tx): Promise<void> {
    return refreshMatchProfileCounts(organisationId, personId, now, tx);
  }


  async matchingConsent(organisationId: OrganisationId, personId: string, now: Date): Promise<MatchingConsentRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT c.status, c.given_at AS "givenAt", c.expires_at AS "expiresAt", c.withdrawn_at AS "withdrawnAt",
              (${hasConsentSql('c', '$3', '$4')}) AS active
         FROM consents c WHERE c.organisation_id = $1 AND c.person_id = $2 AND c.purpose = $3`,
      [organisationId, personId, 'matching', now],
    );
    return (row as MatchingConsentRow | undefined) ?? null;
  }
}
