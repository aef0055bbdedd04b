import type { EntityManager } from 'typeorm';
import { officeTime } from './demo-erm-time';

const ZONE = 'Europe/Amsterdam';

interface DemoEvent {
  title: string;
  description: string;
  /** Days from today (Amsterdam) and local wall-clock times in Europe/Amsterdam. */
  day: number;
  from: string;
  to: string;
  location: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  deadlineDaysBefore: number | null;
}

const EVENTS: DemoEvent[] = [
  {
    title: 'Zomerbarbecue De Linde',
    description: 'Voor alle collega’s van Zorggroep De Linde, met partner. Vegetarische opties aanwezig.',
    day: -30,
    from: '17:00',
    to: '21:00',
    location: 'Tuin van locatie De Linde, Lindelaan 12, Amersfoort',
    onlineUrl: null,
    capacity: 80,
    deadlineDaysBefore: 7,
  },
  {
    title: 'Open dag Zorggroep De Linde',
    description:
      'Maak kennis met onze teams in de wijkverpleging en de ouderenzorg. Rondleidingen om 10:30, 12:00 en 13:30; koffie, thee en appeltaart staan klaar.',
    day: 14,
    from: '10:00',
    to: '15:00',
    location: 'Lindelaan 12, 3811 AB Amersfoort',
    onlineUrl: null,
    capacity: 40,
    deadlineDaysBefore: 2,
  },
  {
    title: 'Alumni-borrel',
    description: 'Een online borrel voor oud-collega’s: bijpraten, ervaringen delen en horen wat er nieuw is bij De Linde.',
    day: 7,
    from: '17:00',
    to: '18:30',
    location: null,
    onlineUrl: 'https://meet.example.org/de-linde-alumni-borrel',
    capacity: 40,
    deadlineDaysBefore: null,
  },
  {
    title: 'Rondleiding nieuwe wondpoli',
    description: 'Een kijkje op de nieuwe wondpoli met wondconsulent Petra Hendriks. Kleine groep, zodat er tijd is voor vragen.',
    day: 10,
    from: '15:00',
    to: '16:00',
    location: 'Wondpoli, Lindelaan 12, 3811 AB Amersfoort',
    onlineUrl: null,
    capacity: 3,
    deadlineDaysBefore: 1,
  },
];

/**
 * Demo ERM events data: a past barbecue with attendance, the upcoming open day, an online alumni drink and a small
 * tour with a waitlist. Guests are the demo people (seeded by demo-erm-people) who gave consent for events; employees
 * are invited on legitimate interest. Invitations and answers happen during office hours.
 */
export async function seedDemoErmEvents(tx: EntityManager, organisationId: string, now: Date): Promise<void> {
  const existing: unknown[] = await tx.query(`SELECT 1 FROM events WHERE organisation_id = $1 AND title = $2`, [organisationId, EVENTS[1]!.title]);
  if (existing.length) return;

  const [hr]: Array<{ id: string }> = await tx.query(
    `SELECT id FROM users WHERE organisation_id = $1 AND 'hr_admin' = ANY(roles) ORDER BY created_at LIMIT 1`,
    [organisationId],
  );
  const employees: Array<{ id: string }> = await tx.query(
    `SELECT id FROM people WHERE organisation_id = $1 AND phase IN ('entry', 'employment') AND email IS NOT NULL ORDER BY created_at, id LIMIT 6`,
    [organisationId],
  );
  // People in a phase who consented to event invitations (seeded by demo-erm-people).
  const withEventsConsent = async (phase: string): Promise<string[]> =>
    (
      await tx.query(
        `SELECT p.id FROM people p JOIN consents c ON c.organisation_id = p.organisation_id AND c.person_id = p.id
          WHERE p.organisation_id = $1 AND p.phase = $2 AND p.email IS NOT NULL AND c.purpose = 'events' AND c.status = 'granted'
            AND (c.expires_at IS NULL OR c.expires_at > $3)
          ORDER BY p.email LIMIT 4`,
        [organisationId, phase, now],
      )
    ).map((r: { id: string }) => r.id);
  const alumni = await withEventsConsent('exit');
  const contacts = await withEventsConsent('orientation');

  const ids: string[] = [];
  for (const event of EVENTS) ids.push(await insertEvent(tx, organisationId, event, now, hr?.id ?? null));

  // The barbecue (past): employees answered, most came; attendance recorded afterwards.
  const barbecueAnswers = ['yes', 'yes', 'yes', 'yes', 'no', 'maybe'];
  const barbecueAttendance = ['attended', 'attended', 'attended', 'no_show', null, null];
  for (const [index, personId] of employees.entries()) {
    const invitation = await invite(tx, organisationId, ids[0]!, personId.id, 'legitimate_interest', officeTime(now, 44, 10, 0), hr?.id ?? null);
    await answer(tx, organisationId, invitation, barbecueAnswers[index] ?? 'invited', officeTime(now, 40 - index, 9 + index, 20));
    const attendance = barbecueAttendance[index];
    if (attendance) {
      await tx.query(
        `UPDATE event_invitations SET attendance = $3, attendance_recorded_at = $4,
                attended_touchpoint_at = CASE WHEN $3 = 'attended' THEN $4::timestamptz END
          WHERE organisation_id = $1 AND id = $2`,
        [organisationId, invitation, attendance, officeTime(now, 29, 9, 30)],
      );
      if (attendance === 'attended') await touchpoint(tx, organisationId, personId.id, 'event_attended', ids[0]!, EVENTS[0]!.title, officeTime(now, 29, 9, 30), hr?.id ?? null);
    }
  }

  // The open day (upcoming): employees (to help out) and talent-pool contacts; some answered already.
  const openDayGuests = [...employees.slice(0, 3).map((e) => ({ id: e.id, basis: 'legitimate_interest' })), ...contacts.map((id) => ({ id, basis: 'consent' }))];
  const openDayAnswers = ['yes', 'maybe', 'invited', 'yes', 'invited', 'yes', 'maybe'];
  for (const [index, guest] of openDayGuests.entries()) {
    const invitation = await invite(tx, organisationId, ids[1]!, guest.id, guest.basis, officeTime(now, 3, 11, 0), hr?.id ?? null);
    await answer(tx, organisationId, invitation, openDayAnswers[index] ?? 'invited', officeTime(now, 2, 9 + (index % 7), 10));
  }

  // The alumni drink (online, room for 40): alumni with consent.
  const drinksAnswers = ['yes', 'yes', 'maybe', 'invited'];
  for (const [index, personId] of alumni.entries()) {
    const invitation = await invite(tx, organisationId, ids[2]!, personId, 'consent', officeTime(now, 5, 14, 0), hr?.id ?? null);
    await answer(tx, organisationId, invitation, drinksAnswers[index] ?? 'invited', officeTime(now, 4, 10 + index, 45));
  }

  // The tour of the wound clinic (3 places): contacts with consent; the fourth yes waits for a place.
  const tourAnswers = ['yes', 'yes', 'yes', 'waitlisted'];
  for (const [index, personId] of contacts.entries()) {
    const invitation = await invite(tx, organisationId, ids[3]!, personId, 'consent', officeTime(now, 6, 10, 30), hr?.id ?? null);
    await answer(tx, organisationId, invitation, tourAnswers[index] ?? 'invited', officeTime(now, 5, 11 + index, 5));
  }
}

