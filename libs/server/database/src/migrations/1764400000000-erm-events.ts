import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ERM events: an event HR plans (UTC instants plus the IANA zone it is planned in, place or https link,
 * optional capacity and RSVP deadline) and one invitation per event and person carrying the RSVP answer,
 * the waitlist order, the reminder/cancellation marks that make mails go out once, and attendance.
 */
export class ErmEvents1764400000000 implements MigrationInterface {
  name = 'ErmEvents1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE events (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        time_zone text NOT NULL,
        location text,
        online_url text,
        capacity integer,
        rsvp_deadline timestamptz,
        status text NOT NULL DEFAULT 'scheduled',
        cancelled_at timestamptz,
        created_by_user_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_events PRIMARY KEY (id),
        CONSTRAINT uq_events_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT fk_events_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT ck_events_title CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
        CONSTRAINT ck_events_description CHECK (char_length(description) <= 10000),
        CONSTRAINT ck_events_period CHECK (ends_at > starts_at),
        CONSTRAINT ck_events_time_zone CHECK (char_length(time_zone) BETWEEN 1 AND 64),
        CONSTRAINT ck_events_where CHECK (location IS NOT NULL OR online_url IS NOT NULL),
        CONSTRAINT ck_events_online_url CHECK (online_url IS NULL OR online_url ~ '^https://'),
        CONSTRAINT ck_events_capacity CHECK (capacity IS NULL OR capacity BETWEEN 1 AND 100000),
        CONSTRAINT ck_events_rsvp_deadline CHECK (rsvp_deadline IS NULL OR rsvp_deadline <= starts_at),
        CONSTRAINT ck_events_status CHECK (status IN ('scheduled', 'cancelled')),
        CONSTRAINT ck_events_cancelled CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ix_events_organisation_starts ON events (organisation_id, starts_at)`);

    await q.query(`CREATE SEQUENCE event_invitations_waitlist_seq AS bigint`);
    await q.query(`
      CREATE TABLE event_invitations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        event_id uuid NOT NULL,
        person_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'invited',
        legal_basis text NOT NULL,
        invited_at timestamptz NOT NULL,
        invited_by_user_id uuid,
        responded_at timestamptz,
        waitlist_order bigint,
        reminded_at timestamptz,
        cancellation_mailed_at timestamptz,
        attendance text,
        attendance_recorded_at timestamptz,
        attended_touchpoint_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_event_invitations PRIMARY KEY (id),
        CONSTRAINT uq_event_invitations_event_person UNIQUE (organisation_id, event_id, person_id),
        CONSTRAINT fk_event_invitations_event FOREIGN KEY (organisation_id, event_id) REFERENCES events (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_event_invitations_person FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_event_invitations_status CHECK (status IN ('invited', 'yes', 'no', 'maybe', 'waitlisted')),
        CONSTRAINT ck_event_invitations_legal_basis CHECK (legal_basis IN ('consent', 'legitimate_interest')),
        CONSTRAINT ck_event_invitations_waitlist CHECK ((status = 'waitlisted') = (waitlist_order IS NOT NULL)),
        CONSTRAINT ck_event_invitations_attendance CHECK (attendance IS NULL OR attendance IN ('attended', 'no_show')),
        CONSTRAINT ck_event_invitations_attendance_recorded CHECK ((attendance IS NULL) = (attendance_recorded_at IS NULL))
      )`);
    await q.query(`CREATE INDEX ix_event_invitations_event_status ON event_invitations (organisation_id, event_id, status)`);
    await q.query(`CREATE INDEX ix_event_invitations_person ON event_invitations (organisation_id, person_id)`);
    await q.query(`
      CREATE INDEX ix_event_invitations_waitlist ON event_invitations (organisation_id, event_id, waitlist_order)
      WHERE status = 'waitlisted'`);
    await q.query(`
      CREATE INDEX ix_event_invitations_reminder_due ON event_invitations (organisation_id, event_id)
      WHERE status = 'yes' AND reminded_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE event_invitations`);
    await q.query(`DROP SEQUENCE event_invitations_waitlist_seq`);
    await q.query(`DROP TABLE events`);
  }
}
