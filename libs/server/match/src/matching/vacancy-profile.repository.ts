import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';
import type { SkillKind, VacancyRequirements } from './ranking-plan';

export type ConceptStatus = 'suggested' | 'confirmed';

export interface VacancyConceptRow {
  uri: string;
  /** Skills only. */
  kind?: SkillKind;
  status: ConceptStatus;
  confidence: number | null;
  evidence: unknown[];
  confirmedByUserId: string | null;
  confirmedAt: Date | null;
}

export interface VacancyCriteria {
  region: string | null;
  latitude: number | null;
  longitude: number | null;
  languages: string[];
  /** ISO date. */
  startBy: string | null;
}

export interface VacancyProfileRows {
  skills: VacancyConceptRow[];
  occupations: VacancyConceptRow[];
  criteria: VacancyCriteria;
}

export interface VacancySuggestion {
  uri: string;
  kind?: SkillKind;
  confidence: number;
  evidence: unknown[];
}

const EMPTY_CRITERIA: VacancyCriteria = { region: null, latitude: null, longitude: null, languages: [], startBy: null };

/** A vacancy's skills, occupations and criteria (suggested by the extractor, confirmed by HR). */
@Injectable()
export class VacancyProfileRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async vacancy(organisationId: OrganisationId, vacancyId: string, tx?: Tx): Promise<{ title: string; description: string } | null> {
    const [row] = await managerOf(this.dataSource, tx).query(
      `SELECT title, description_markdown AS description FROM vacancies WHERE organisation_id = $1 AND id = $2`,
      [organisationId, vacancyId],
    );
    return (row as { title: string; description: string } | undefined) ?? null;
  }

  async read(organisationId: OrganisationId, vacancyId: string, tx?: Tx): Promise<VacancyProfileRows> {
    const m = managerOf(this.dataSource, tx);
    const columns = `uri, status, confidence, evidence, confirmed_by_user_id AS "confirmedByUserId", confirmed_at AS "confirmedAt"`;
    const skills = await m.query(
      `SELECT ${columns}, kind FROM vacancy_skills WHERE organisation_id = $1 AND vacancy_id = $2
        ORDER BY status, kind, confidence DESC NULLS LAST, uri`,
      [organisationId, vacancyId],
    );
    const occupations = await m.query(
      `SELECT ${columns} FROM vacancy_occupations WHERE organisation_id = $1 AND vacancy_id = $2
        ORDER BY status, confidence DESC NULLS LAST, uri`,
      [organisationId, vacancyId],
    );
    const [criteria] = await m.query(
      `SELECT region, latitude, longitude, languages, start_by::text AS "startBy"
         FROM vacancy_match_criteria WHERE organisation_id = $1 AND vacancy_id = $2`,
      [organisationId, vacancyId],
    );
    return { skills, occupations, criteria: (criteria as VacancyCriteria | undefined) ?? { ...EMPTY_CRITERIA } };
  }

  /** What ranking reads: confirmed concepts only, plus the criteria. */
  async requirements(organisationId: OrganisationId, vacancyId: string, tx?: Tx): Promise<VacancyRequirements> {
    const rows = await this.read(organisationId, vacancyId, tx);
    return {
      skills: rows.skills.filter((s) => s.status === 'confirmed').map((s) => ({ uri: s.uri, kind: s.kind ?? 'essential' })),
      occupations: rows.occupations.filter((o) => o.status === 'confirmed').map((o) => o.uri),
      ...rows.criteria,
    };
  }

  /**
   * HR's edit: exactly these concepts are confirmed (rows not listed, suggested or confirmed, are removed); a concept that
   * was confirmed before keeps who confirmed it and when.
   */
  async replaceConfirmed(
    organisationId: OrganisationId,
    vacancyId: string,
    input: { skills: Array<{ uri: string; kind: SkillKind }>; occupations: Array<{ uri: string }>; criteria: VacancyCriteria },
    userId: string,
    now: Date,
    tx: Tx,
  ): Promise<void> {
    for (const [table, list] of [
      ['vacancy_skills', input.skills],
      ['vacancy_occupations', input.occupations],
    ] as const) {
      await tx.query(`DELETE FROM ${table} WHERE organisation_id = $1 AND vacancy_id = $2 AND NOT (uri = ANY($3::text[]))`, [
        organisationId,
        vacancyId,
        list.map((c) => c.uri),
      ]);
      if (!list.length) continue;
      const isSkills = table === 'vacancy_skills';
      await tx.query(
        `INSERT INTO ${table} (organisation_id, vacancy_id, uri, ${isSkills ? 'kind, ' : ''}status, confirmed_by_user_id, confirmed_at, created_at, updated_at)
         SELECT $1, $2, c.uri, ${isSkills ? 'c.kind, ' : ''}'confirmed', $4, $5, $5, $5
           FROM jsonb_to_recordset($3::jsonb) AS c(uri text, kind text)
         ON CONFLICT (organisation_id, vacancy_id, uri) DO UPDATE SET
           ${isSkills ? 'kind = EXCLUDED.kind,' : ''}
           status = 'confirmed',
           confirmed_by_user_id = CASE WHEN ${table}.status = 'confirmed' THEN ${table}.confirmed_by_user_id ELSE EXCLUDED.confirmed_by_user_id END,
           confirmed_at = CASE WHEN ${table}.status = 'confirmed' THEN ${table}.confirmed_at ELSE EXCLUDED.confirmed_at END,
           updated_at = EXCLUDED.updated_at`,
        [organisationId, vacancyId, JSON.stringify(list), userId, now],
      );
    }
    const c = input.criteria;
    await tx.query(
      `INSERT INTO vacancy_match_criteria (organisation_id, vacancy_id, region, latitude, longitude, languages, start_by, updated_by_user_id, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (organisation_id, vacancy_id) DO UPDATE SET
         region = EXCLUDED.region, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, languages = EXCLUDED.languages,
         start_by = EXCLUDED.start_by, updated_by_user_id = EXCLUDED.updated_by_user_id, updated_at = EXCLUDED.updated_at`,
      [organisationId, vacancyId, c.region, c.latitude, c.longitude, c.languages, c.startBy, userId, now],
    );
  }

  /**
   * The extractor's suggestions replace earlier suggestions; confirmed concepts are never touched (HR's decision stands)
   * and concepts HR removed may come back as suggestions.
   */
  async replaceSuggestions(
    organisationId: OrganisationId,
    vacancyId: string,
    suggestions: { skills: VacancySuggestion[]; occupations: VacancySuggestion[] },
    now: Date,
    tx: Tx,
  ): Promise<void> {
    for (const [table, list] of [
      ['vacancy_skills', suggestions.skills],
      ['vacancy_occupations', suggestions.occupations],
    ] as const) {
      await tx.query(`DELETE FROM ${table} WHERE organisation_id = $1 AND vacancy_id = $2 AND status = 'suggested'`, [organisationId, vacancyId]);
      if (!list.length) continue;
      const isSkills = table === 'vacancy_skills';
      await tx.query(
        `INSERT INTO ${table} (organisation_id, vacancy_id, uri, ${isSkills ? 'kind, ' : ''}status, confidence, evidence, created_at, updated_at)
         SELECT $1, $2, c.uri, ${isSkills ? "coalesce(c.kind, 'essential'), " : ''}'suggested', c.confidence, c.evidence, $4, $4
           FROM jsonb_to_recordset($3::jsonb) AS c(uri text, kind text, confidence real, evidence jsonb)
         ON CONFLICT (organisation_id, vacancy_id, uri) DO NOTHING`,
        [organisationId, vacancyId, JSON.stringify(list), now],
      );
    }
  }
}
