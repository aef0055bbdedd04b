import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { asOrganisationId, hasConsentSql, managerOf, OrganisationId, Tx } from '@kring/server-database';
import type { Locale, Phase } from '@kring/shared-domain';
import { EventEntity, EventInvitationEntity } from './entities';
import { ICS_TOKEN_PURPOSE, RSVP_TOKEN_PURPOSE, type Attendance, type InvitationLegalBasis, type InvitationStatus } from './event-rules';

export type EventValues = Omit<EventEntity, 'id' | 'organisationId' | 'createdAt' | 'updatedAt'>;
export type EventChanges = Partial<EventValues>;

export interface RsvpCounts {
  invited: number;
  yes: number;
  no: number;
  maybe: number;
  waitlisted: number;
}

export type EventWithCounts = EventEntity & { counts: RsvpCounts };

/** A person as invitation rules see them: may we mail them, on which basis. */
export interface InviteCandidate {
  id: string;
  email: string | null;
  phase: Phase;
  hasConsent: boolean;
}

/** Everything a mail about one invitation needs, read in one query. */
export interface InvitationMailContext {
  invitationId: string;
  organisationId: OrganisationId;
  organisationName: string;
  personId: string;
  firstName: string;
  email: string | null;
  locale: Locale;
  status: InvitationStatus;
  waitlistPosition: number | null;
  event: EventEntity;
}

export interface InvitationRow {
  id: string;
  personId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  status: InvitationStatus;
  legalBasis: InvitationLegalBasis;
  waitlistPosition: number | null;
  invitedAt: Date;
  respondedAt: Date | null;
  attendance: Attendance | null;
}

const COUNTS = `
  count(*) FILTER (WHERE i.status = 'invited')::int AS invited,
  count(*) FILTER (WHERE i.status = 'yes')::int AS yes,
  count(*) FILTER (WHERE i.status = 'no')::int AS no,
  count(*) FILTER (WHERE i.status = 'maybe')::int AS maybe,
  count(*) FILTER (WHERE i.status = 'waitlisted')::int AS waitlisted`;

/** The waitlist position (1 = next to be promoted) of a waitlisted invitation aliased `i`. */
const WAITLIST_POSITION = `CASE WHEN i.status = 'waitlisted' THEN (
  SELECT count(*)::int FROM event_invitations w
   WHERE w.organisation_id = i.organisation_id AND w.event_id = i.event_id AND w.status = 'waitlisted' AND w.waitlist_order <= i.waitlist_order
) END`;

