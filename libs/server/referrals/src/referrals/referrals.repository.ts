import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';
import type { Role } from '@kring/shared-domain';
import { ReferralEventEntity, RefusedReferralEntity } from '../entities/referral-event.entity';
import { ReferralEntity } from '../entities/referral.entity';
import { REFERRAL_CONTEXT_SQL, ReferralContext } from './referral-context';

export interface ReferrerRow {
  userId: string;
  roles: Role[];
  email: string;
  status: string;
  personEmail: string | null;
  personPhone: string | null;
  employmentType: 'permanent' | 'flex' | null;
}

const INSERT_REFERRAL_SQL = `
  INSERT INTO referrals (organisation_id, programme_id, vacancy_id, referrer_user_id, candidate_person_id, candidate_name,
                         candidate_email, candidate_phone, candidate_locale, relationship, motivation, candidate_informed,
                         cv_file_id, candidate_note, source, share_link_id, consent_due_at, created_at, stage_changed_at,
                         consent_state, consent_decided_at, match_skills)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
  RETURNING id`;

export type NewReferralEvent = Pick<ReferralEventEntity, 'referralId' | 'kind' | 'fromValue' | 'toValue' | 'actorUserId' | 'note'>;

export type NewReferral = Omit<
  ReferralEntity,
  'id' | 'organisationId' | 'createdAt' | 'updatedAt' | 'stage' | 'stageChangedAt' | 'consentState' | 'consentDecidedAt' | 'consentRemindersSent' | 'rejectionReason' | 'rejectionReasonShareable' | 'startDate' | 'probationMonths' | 'hiredPersonId' | 'erasedAt' | 'vacancyHardToFill' | 'hireLeftOn' | 'hireLeftReason' | 'matchSkills'
> &
  Partial<Pick<ReferralEntity, 'consentState' | 'consentDecidedAt' | 'stageChangedAt' | 'matchSkills'>> & {
    /** Business time from the Clock: the ownership window is measured from it. */
    createdAt: Date;
  };