async function insertEvent(tx: EntityManager, organisationId: string, event: DemoEvent, now: Date, hrUserId: string | null): Promise<string> {
  // Local wall-clock times in Amsterdam, turned into instants by PostgreSQL (summer time included).
  const [row]: Array<{ id: string }> = await tx.query(
    `WITH d AS (SELECT (($2::timestamptz AT TIME ZONE '${ZONE}')::date + $3::int) AS day)
     INSERT INTO events (organisation_id, title, description, starts_at, ends_at, time_zone, location, online_url, capacity, rsvp_deadline, created_by_user_id)
     SELECT $1, $4, $5, (d.day + $6::time) AT TIME ZONE '${ZONE}', (d.day + $7::time) AT TIME ZONE '${ZONE}', '${ZONE}', $8, $9, $10,
            CASE WHEN $11::int IS NULL THEN NULL ELSE (d.day - $11::int + time '17:00') AT TIME ZONE '${ZONE}' END, $12
       FROM d RETURNING id`,
    [organisationId, now, event.day, event.title, event.description, event.from, event.to, event.location, event.onlineUrl, event.capacity, event.deadlineDaysBefore, hrUserId],
  );
  return row!.id;
}

async function invite(tx: EntityManager, organisationId: string, eventId: string, personId: string, basis: string, at: Date, hrUserId: string | null): Promise<string> {
  const [row]: Array<{ id: string }> = await tx.query(
    `INSERT INTO event_invitations (organisation_id, event_id, person_id, legal_basis, invited_at, invited_by_user_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [organisationId, eventId, personId, basis, at, hrUserId],
  );
  const [{ title }] = await tx.query(`SELECT title FROM events WHERE id = $1`, [eventId]);
  await touchpoint(tx, organisationId, personId, 'event_invited', eventId, title, at, hrUserId);
  return row!.id;
}

async function answer(tx: EntityManager, organisationId: string, invitationId: string, status: string, at: Date): Promise<void> {
  if (status === 'invited') return;
  await tx.query(
    `UPDATE event_invitations SET status = $3, responded_at = $4,
            waitlist_order = CASE WHEN $3 = 'waitlisted' THEN nextval('event_invitations_waitlist_seq') END
      WHERE organisation_id = $1 AND id = $2`,
    [organisationId, invitationId, status, at],
  );
}

async function touchpoint(
  tx: EntityManager,
  organisationId: string,
  personId: string,
  kind: 'event_invited' | 'event_attended',
  eventId: string,
  title: string,
  at: Date,
  actorUserId: string | null,
): Promise<void> {
  await tx.query(
    `INSERT INTO touchpoints (organisation_id, person_id, kind, channel, phase, occurred_at, actor_user_id, subject_type, subject_id, data)
     SELECT organisation_id, id, $3, 'event', phase, $4, $5, 'event', $6, jsonb_build_object('title', $7::text) FROM people WHERE organisation_id = $1 AND id = $2`,
    [organisationId, personId, kind, at, actorUserId, eventId, title],
  );
}
