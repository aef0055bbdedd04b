import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';

export const PERSON_CONCEPT_SOURCES = ['confirmed_by_person', 'hr', 'extracted_profile', 'extracted_cv'] as const;
export type PersonConceptSource = (typeof PERSON_CONCEPT_SOURCES)[number];

export interface PersonConceptRow {
  uri: string;
  source: PersonConceptSource;
  confidence: number | null;
  evidence: unknown[];
  updatedAt: Date;
}

/** The match facts of a person besides concepts (see ranking.sql.ts for what ranking reads). */
export interface PersonMatchFacts {
  region: string | null;
  latitude: number | null;
  longitude: number | null;
  languages: string[];
  /** ISO date. */
  availableFrom: string | null;
  internalMobility: boolean;
}

export interface PersonProfileRows {
  skills: PersonConceptRow[];
  occupations: PersonConceptRow[];
  facts: PersonMatchFacts | null;
}

export interface PersonConceptWrite {
  uri: string;
  source: PersonConceptSource;
  confidence?: number | null;
  evidence?: unknown[];
}

const CONCEPT_TABLES = { skills: 'person_skills', occupations: 'person_occupations' } as const;

/**
 * A person's skills, occupations and match facts. Every write also refreshes person_match_profiles (the one row per person
 * ranking joins) in the same transaction, so counts and facts never drift from the concept rows.
 */
@Injectable()
export class PersonProfileRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async personExists(organisationId: OrganisationId, personId: string, tx?: Tx): Promise<boolean> {
    const rows = await managerOf(this.dataSource, tx).query(
      `SELECT 1 FROM people WHERE organisation_id = $1 AND id = $2 AND erased_at IS NULL`,
      [organisationId, personId],
    );
    return rows.length > 0;
  }

  async read(organisationId: OrganisationId, personId: string, tx?: Tx): Promise<PersonProfileRows> {
    const m = managerOf(this.dataSource, tx);
    const concepts = (table: string) =>
      m.query(
        `SELECT uri, source, confidence, evidence, updated_at AS "updatedAt" FROM ${table}
          WHERE organisation_id = $1 AND person_id = $2 ORDER BY uri`,
        [organisationId, personId],
      ) as Promise<PersonConceptRow[]>;
    const skills = await concepts(CONCEPT_TABLES.skills);
    const occupations = await concepts(CONCEPT_TABLES.occupations);
    const [facts] = await m.query(
      `SELECT region, latitude, longitude, languages, available_from::text AS "availableFrom", internal_mobility AS "internalMobility"
         FROM person_match_profiles WHERE organisation_id = $1 AND person_id = $2`,
      [organisationId, personId],
    );
    return { skills, occupations, facts: (facts as PersonMatchFacts | undefined) ?? null };
  }

  /** The person's match facts, with their profile row locked for the rest of the transaction (null without a row). */
  async lockFacts(organisationId: OrganisationId, personId: string, tx: Tx): Promise<PersonMatchFacts | null> {
    const [facts] = await tx.query(
      `SELECT region, latitude, longitude, languages, available_from::text AS "availableFrom", internal_mobility AS "internalMobility"
         FROM person_match_profiles WHERE organisation_id = $1 AND person_id = $2 FOR UPDATE`,
      [organisationId, personId],
    );
    return (facts as PersonMatchFacts | undefined) ?? null;
  }

  /**
   * Replaces the person's skills and occupations with exactly these (rows not listed are removed) and sets the facts.
   * A concept the person confirmed themselves stays `confirmed_by_person` when HR lists it again.
   */
  async replace(
    organisationId: OrganisationId,
    personId: string,
    concepts: { skills: PersonConceptWrite[]; occupations: PersonConceptWrite[] },
    facts: PersonMatchFacts,
    now: Date,
    tx: Tx,
    keep: readonly PersonConceptSource[] = [],
  ): Promise<void> {
    for (const key of ['skills', 'occupations'] as const) {
      const table = CONCEPT_TABLES[key];
      const list = concepts[key];
      // Rows not listed go, except those of a source in `keep` (HR's list never removes the person's own confirmations or suggestions).
      await tx.query(
        `DELETE FROM ${table} WHERE organisation_id = $1 AND person_id = $2 AND NOT (uri = ANY($3::text[])) AND NOT (source = ANY($4::text[]))`,
        [organisationId, personId, list.map((c) => c.uri), keep],
      );
      await this.upsert(table, organisationId, personId, list, now, tx);
    }
    await tx.query(
      `INSERT INTO person_match_profiles (organisation_id, person_id, region, latitude, longitude, languages, available_from, internal_mobility, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (organisation_id, person_id) DO UPDATE SET
         region = EXCLUDED.region, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, languages = EXCLUDED.languages,
         available_from = EXCLUDED.available_from, internal_mobility = EXCLUDED.internal_mobility, updated_at = EXCLUDED.updated_at`,
      [organisationId, personId, facts.region, facts.latitude, facts.longitude, facts.languages, facts.availableFrom, facts.internalMobility, now],
    );
    await refreshMatchProfileCounts(organisationId, personId, now, tx);
  }

  private async upsert(
    table: string,
    organisationId: OrganisationId,
    personId: string,
    list: PersonConceptWrite[],
    now: Date,
    tx: Tx,
  ): Promise<void> {
    if (!list.length) return;
    await tx.query(
      `INSERT INTO ${table} (organisation_id, person_id, uri, source, confidence, evidence, created_at, updated_at)
       SELECT $1, $2, c.uri, c.source, c.confidence, c.evidence, $4, $4
         FROM jsonb_to_recordset($3::jsonb) AS c(uri text, source text, confidence real, evidence jsonb)
       ON CONFLICT (organisation_id, person_id, uri) DO UPDATE SET
         source = CASE WHEN EXCLUDED.source = 'hr' AND ${table}.source = 'confirmed_by_person' THEN ${table}.source ELSE EXCLUDED.source END,
         confidence = CASE WHEN EXCLUDED.source IN ('confirmed_by_person', 'hr') THEN ${table}.confidence ELSE EXCLUDED.confidence END,
         evidence = CASE WHEN EXCLUDED.source IN ('confirmed_by_person', 'hr') THEN ${table}.evidence ELSE EXCLUDED.evidence END,
         updated_at = CASE WHEN ${table}.source IS DISTINCT FROM EXCLUDED.source THEN EXCLUDED.updated_at ELSE ${table}.updated_at END`,
      [
        organisationId,
        personId,
        JSON.stringify(list.map((c) => ({ uri: c.uri, source: c.source, confidence: c.confidence ?? null, evidence: c.evidence ?? [] }))),
        now,
      ],
    );
  }
}

/** Sets the skill and occupation counts on person_match_profiles (the row ranking reads) after a change of either list. */
export async function refreshMatchProfileCounts(organisationId: OrganisationId, personId: string, now: Date, tx: Tx): Promise<void> {
  await tx.query(
    `INSERT INTO person_match_profiles (organisation_id, person_id, skill_count, occupation_count, updated_at)
     SELECT $1, $2,
            (SELECT count(*) FROM person_skills WHERE organisation_id = $1 AND person_id = $2),
            (SELECT count(*) FROM person_occupations WHERE organisation_id = $1 AND person_id = $2), $3
     ON CONFLICT (organisation_id, person_id) DO UPDATE SET
       skill_count = EXCLUDED.skill_count, occupation_count = EXCLUDED.occupation_count, updated_at = EXCLUDED.updated_at`,
    [organisationId, personId, now],
  );
}
