import { DataSource } from 'typeorm';
import type { Phase } from '@kring/shared-domain';

let counter = 0;

/** A person straight into the database, optionally with a consent for events (granted, or expired by date). */
export async function createEventGuest(
  dataSource: DataSource,
  organisationId: string,
  options: {
    phase?: Phase;
    email?: string | null;
    locale?: 'nl' | 'en';
    firstName?: string;
    tags?: string[];
    eventsConsent?: 'granted' | 'expired' | 'withdrawn' | null;
    now?: Date;
  } = {},
): Promise<{ id: string; email: string | null }> {
  const email = options.email === undefined ? `guest-${Date.now().toString(36)}-${++counter}@example.test` : options.email;
  const [person] = await dataSource.query(
    `INSERT INTO people (organisation_id, first_name, last_name, email, locale, phase, tags) VALUES ($1, $2, 'Gast', $3, $4, $5, $6) RETURNING id`,
    [organisationId, options.firstName ?? 'Kim', email, options.locale ?? 'nl', options.phase ?? 'orientation', options.tags ?? []],
  );
  const now = options.now ?? new Date();
  if (options.eventsConsent) {
    const expires = options.eventsConsent === 'expired' ? new Date(now.getTime() - 86_400_000) : new Date(now.getTime() + 365 * 86_400_000);
    await dataSource.query(
      `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at, expires_at, withdrawn_at)
       VALUES ($1, $2, 'events', $3, 'test', $4, $5, $6)`,
      [
        organisationId,
        person.id,
        options.eventsConsent === 'withdrawn' ? 'withdrawn' : 'granted',
        new Date(now.getTime() - 30 * 86_400_000),
        expires,
        options.eventsConsent === 'withdrawn' ? now : null,
      ],
    );
  }
  return { id: person.id, email };
}

/** A saved segment of people with any of these tags (the people area's filter format). */
export async function createTagSegment(dataSource: DataSource, organisationId: string, tags: string[]): Promise<string> {
  const [row] = await dataSource.query(`INSERT INTO segments (organisation_id, name, filter) VALUES ($1, $2, $3) RETURNING id`, [
    organisationId,
    `Segment ${++counter}`,
    JSON.stringify({ tags }),
  ]);
  return row.id;
}

/** The RSVP token in the newest mail of this kind to an address (bodies exist until the mail is sent). */
export async function rsvpTokenFor(dataSource: DataSource, to: string, kind = 'erm_event_invitation'): Promise<string> {
  const [row] = await dataSource.query(
    `SELECT text_body FROM mail_messages WHERE to_address = $1 AND kind = $2 ORDER BY created_at DESC LIMIT 1`,
    [to, kind],
  );
  const match = row?.text_body?.match(/\/events\/rsvp\?token=([A-Za-z0-9_-]{20,})/);
  if (!match) throw new Error(`no ${kind} mail with an RSVP token for ${to}`);
  return match[1];
}

/** How many mails of this kind were queued for an address. */
export async function mailsOfKind(dataSource: DataSource, to: string, kind: string): Promise<number> {
  const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM mail_messages WHERE to_address = $1 AND kind = $2`, [to, kind]);
  return row.n;
}