@Injectable()
export class EventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(organisationId: OrganisationId, values: EventValues, tx?: Tx): Promise<string> {
    const result = await managerOf(this.dataSource, tx).insert(EventEntity, { ...values, organisationId });
    return result.identifiers[0]!['id'] as string;
  }

  async update(organisationId: OrganisationId, id: string, changes: EventChanges, tx?: Tx): Promise<void> {
    if (!Object.keys(changes).length) return;
    await managerOf(this.dataSource, tx).update(EventEntity, { organisationId, id }, changes);
  }

  find(organisationId: OrganisationId, id: string, tx?: Tx): Promise<EventEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(EventEntity, { organisationId, id });
  }

  /** Locks the event row: every change to its seats (answers, capacity, cancelling) queues behind this lock. */
  async lock(organisationId: OrganisationId, id: string, tx: Tx): Promise<EventEntity | null> {
    return tx
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .setLock('pessimistic_write')
      .where('e.organisation_id = :organisationId AND e.id = :id', { organisationId, id })
      .getOne();
  }

  async counts(organisationId: OrganisationId, eventId: string, tx?: Tx): Promise<RsvpCounts> {
    const [row]: [RsvpCounts] = await managerOf(this.dataSource, tx).query(
      `SELECT ${COUNTS} FROM event_invitations i WHERE i.organisation_id = $1 AND i.event_id = $2`,
      [organisationId, eventId],
    );
    return row;
  }

  /** Upcoming (not yet ended, soonest first) or past (ended, latest first) events with their answer counts. */
  async list(
    organisationId: OrganisationId,
    filter: { when: 'upcoming' | 'past'; now: Date; limit: number; offset: number },
  ): Promise<{ items: EventWithCounts[]; total: number }> {
    const manager = this.dataSource.manager;
    const where = filter.when === 'upcoming' ? 'e.ends_at > $2' : 'e.ends_at <= $2';
    const [{ total }]: [{ total: number }] = await manager.query(
      `SELECT count(*)::int AS total FROM events e WHERE e.organisation_id = $1 AND ${where}`,
      [organisationId, filter.now],
    );
    const page = await manager
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .where(`e.organisation_id = :organisationId AND ${filter.when === 'upcoming' ? 'e.ends_at > :now' : 'e.ends_at <= :now'}`, {
        organisationId,
        now: filter.now,
      })
      .orderBy('e.startsAt', filter.when === 'upcoming' ? 'ASC' : 'DESC')
      .addOrderBy('e.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .getMany();
    const counts = await this.countsFor(organisationId, page.map((e) => e.id));
    return { items: page.map((e) => ({ ...e, counts: counts.get(e.id) ?? emptyCounts() })), total };
  }

  private async countsFor(organisationId: OrganisationId, eventIds: string[]): Promise<Map<string, RsvpCounts>> {
    if (!eventIds.length) return new Map();
    const rows: Array<RsvpCounts & { eventId: string }> = await this.dataSource.query(
      `SELECT i.event_id AS "eventId", ${COUNTS} FROM event_invitations i
        WHERE i.organisation_id = $1 AND i.event_id = ANY($2::uuid[]) GROUP BY i.event_id`,
      [organisationId, eventIds],
    );
    return new Map(rows.map(({ eventId, ...counts }) => [eventId, counts]));
  }

  /** The given people of this organisation (others are simply absent), with what the invitation rules need. */
  async inviteCandidates(organisationId: OrganisationId, personIds: readonly string[], at: Date, tx?: Tx): Promise<InviteCandidate[]> {
    if (!personIds.length) return [];
    return managerOf(this.dataSource, tx).query(
      `SELECT p.id, p.email, p.phase,
              EXISTS (SELECT 1 FROM consents c WHERE c.organisation_id = p.organisation_id AND c.person_id = p.id
                        AND ${hasConsentSql('c', "'events'", '$3')}) AS "hasConsent"
         FROM people p WHERE p.organisation_id = $1 AND p.id = ANY($2::uuid[])`,
      [organisationId, personIds, at],
    );
  }

  /** Inserts the invitations that do not exist yet; returns only the new ones. */
  async insertInvitations(
    organisationId: OrganisationId,
    eventId: string,
    people: Array<{ personId: string; legalBasis: InvitationLegalBasis }>,
    meta: { invitedAt: Date; invitedByUserId: string | null },
    tx: Tx,
  ): Promise<Array<{ id: string; personId: string }>> {
    if (!people.length) return [];
    return tx.query(
      `INSERT INTO event_invitations (organisation_id, event_id, person_id, legal_basis, invited_at, invited_by_user_id)
       SELECT $1, $2, x.person_id, x.legal_basis, $5, $6
         FROM unnest($3::uuid[], $4::text[]) AS x (person_id, legal_basis)
       ON CONFLICT ON CONSTRAINT uq_event_invitations_event_person DO NOTHING
       RETURNING id, person_id AS "personId"`,
      [organisationId, eventId, people.map((p) => p.personId), people.map((p) => p.legalBasis), meta.invitedAt, meta.invitedByUserId],
    );
  }

  findInvitation(organisationId: OrganisationId, id: string, tx?: Tx): Promise<EventInvitationEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(EventInvitationEntity, { organisationId, id });
  }

  /** Sets an answer. `waitlisted` takes the next number of the waitlist sequence; any other status leaves the list. */
  async setStatus(organisationId: OrganisationId, id: string, status: InvitationStatus, respondedAt: Date | null, tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE event_invitations SET status = $3,
              waitlist_order = CASE WHEN $3 = 'waitlisted' THEN nextval('event_invitations_waitlist_seq') END,
              responded_at = COALESCE($4, responded_at), updated_at = now()
        WHERE organisation_id = $1 AND id = $2`,
      [organisationId, id, status, respondedAt],
    );
  }

  /** The first `limit` waitlisted invitations of an event, in waitlist order. */
  async firstWaitlisted(organisationId: OrganisationId, eventId: string, limit: number, tx: Tx): Promise<string[]> {
    if (limit <= 0) return [];
    const rows: Array<{ id: string }> = await tx.query(
      `SELECT id FROM event_invitations WHERE organisation_id = $1 AND event_id = $2 AND status = 'waitlisted'
        ORDER BY waitlist_order LIMIT $3`,
      [organisationId, eventId, limit],
    );
    return rows.map((r) => r.id);
  }

  async waitlistPosition(organisationId: OrganisationId, invitationId: string, tx?: Tx): Promise<number | null> {
    const [row]: [{ position: number | null } | undefined] = await managerOf(this.dataSource, tx).query(
      `SELECT ${WAITLIST_POSITION} AS position FROM event_invitations i WHERE i.organisation_id = $1 AND i.id = $2`,
      [organisationId, invitationId],
    );
    return row?.position ?? null;
  }

  async listInvitations(organisationId: OrganisationId, eventId: string): Promise<InvitationRow[]> {
    return this.dataSource.query(
      `SELECT i.id, i.person_id AS "personId", p.first_name AS "firstName", p.last_name AS "lastName", p.email, i.status,
              i.legal_basis AS "legalBasis", ${WAITLIST_POSITION} AS "waitlistPosition", i.invited_at AS "invitedAt",
              i.responded_at AS "respondedAt", i.attendance
         FROM event_invitations i JOIN people p ON p.organisation_id = i.organisation_id AND p.id = i.person_id
        WHERE i.organisation_id = $1 AND i.event_id = $2
        ORDER BY lower(p.last_name), lower(p.first_name), i.id`,
      [organisationId, eventId],
    );
  }

  async mailContext(organisationId: OrganisationId, invitationId: string, tx?: Tx): Promise<InvitationMailContext | null> {
    const manager = managerOf(this.dataSource, tx);
    const [row]: Array<Omit<InvitationMailContext, 'event'> & { eventId: string }> = await manager.query(
      `SELECT i.id AS "invitationId", i.organisation_id AS "organisationId", o.name AS "organisationName", p.id AS "personId",
              p.first_name AS "firstName", p.email, p.locale, i.status, ${WAITLIST_POSITION} AS "waitlistPosition", i.event_id AS "eventId"
         FROM event_invitations i
         JOIN people p ON p.organisation_id = i.organisation_id AND p.id = i.person_id
         JOIN organisations o ON o.id = i.organisation_id
        WHERE i.organisation_id = $1 AND i.id = $2`,
      [organisationId, invitationId],
    );
    if (!row) return null;
    const event = await manager.findOneByOrFail(EventEntity, { organisationId, id: row.eventId });
    const { eventId: _eventId, ...context } = row;
    return { ...context, organisationId: asOrganisationId(row.organisationId), event };
  }

  /** Invitations of an event in these statuses whose cancellation was not mailed yet. */
  async toNotifyOfCancellation(organisationId: OrganisationId, eventId: string, tx: Tx): Promise<string[]> {
    const rows: Array<{ id: string }> = await tx.query(
      `SELECT id FROM event_invitations WHERE organisation_id = $1 AND event_id = $2
          AND status IN ('yes', 'maybe', 'waitlisted') AND cancellation_mailed_at IS NULL ORDER BY id`,
      [organisationId, eventId],
    );
    return rows.map((r) => r.id);
  }

  async markCancellationMailed(organisationId: OrganisationId, ids: string[], at: Date, tx: Tx): Promise<void> {
    await tx.query(`UPDATE event_invitations SET cancellation_mailed_at = $3 WHERE organisation_id = $1 AND id = ANY($2::uuid[])`, [
      organisationId,
      ids,
      at,
    ]);
  }

  /** Invitations still in play (not declined): who hears about a new time or place. */
  async toNotifyOfChange(organisationId: OrganisationId, eventId: string, tx: Tx): Promise<string[]> {
    const rows: Array<{ id: string }> = await tx.query(
      `SELECT id FROM event_invitations WHERE organisation_id = $1 AND event_id = $2 AND status <> 'no' ORDER BY id`,
      [organisationId, eventId],
    );
    return rows.map((r) => r.id);
  }

  /** After the start moved: "yes" people get a reminder again for the new date. */
  async resetReminders(organisationId: OrganisationId, eventId: string, tx: Tx): Promise<void> {
    await tx.query(`UPDATE event_invitations SET reminded_at = NULL WHERE organisation_id = $1 AND event_id = $2`, [organisationId, eventId]);
  }

  /**
   * The event's links (RSVP and calendar) live until the event ends: when the end moves, every link that still
   * works moves with it (earlier or later). Expired or used links stay dead.
   */
  async extendTokens(organisationId: OrganisationId, eventId: string, expiresAt: Date, now: Date, tx: Tx): Promise<number> {
    const [, count] = (await tx.query(
      `UPDATE person_tokens SET expires_at = $3
       WHERE organisation_id = $1 AND purpose IN ('${RSVP_TOKEN_PURPOSE}', '${ICS_TOKEN_PURPOSE}')
         AND subject_id IN (SELECT id FROM event_invitations WHERE organisation_id = $1 AND event_id = $2)
         AND expires_at > $4`,
      [organisationId, eventId, expiresAt, now],
    )) as [unknown, number];
    return count;
  }

  /**
   * Claims "yes" invitations of scheduled events starting within (now, until] that were not reminded yet, marking them
   * reminded in the same statement; SKIP LOCKED lets two workers split the work instead of both taking it.
   */
  async claimDueReminders(now: Date, until: Date, limit: number, tx: Tx): Promise<Array<{ organisationId: OrganisationId; id: string }>> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows] = (await tx.query(
      `UPDATE event_invitations SET reminded_at = $1
        WHERE id IN (
          SELECT i.id FROM event_invitations i
            JOIN events e ON e.organisation_id = i.organisation_id AND e.id = i.event_id
           WHERE i.status = 'yes' AND i.reminded_at IS NULL AND e.status = 'scheduled'
             AND e.starts_at > $1 AND e.starts_at <= $2
           ORDER BY e.starts_at, i.id LIMIT $3
           FOR UPDATE OF i SKIP LOCKED)
        RETURNING organisation_id, id`,
      [now, until, limit],
    )) as [Array<{ organisation_id: string; id: string }>, number];
    return rows.map((r) => ({ organisationId: asOrganisationId(r.organisation_id), id: r.id }));
  }

  /** Which of these invitations belong to the event (others are ignored by the caller as unknown). */
  async invitationsOfEvent(organisationId: OrganisationId, eventId: string, ids: string[], tx: Tx): Promise<EventInvitationEntity[]> {
    if (!ids.length) return [];
    return tx
      .getRepository(EventInvitationEntity)
      .createQueryBuilder('i')
      .where('i.organisation_id = :organisationId AND i.event_id = :eventId AND i.id IN (:...ids)', { organisationId, eventId, ids })
      .getMany();
  }

  async setAttendance(
    organisationId: OrganisationId,
    entries: Array<{ id: string; attendance: Attendance; touchpoint: boolean }>,
    at: Date,
    tx: Tx,
  ): Promise<void> {
    await tx.query(
      `UPDATE event_invitations i SET attendance = x.attendance, attendance_recorded_at = $2,
              attended_touchpoint_at = CASE WHEN x.touchpoint THEN $2 ELSE i.attended_touchpoint_at END, updated_at = now()
         FROM unnest($3::uuid[], $4::text[], $5::boolean[]) AS x (id, attendance, touchpoint)
        WHERE i.organisation_id = $1 AND i.id = x.id`,
      [organisationId, at, entries.map((e) => e.id), entries.map((e) => e.attendance), entries.map((e) => e.touchpoint)],
    );
  }
}

const emptyCounts = (): RsvpCounts => ({ invited: 0, yes: 0, no: 0, maybe: 0, waitlisted: 0 });
