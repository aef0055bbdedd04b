import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';

export const TIMELINE_KINDS = [
  'phase_changed',
  'touchpoint',
  'referral_made',
  'referral_received',
  'referral_stage_changed',
  'reward',
  'points',
  'consent',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineRow {
  id: string;
  kind: TimelineKind;
  at: Date;
  actorUserId: string | null;
  actorName: string | null;
  details: Record<string, unknown>;
}

/**
 * Everything Kring knows happened with one person, as one list: $1 organisation, $2 person. The person's own
 * logins (users.person_id) make them a referrer and a reward earner; as a candidate they are candidate_person_id or hired_person_id.
 */
const TIMELINE_SQL = `
  WITH own_users AS (SELECT id FROM users WHERE organisation_id = $1 AND person_id = $2),
  involved AS (
    SELECT r.id, r.vacancy_id, r.stage, r.referrer_user_id, r.candidate_name, r.created_at,
           CASE WHEN r.referrer_user_id IN (SELECT id FROM own_users) THEN 'referrer' ELSE 'candidate' END AS role
    FROM referrals r
    WHERE r.organisation_id = $1
      AND (r.referrer_user_id IN (SELECT id FROM own_users) OR r.candidate_person_id = $2 OR r.hired_person_id = $2)
  ),
  items AS (
    SELECT t.id, 'phase_changed' AS kind, t.occurred_at AS at, t.actor_user_id,
           jsonb_build_object('fromPhase', t.from_phase, 'toPhase', t.to_phase, 'cause', t.cause, 'reason', t.reason) AS details
    FROM phase_transitions t WHERE t.organisation_id = $1 AND t.person_id = $2
    UNION ALL
    SELECT tp.id, 'touchpoint', tp.occurred_at, tp.actor_user_id,
           jsonb_build_object('touchpointKind', tp.kind, 'channel', tp.channel, 'phase', tp.phase, 'note', tp.note,
                              'subjectType', tp.subject_type, 'subjectId', tp.subject_id)
    FROM touchpoints tp WHERE tp.organisation_id = $1 AND tp.person_id = $2
    UNION ALL
    SELECT i.id, CASE WHEN i.role = 'referrer' THEN 'referral_made' ELSE 'referral_received' END, i.created_at, i.referrer_user_id,
           jsonb_build_object('referralId', i.id, 'referralRole', i.role, 'stage', i.stage, 'vacancyTitle', v.title,
                              'counterpartName', CASE WHEN i.role = 'referrer' THEN i.candidate_name
                                                      ELSE nullif(btrim(rp.first_name || ' ' || rp.last_name), '') END)
    FROM involved i
    LEFT JOIN vacancies v ON v.organisation_id = $1 AND v.id = i.vacancy_id
    LEFT JOIN users ru ON ru.organisation_id = $1 AND ru.id = i.referrer_user_id
    LEFT JOIN people rp ON rp.organisation_id = $1 AND rp.id = ru.person_id
    UNION ALL
    SELECT e.id, 'referral_stage_changed', e.created_at, e.actor_user_id,
           jsonb_build_object('referralId', i.id, 'referralRole', i.role, 'fromStage', e.from_value, 'stage', e.to_value, 'vacancyTitle', v.title)
    FROM referral_events e
    JOIN involved i ON i.id = e.referral_id
    LEFT JOIN vacancies v ON v.organisation_id = $1 AND v.id = i.vacancy_id
    WHERE e.organisation_id = $1 AND e.kind = 'stage'
    UNION ALL
    SELECT l.id, 'reward', l.created_at, NULL::uuid,
           jsonb_build_object('referralId', l.referral_id, 'milestoneKey', l.milestone_key, 'amountCents', l.amount_cents,
                              'currency', l.currency, 'points', l.points, 'rewardStatus', l.status)
    FROM reward_ledger l WHERE l.organisation_id = $1 AND l.referrer_user_id IN (SELECT id FROM own_users)
    UNION ALL
    SELECT pe.id, 'points', pe.created_at, NULL::uuid, jsonb_build_object('pointsKind', pe.kind, 'points', pe.points)
    FROM points_events pe WHERE pe.organisation_id = $1 AND pe.user_id IN (SELECT id FROM own_users)
    UNION ALL
    SELECT ce.id, 'consent', ce.occurred_at, ce.actor_user_id,
           jsonb_build_object('purpose', ce.purpose, 'consentStatus', ce.status, 'source', ce.source, 'expiresAt', ce.expires_at)
    FROM consent_events ce WHERE ce.organisation_id = $1 AND ce.person_id = $2
  )`;

/** One chronological list (newest first) of a person's phase changes, touchpoints, referrals, rewards and consents. */
@Injectable()
export class TimelineRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(
    organisationId: OrganisationId,
    personId: string,
    page: { limit: number; offset: number },
    tx?: Tx,
  ): Promise<{ items: TimelineRow[]; total: number }> {
    const manager = managerOf(this.dataSource, tx);
    const items: TimelineRow[] = await manager.query(
      `${TIMELINE_SQL}
       SELECT it.id, it.kind, it.at, it.actor_user_id AS "actorUserId",
              nullif(btrim(ap.first_name || ' ' || ap.last_name), '') AS "actorName", it.details
       FROM items it
       LEFT JOIN users au ON au.organisation_id = $1 AND au.id = it.actor_user_id
       LEFT JOIN people ap ON ap.organisation_id = $1 AND ap.id = au.person_id
       ORDER BY it.at DESC, it.kind, it.id
       LIMIT $3 OFFSET $4`,
      [organisationId, personId, page.limit, page.offset],
    );
    const [{ total }]: Array<{ total: number }> = await manager.query(`${TIMELINE_SQL} SELECT count(*)::int AS total FROM items`, [
      organisationId,
      personId,
    ]);
    return { items, total };
  }
}