@Injectable()
export class ReferralsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Serialises submissions about the same candidate (by email and phone) within one organisation until the
   * transaction ends, so two colleagues referring the same person at the same moment cannot both win.
   */
  async lockCandidate(organisationId: OrganisationId, keys: string[], tx: Tx): Promise<void> {
    for (const key of [...new Set(keys)].sort()) {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`referral-candidate:${organisationId}:${key}`]);
    }
  }

  /** The earliest live referral that owns this candidate since `since` (optionally for one vacancy only). */
  async findOwner(
    organisationId: OrganisationId,
    candidate: { email: string | null; phone: string | null },
    since: Date,
    vacancy: { scoped: boolean; vacancyId: string | null },
    tx?: Tx,
  ): Promise<{ id: string; createdAt: Date } | null> {
    const rows: Array<{ id: string; created_at: Date }> = await managerOf(this.dataSource, tx).query(
      `SELECT id, created_at FROM referrals
        WHERE organisation_id = $1 AND erased_at IS NULL AND consent_state IN ('awaiting_consent', 'consented')
          AND created_at > $2 AND (candidate_email = $3 OR candidate_phone = $4)
          AND ($5::boolean IS FALSE OR vacancy_id IS NOT DISTINCT FROM $6::uuid)
        ORDER BY created_at LIMIT 1`,
      [organisationId, since, candidate.email, candidate.phone, vacancy.scoped, vacancy.vacancyId],
    );
    return rows[0] ? { id: rows[0].id, createdAt: new Date(rows[0].created_at) } : null;
  }

  /**
   * The earliest open referral (not erased, consent not refused, no outcome yet) of this person, by person or email,
   * for one vacancy, of any source: HR does not refer someone who is already in that vacancy's pipeline.
   */
  async findOpenForVacancy(
    organisationId: OrganisationId,
    candidate: { personId: string; email: string },
    vacancyId: string,
    tx: Tx,
  ): Promise<{ id: string; createdAt: Date } | null> {
    const rows: Array<{ id: string; created_at: Date }> = await tx.query(
      `SELECT id, created_at FROM referrals
        WHERE organisation_id = $1 AND vacancy_id = $2 AND erased_at IS NULL
          AND consent_state IN ('awaiting_consent', 'consented') AND stage NOT IN ('hired', 'rejected', 'withdrawn')
          AND (candidate_person_id = $3 OR candidate_email = $4)
        ORDER BY created_at LIMIT 1`,
      [organisationId, vacancyId, candidate.personId, candidate.email],
    );
    return rows[0] ? { id: rows[0].id, createdAt: new Date(rows[0].created_at) } : null;
  }

  /** Plain SQL on purpose: this is the hot path of a submission (see docs/benchmarks.md). */
  async insert(organisationId: OrganisationId, r: NewReferral, tx: Tx): Promise<string> {
    const [row]: Array<{ id: string }> = await tx.query(INSERT_REFERRAL_SQL, [
      organisationId, r.programmeId, r.vacancyId, r.referrerUserId, r.candidatePersonId, r.candidateName, r.candidateEmail,
      r.candidatePhone, r.candidateLocale, r.relationship ?? null, r.motivation ?? null, r.candidateInformed, r.cvFileId, r.candidateNote,
      r.source, r.shareLinkId, r.consentDueAt, r.createdAt, r.stageChangedAt ?? r.createdAt, r.consentState ?? 'awaiting_consent',
      r.consentDecidedAt ?? null, r.matchSkills ?? null,
    ]);
    return row!.id;
  }


  async addEvent(organisationId: OrganisationId, event: NewReferralEvent, tx: Tx): Promise<void> {
    await this.addEvents(organisationId, [event], tx);
  }

  /** Several history rows in one statement. */
  async addEvents(organisationId: OrganisationId, events: NewReferralEvent[], tx: Tx): Promise<void> {
    const values = events.map((_, i) => `($1, $${i * 6 + 2}, $${i * 6 + 3}, $${i * 6 + 4}, $${i * 6 + 5}, $${i * 6 + 6}, $${i * 6 + 7})`);
    await tx.query(
      `INSERT INTO referral_events (organisation_id, referral_id, kind, from_value, to_value, actor_user_id, note) VALUES ${values.join(', ')}`,
      [organisationId, ...events.flatMap((e) => [e.referralId, e.kind, e.fromValue, e.toValue, e.actorUserId, e.note])],
    );
  }

  async recordRefusal(organisationId: OrganisationId, refusal: Omit<RefusedReferralEntity, 'id' | 'organisationId' | 'createdAt'>, tx?: Tx) {
    await managerOf(this.dataSource, tx).insert(RefusedReferralEntity, { ...refusal, organisationId });
  }

  findById(organisationId: OrganisationId, id: string, tx?: Tx): Promise<ReferralEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(ReferralEntity, { organisationId, id });
  }

  /** Reads the referral and locks its row for the rest of the transaction. */
  findForUpdate(organisationId: OrganisationId, id: string, tx: Tx): Promise<ReferralEntity | null> {
    return tx.findOne(ReferralEntity, { where: { organisationId, id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(organisationId: OrganisationId, id: string, changes: Partial<ReferralEntity>, tx: Tx): Promise<void> {
    await tx.update(ReferralEntity, { organisationId, id }, changes);
  }

  async context(organisationId: OrganisationId, id: string, tx?: Tx): Promise<ReferralContext | null> {
    const rows: ReferralContext[] = await managerOf(this.dataSource, tx).query(REFERRAL_CONTEXT_SQL, [organisationId, id]);
    return rows[0] ?? null;
  }

  /** The referring user with what eligibility and self-referral checks need. */
  async referrer(organisationId: OrganisationId, userId: string, tx?: Tx): Promise<ReferrerRow | null> {
    const rows: ReferrerRow[] = await managerOf(this.dataSource, tx).query(
      `SELECT u.id AS "userId", u.roles, u.email, u.status, p.email AS "personEmail", p.phone AS "personPhone",
              p.employment_type AS "employmentType"
         FROM users u JOIN people p ON p.id = u.person_id
        WHERE u.organisation_id = $1 AND u.id = $2`,
      [organisationId, userId],
    );
    return rows[0] ?? null;
  }

  /**
   * Whether the person can sign in and reach the matching section of /preferences: an active user with a role that
   * sees it (employee, alumnus, external referrer).
   */
  async personHasPreferencesAccount(organisationId: OrganisationId, personId: string | null): Promise<boolean> {
    if (!personId) return false;
    const [row] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM users u WHERE u.organisation_id = $1 AND u.person_id = $2 AND u.status = 'active'
                         AND u.roles && ARRAY['employee', 'alumnus', 'external_referrer']::text[]) AS "hasAccount"`,
      [organisationId, personId],
    );
    return row.hasAccount === true;
  }

  userLocale(organisationId: OrganisationId, userId: string): Promise<[{ locale: 'nl' | 'en' }]> {
    return this.dataSource.query(`SELECT locale FROM users WHERE organisation_id = $1 AND id = $2`, [organisationId, userId]);
  }

  events(organisationId: OrganisationId, referralIds: string[]): Promise<ReferralEventEntity[]> {
    if (referralIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(ReferralEventEntity)
      .createQueryBuilder('e')
      .where('e.organisation_id = :organisationId AND e.referral_id IN (:...referralIds)', { organisationId, referralIds })
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
  }
}
