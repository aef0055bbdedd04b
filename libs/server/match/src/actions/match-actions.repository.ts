import { Injectable } from '@nestjs/common';
import { hasConsentSql, OrganisationId, Tx } from '@kring/server-database';
import type { Locale } from '@kring/shared-domain';

export interface InviteePerson {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  locale: Locale;
  /** The ranking's eligibility: granted, unexpired `matching` consent, not erased, not a new hire, employees only with internal mobility. */
  eligible: boolean;
}

/** SQL of the actions on a match. Every statement is scoped by organisation first and runs in the caller's transaction. */
@Injectable()
export class MatchActionsRepository {
  /**
   * Locks the person row (FOR UPDATE: two invitations for the same person serialise here) and reads what an invitation
   * needs, with the same eligibility rules as ranking.sql.ts. Null when the person is not in this organisation.
   */
  async lockInvitee(organisationId: OrganisationId, personId: string, now: Date, tx: Tx): Promise<InviteePerson | null> {
    const [row] = await tx.query(
      `SELECT p.id, p.first_name AS "firstName", p.last_name AS "lastName", nullif(trim(p.email), '') AS email, p.locale,
              (p.erased_at IS NULL
               AND p.phase <> 'entry'
               AND (p.phase <> 'employment' OR coalesce(pr.internal_mobility, false))
               AND EXISTS (SELECT 1 FROM consents k WHERE k.organisation_id = p.organisation_id AND k.person_id = p.id
                              AND ${hasConsentSql('k', `'matching'`, '$3::timestamptz')})) AS eligible
         FROM people p
         LEFT JOIN person_match_profiles pr ON pr.organisation_id = p.organisation_id AND pr.person_id = p.id
        WHERE p.organisation_id = $1 AND p.id = $2
          FOR UPDATE OF p`,
      [organisationId, personId, now],
    );
    return (row as InviteePerson | undefined) ?? null;
  }

  async vacancy(organisationId: OrganisationId, vacancyId: string, tx: Tx): Promise<{ id: string; title: string; status: string } | null> {
    const [row] = await tx.query(`SELECT id, title, status FROM vacancies WHERE organisation_id = $1 AND id = $2`, [organisationId, vacancyId]);
    return (row as { id: string; title: string; status: string } | undefined) ?? null;
  }

  /** When this person was last invited to this vacancy on or after `since` (a touchpoint recorded by the invitation), else null. */
  async lastInvitation(organisationId: OrganisationId, personId: string, vacancyId: string, since: Date, tx: Tx): Promise<Date | null> {
    const [row] = await tx.query(
      `SELECT max(occurred_at) AS at FROM touchpoints
        WHERE organisation_id = $1 AND person_id = $2 AND occurred_at >= $4
          AND kind = 'match_invited' AND subject_type = 'vacancy' AND subject_id = $3`,
      [organisationId, personId, vacancyId, since],
    );
    return row?.at ? new Date(row.at) : null;
  }

  /**
   * The vacancy's confirmed skills this person has too (same ESCO URI), essential first, then by the extractor's
   * confidence: the "why" of a referral. Exact overlaps only, so the reason never depends on how ranking scores.
   */
  async sharedSkills(organisationId: OrganisationId, vacancyId: string, personId: string, limit: number, tx: Tx): Promise<string[]> {
    const rows: Array<{ uri: string }> = await tx.query(
      `SELECT vs.uri FROM vacancy_skills vs
         JOIN person_skills ps ON ps.organisation_id = vs.organisation_id AND ps.person_id = $3 AND ps.uri = vs.uri
        WHERE vs.organisation_id = $1 AND vs.vacancy_id = $2 AND vs.status = 'confirmed'
        ORDER BY vs.kind = 'essential' DESC, vs.confidence DESC NULLS LAST, vs.uri
        LIMIT $4`,
      [organisationId, vacancyId, personId, limit],
    );
    return rows.map((r) => r.uri);
  }

  async organisationName(organisationId: OrganisationId, tx: Tx): Promise<string> {
    const [row] = await tx.query(`SELECT name FROM organisations WHERE id = $1`, [organisationId]);
    return (row?.name as string | undefined) ?? '';
  }

  async personName(organisationId: OrganisationId, personId: string, tx: Tx): Promise<string> {
    const [row] = await tx.query(`SELECT trim(first_name || ' ' || last_name) AS name FROM people WHERE organisation_id = $1 AND id = $2`, [
      organisationId,
      personId,
    ]);
    return (row?.name as string | undefined) ?? '';
  }
}
