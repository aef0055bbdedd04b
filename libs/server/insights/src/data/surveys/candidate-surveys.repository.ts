import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Tx } from '@kring/server-database';
import type { Locale } from '@kring/shared-domain';

export const hashSurveyToken = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

export interface DueSurvey {
  organisationId: string;
  organisationName: string;
  referralId: string;
  programmeId: string;
  outcome: 'hired' | 'rejected' | 'withdrawn';
  email: string;
  name: string | null;
  locale: Locale;
  personId: string | null;
  vacancyTitle: string | null;
}

export interface SurveyRow {
  id: string;
  organisationId: string;
  organisationName: string;
  vacancyTitle: string | null;
  sentAt: Date;
  score: number | null;
  answeredAt: Date | null;
}

/** candidate_surveys: one row per ended referral (UNIQUE), the token stored as its SHA-256 only. */
@Injectable()
export class CandidateSurveysRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Referrals that ended between `since` and `now`, consented and still reachable by email, without a survey yet.
   * Per organisation (index ix_referrals_organisation_survey_due), oldest first.
   */
  async due(since: Date, now: Date, limit: number): Promise<DueSurvey[]> {
    return this.dataSource.query(
      `SELECT r.organisation_id AS "organisationId", o.name AS "organisationName", r.id AS "referralId", r.programme_id AS "programmeId",
              r.stage AS outcome, r.candidate_email AS email, r.candidate_name AS name, r.candidate_locale AS locale,
              r.candidate_person_id AS "personId", v.title AS "vacancyTitle"
         FROM organisations o
         CROSS JOIN LATERAL (
           SELECT * FROM referrals r
            WHERE r.organisation_id = o.id AND r.stage IN ('hired', 'rejected', 'withdrawn') AND r.consent_state = 'consented'
              AND r.candidate_email IS NOT NULL AND r.erased_at IS NULL AND r.stage_changed_at >= $1 AND r.stage_changed_at <= $2
              AND NOT EXISTS (SELECT 1 FROM candidate_surveys s WHERE s.organisation_id = r.organisation_id AND s.referral_id = r.id)
            ORDER BY r.stage_changed_at
            LIMIT $3
         ) r
         LEFT JOIN vacancies v ON v.organisation_id = r.organisation_id AND v.id = r.vacancy_id
        ORDER BY r.stage_changed_at, r.id
        LIMIT $3`,
      [since, now, limit],
    );
  }

  /** Claims the rows; returns the referral ids this transaction inserted (another worker's rows are skipped). */
  async claim(tx: Tx, rows: Array<{ survey: DueSurvey; tokenHash: Buffer }>, now: Date): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const inserted: Array<{ referral_id: string }> = await tx.query(
      `INSERT INTO candidate_surveys (organisation_id, referral_id, programme_id, outcome, token_hash, sent_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::bytea[], array_fill($6::timestamptz, ARRAY[cardinality($1::uuid[])]))
       ON CONFLICT (organisation_id, referral_id) DO NOTHING
       RETURNING referral_id`,
      [
        rows.map((r) => r.survey.organisationId),
        rows.map((r) => r.survey.referralId),
        rows.map((r) => r.survey.programmeId),
        rows.map((r) => r.survey.outcome),
        rows.map((r) => r.tokenHash),
        now,
      ],
    );
    return new Set(inserted.map((r) => r.referral_id));
  }

  async findByToken(token: string, tx?: Tx, lock = false): Promise<SurveyRow | null> {
    const rows: SurveyRow[] = await (tx ?? this.dataSource).query(
      `SELECT s.id, s.organisation_id AS "organisationId", o.name AS "organisationName", v.title AS "vacancyTitle",
              s.sent_at AS "sentAt", s.score, s.answered_at AS "answeredAt"
         FROM candidate_surveys s
         JOIN organisations o ON o.id = s.organisation_id
         LEFT JOIN referrals r ON r.organisation_id = s.organisation_id AND r.id = s.referral_id
         LEFT JOIN vacancies v ON v.organisation_id = r.organisation_id AND v.id = r.vacancy_id
        WHERE s.token_hash = $1
        ${lock ? 'FOR UPDATE OF s' : ''}`,
      [hashSurveyToken(token)],
    );
    return rows[0] ?? null;
  }

  async answer(tx: Tx, organisationId: string, id: string, score: number, now: Date): Promise<void> {
    await tx.query(`UPDATE candidate_surveys SET score = $3, answered_at = $4 WHERE organisation_id = $1 AND id = $2`, [organisationId, id, score, now]);
  }
}
