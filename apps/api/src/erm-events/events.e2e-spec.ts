import ICAL from 'ical.js';
import { MailSender } from '@kring/server-mail';
import { FakeClock, SmtpSink } from '@kring/server-testing';
import { createEventGuest, createTagSegment, mailsOfKind, rsvpTokenFor } from '../testing/erm-events-fixtures';
import { createOrganisation, createUser, Fixture } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { bootTestApp, TestApp } from '../testing/test-app';

const START = '2030-11-02T09:00:00Z';

describe('ERM events (e2e)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let clock: FakeClock;
  let org: string;
  let hr: Fixture;
  let employee: Fixture;
  let otherHr: Fixture;
  let n = 0;

  const sessions = new Map<string, HttpClient>();
  const signIn = async (user: Fixture) => {
    const cached = sessions.get(user.userId);
    if (cached && (await cached.get('/api/auth/session')).status === 200) return cached;
    const http = new HttpClient(t.app, `10.7.0.${++n % 250}`);
    expect((await http.post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(200);
    sessions.set(user.userId, http);
    return http;
  };
  /** A public visitor (no session) with its own address, so rate limits do not interfere. */
  const visitor = () => new HttpClient(t.app, `10.8.${Math.floor(++n / 250)}.${n % 250}`);
  const eventBody = (overrides: Record<string, unknown> = {}) => ({
    title: 'Open dag',
    description: 'Rondleiding, koffie; taart, en meer\nTweede regel',
    start: '2030-12-12T19:00',
    end: '2030-12-12T21:00',
    timeZone: 'Europe/Amsterdam',
    location: 'Lindelaan 12, Amersfoort',
    ...overrides,
  });
  const createEvent = async (overrides: Record<string, unknown> = {}) => {
    const res = await (await signIn(hr)).post('/api/events', eventBody(overrides));
    expect(res.status).toBe(201);
    return res.body as { id: string; startsAt: string; endsAt: string };
  };
  /** Invites fresh consenting contacts and returns each one's email and RSVP token. */
  const inviteGuests = async (eventId: string, count: number, options: { locale?: 'nl' | 'en' } = {}) => {
    const guests = [];
    for (let i = 0; i < count; i++) guests.push(await createEventGuest(t.dataSource, org, { eventsConsent: 'granted', now: clock.now(), ...options }));
    const res = await (await signIn(hr)).post(`/api/events/${eventId}/invitations`, { personIds: guests.map((g) => g.id) });
    expect(res.status).toBe(200);
    expect(res.body.invited).toBe(count);
    return Promise.all(guests.map(async (g) => ({ ...g, email: g.email!, token: await rsvpTokenFor(t.dataSource, g.email!) })));
  };
  /** The read-only calendar token of the newest invitation mail to this address. */
  const icsTokenFor = async (to: string) => {
    const [row] = await t.dataSource.query(`SELECT text_body FROM mail_messages WHERE to_address = $1 AND kind = 'erm_event_invitation' ORDER BY created_at DESC LIMIT 1`, [to]);
    const match = (row?.text_body as string | undefined)?.match(/\/api\/events\/rsvp\/ics\?token=([A-Za-z0-9_-]{20,})/);
    if (!match) throw new Error(`no calendar link in the invitation to ${to}`);
    return match[1]!;
  };
  const answer = (token: string, answer: 'yes' | 'no' | 'maybe') => visitor().post('/api/events/rsvp', { token, answer });
  const deliver = async () => {
    const queued: Array<{ id: string }> = await t.dataSource.query(`SELECT id FROM mail_messages WHERE status = 'queued' ORDER BY created_at`);
    for (const { id } of queued) await t.app.get(MailSender).send(id);
    return sink.messages;
  };

  beforeAll(async () => {
    sink = await SmtpSink.start();
    clock = new FakeClock(START);
    t = await bootTestApp({ clock, env: { SMTP_URL: sink.url } });
    org = await createOrganisation(t.dataSource, 'Zorggroep De Linde');
    hr = await createUser(t.dataSource, org, ['hr_admin']);
    employee = await createUser(t.dataSource, org, ['employee']);
    otherHr = await createUser(t.dataSource, await createOrganisation(t.dataSource, 'Ander BV'), ['hr_admin']);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });
  beforeEach(() => clock.set(START));

  describe('access', () => {
    it('is for HR of the same organisation only: 401, 403, 404 across organisations', async () => {
      const event = await createEvent();
      expect((await new HttpClient(t.app, '10.9.0.1').get('/api/events')).status).toBe(401);
      const asEmployee = await signIn(employee);
      expect((await asEmployee.get('/api/events')).status).toBe(403);
      expect((await asEmployee.post('/api/events', eventBody())).status).toBe(403);

      const other = await signIn(otherHr);
      expect((await other.get(`/api/events/${event.id}`)).status).toBe(404);
      expect((await other.patch(`/api/events/${event.id}`, { capacity: 5 })).status).toBe(404);
      expect((await other.post(`/api/events/${event.id}/cancel`)).status).toBe(404);
      expect((await other.get(`/api/events/${event.id}/invitations`)).status).toBe(404);
      expect((await other.post(`/api/events/${event.id}/invitations`, { personIds: [otherHr.personId] })).status).toBe(404);
      expect((await other.get('/api/events')).body.items.map((e: { id: string }) => e.id)).not.toContain(event.id);
      expect((await (await signIn(hr)).get('/api/events/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    });

    it('does not invite people of another organisation, even by id', async () => {
      const event = await createEvent();
      const stranger = await createEventGuest(t.dataSource, otherHr.organisationId, { eventsConsent: 'granted', now: clock.now() });
      const res = await (await signIn(hr)).post(`/api/events/${event.id}/invitations`, { personIds: [stranger.id] });
      expect(res.body).toEqual({ invited: 0, alreadyInvited: 0, skipped: { noEmail: [], noConsent: [], notFound: [stranger.id] } });
      expect(await mailsOfKind(t.dataSource, stranger.email!, 'erm_event_invitation')).toBe(0);
    });
  });

  describe('planning', () => {
    it('stores local times in the planned zone as instants and lists upcoming and past events with counts', async () => {
      let http = await signIn(hr);
      const res = await http.post('/api/events', eventBody({ capacity: 30, rsvpDeadline: '2030-12-10T17:00' }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        startsAt: '2030-12-12T18:00:00.000Z',
        endsAt: '2030-12-12T20:00:00.000Z',
        start: '2030-12-12T19:00',
        end: '2030-12-12T21:00',
        timeZone: 'Europe/Amsterdam',
        rsvpDeadlineAt: '2030-12-10T16:00:00.000Z',
        capacity: 30,
        seatsLeft: 30,
        status: 'scheduled',
        counts: { invited: 0, yes: 0, no: 0, maybe: 0, waitlisted: 0 },
      });
      const ny = await http.post('/api/events', eventBody({ timeZone: 'America/New_York', start: '2031-07-01T19:00', end: '2031-07-01T20:00', location: null, onlineUrl: 'https://meet.example.org/x' }));
      expect(ny.body.startsAt).toBe('2031-07-01T23:00:00.000Z'); // summer time in New York

      const upcoming = await http.get('/api/events?when=upcoming&limit=100');
      expect(upcoming.body.items.map((e: { id: string }) => e.id)).toContain(res.body.id);
      clock.set('2030-12-13T00:00:00Z');
      http = await signIn(hr); // the session idled out while the clock moved on
      const past = await http.get('/api/events?when=past&limit=100');
      expect(past.body.items.map((e: { id: string }) => e.id)).toContain(res.body.id);
      expect(past.body.items.map((e: { id: string }) => e.id)).not.toContain(ny.body.id);
      const later = (await http.get('/api/events?when=upcoming&limit=100')).body.items.map((e: { id: string }) => e.id);
      expect(later).not.toContain(res.body.id);
      expect(later).toContain(ny.body.id);
    });

    it('refuses bad times, zones, links and places with field errors', async () => {
      const http = await signIn(hr);
      const fieldsOf = async (body: Record<string, unknown>) => {
        const res = await http.post('/api/events', eventBody(body));
        expect(res.status).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        return res.body.errors.map((e: { field: string }) => e.field);
      };
      expect(await fieldsOf({ end: '2030-12-12T18:00' })).toEqual(['end']);
      expect(await fieldsOf({ timeZone: 'Europe/Atlantis' })).toEqual(['timeZone']);
      expect(await fieldsOf({ start: '2030-03-31T02:30', end: '2030-03-31T05:00' })).toEqual(['start']);
      expect(await fieldsOf({ onlineUrl: 'http://meet.example.org/x' })).toEqual(['onlineUrl']);
      expect(await fieldsOf({ location: null })).toEqual(['location']);
      expect(await fieldsOf({ rsvpDeadline: '2030-12-13T10:00' })).toEqual(['rsvpDeadline']);
      expect(await fieldsOf({ capacity: 0 })).toEqual(['capacity']);
      // The start lies between a day ago and five years ahead (now is 2 November 2030, 10:00 in Amsterdam).
      expect(await fieldsOf({ start: '2030-10-31T19:00', end: '2030-10-31T21:00' })).toEqual(['start']);
      expect(await fieldsOf({ start: '2035-12-12T19:00', end: '2035-12-12T21:00' })).toEqual(['start']);
      expect(await fieldsOf({ start: '9999-12-31T10:00', end: '9999-12-31T12:00' })).toEqual(['start']);
      const late = await http.post('/api/events', eventBody({ start: '9999-12-31T10:00', end: '9999-12-31T12:00' }));
      expect(late.body.errors[0].message).toBe('must be between 2030-11-01T10:00 and 2035-11-02T10:00 (Europe/Amsterdam)');
      expect((await http.post('/api/events', eventBody({ start: '2030-11-01T12:00', end: '2030-11-01T14:00' }))).status).toBe(201);
      const event = await createEvent();
      expect((await http.patch(`/api/events/${event.id}`, { start: '2036-01-01T10:00', end: '2036-01-01T12:00' })).body.errors).toEqual([
        { field: 'start', message: 'must be between 2030-11-01T10:00 and 2035-11-02T10:00 (Europe/Amsterdam)' },
      ]);
    });

    it('stores the canonical name of a time zone typed in another case', async () => {
      const http = await signIn(hr);
      const res = await http.post('/api/events', eventBody({ timeZone: 'europe/amsterdam' }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ timeZone: 'Europe/Amsterdam', startsAt: '2030-12-12T18:00:00.000Z' });
      const changed = await http.patch(`/api/events/${res.body.id}`, { timeZone: 'AMERICA/NEW_YORK' });
      expect(changed.body.timeZone).toBe('America/New_York');
    });
  });

  describe('inviting', () => {
    it('invites a segment and people once: employees on legitimate interest, others only with consent; reports who was skipped', async () => {
      const event = await createEvent();
      const now = clock.now();
      const colleague = await createEventGuest(t.dataSource, org, { phase: 'employment', tags: ['open-dag'], firstName: 'Eva' });
      const contact = await createEventGuest(t.dataSource, org, { tags: ['open-dag'], eventsConsent: 'granted', now, locale: 'en', firstName: 'John' });
      const expired = await createEventGuest(t.dataSource, org, { tags: ['open-dag'], eventsConsent: 'expired', now });
      const withdrawn = await createEventGuest(t.dataSource, org, { tags: ['open-dag'], eventsConsent: 'withdrawn', now });
      const never = await createEventGuest(t.dataSource, org, { tags: ['open-dag'] });
      const noEmail = await createEventGuest(t.dataSource, org, { tags: ['open-dag'], phase: 'employment', email: null });
      const alumnus = await createEventGuest(t.dataSource, org, { phase: 'exit', eventsConsent: 'granted', now });
      const segmentId = await createTagSegment(t.dataSource, org, ['open-dag']);

      const http = await signIn(hr);
      const res = await http.post(`/api/events/${event.id}/invitations`, { segmentId, personIds: [alumnus.id] });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        invited: 3,
        alreadyInvited: 0,
        skipped: { noEmail: [noEmail.id], noConsent: [expired.id, withdrawn.id, never.id].sort(), notFound: [] },
      });

      const invitations = (await http.get(`/api/events/${event.id}/invitations`)).body;
      expect(invitations.map((i: { personId: string; legalBasis: string; status: string }) => [i.personId, i.legalBasis, i.status]).sort()).toEqual(
        [
          [colleague.id, 'legitimate_interest', 'invited'],
          [contact.id, 'consent', 'invited'],
          [alumnus.id, 'consent', 'invited'],
        ].sort(),
      );
      const touchpoints = await t.dataSource.query(
        `SELECT person_id, channel FROM touchpoints WHERE organisation_id = $1 AND kind = 'event_invited' AND subject_id = $2`,
        [org, event.id],
      );
      expect(touchpoints.map((r: { person_id: string }) => r.person_id).sort()).toEqual([colleague.id, contact.id, alumnus.id].sort());
      expect(touchpoints.every((r: { channel: string }) => r.channel === 'event')).toBe(true);

      // Inviting again changes nothing and mails nobody.
      const again = await http.post(`/api/events/${event.id}/invitations`, { segmentId, personIds: [alumnus.id] });
      expect(again.body).toMatchObject({ invited: 0, alreadyInvited: 3 });
      expect(await mailsOfKind(t.dataSource, contact.email!, 'erm_event_invitation')).toBe(1);
      expect((await http.get(`/api/events/${event.id}`)).body.counts.invited).toBe(3);

      // The mails go out in each person's language, with the event's wall-clock time and zone, over real SMTP.
      const messages = await deliver();
      const english = messages.find((m) => m.envelopeTo.includes(contact.email!))!;
      expect(english.subject).toBe('Invitation: Open dag');
      expect(english.text).toMatch(/When: Thursday,? 12 December 2030, 19:00–21:00 \(time zone Europe\/Amsterdam, CET\)/);
      for (const choice of ['yes', 'no', 'maybe']) expect(english.text).toMatch(new RegExp(`/events/rsvp\\?token=[\\w-]+&answer=${choice}`));
      expect(english.text).toMatch(/\/api\/events\/rsvp\/ics\?token=[\w-]+/);
      const dutch = messages.find((m) => m.envelopeTo.includes(colleague.email!))!;
      expect(dutch.subject).toBe('Uitnodiging: Open dag');
      expect(dutch.text).toContain('Wanneer: donderdag 12 december 2030, 19:00–21:00 (tijdzone Europe/Amsterdam, CET)');
    });

    it('refuses an empty invitation and an unknown segment', async () => {
      const event = await createEvent();
      const http = await signIn(hr);
      expect((await http.post(`/api/events/${event.id}/invitations`, {})).status).toBe(400);
      const unknown = await http.post(`/api/events/${event.id}/invitations`, { segmentId: '00000000-0000-4000-8000-000000000000' });
      expect(unknown.status).toBe(404);
    });
  });

  describe('RSVP', () => {
    it('answers by token, fills seats, keeps a waitlist in order and promotes when a seat frees or capacity grows', async () => {
      const event = await createEvent({ capacity: 2 });
      const [a, b, c, d] = await inviteGuests(event.id, 4);

      const page = await visitor().post('/api/events/rsvp/lookup', { token: a!.token });
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ organisationName: 'Zorggroep De Linde', status: 'invited', open: true, event: { title: 'Open dag', timeZone: 'Europe/Amsterdam' } });

      expect((await answer(a!.token, 'yes')).body).toMatchObject({ status: 'yes', waitlistPosition: null });
      expect((await answer(b!.token, 'yes')).body.status).toBe('yes');
      expect((await answer(c!.token, 'yes')).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
      expect((await answer(d!.token, 'yes')).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
      expect((await answer(d!.token, 'yes')).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 }); // no queue jumping
      expect(await mailsOfKind(t.dataSource, c!.email, 'erm_event_rsvp')).toBe(1);

      // A seat frees: the first waitlisted gets it and is mailed; the next moves up.
      expect((await answer(a!.token, 'no')).body.status).toBe('no');
      expect((await visitor().post('/api/events/rsvp/lookup', { token: c!.token })).body.status).toBe('yes');
      expect(await mailsOfKind(t.dataSource, c!.email, 'erm_event_promoted')).toBe(1);
      expect((await visitor().post('/api/events/rsvp/lookup', { token: d!.token })).body.waitlistPosition).toBe(1);

      // HR cannot shrink below the seats taken; growing gives the waitlist its seats.
      const http = await signIn(hr);
      const shrink = await http.patch(`/api/events/${event.id}`, { capacity: 1 });
      expect(shrink.status).toBe(409);
      expect(shrink.body.code).toBe('event_capacity_below_confirmed');
      const grown = await http.patch(`/api/events/${event.id}`, { capacity: 5 });
      expect(grown.status).toBe(200);
      expect(grown.body.counts).toEqual({ invited: 0, yes: 3, no: 1, maybe: 0, waitlisted: 0 });
      expect(grown.body.seatsLeft).toBe(2);
      expect(await mailsOfKind(t.dataSource, d!.email, 'erm_event_promoted')).toBe(1);

      // Changing one's mind: yes → maybe frees the seat; maybe → yes takes one again.
      expect((await answer(b!.token, 'maybe')).body.status).toBe('maybe');
      expect((await answer(b!.token, 'yes')).body.status).toBe('yes');
    });

    it('gives the last seats to exactly as many people as fit when they answer at the same moment', async () => {
      const event = await createEvent({ capacity: 3 });
      const guests = await inviteGuests(event.id, 8);
      const results = await Promise.all(guests.map((g) => answer(g.token, 'yes')));
      expect(results.map((r) => r.status)).toEqual(guests.map(() => 200));
      const statuses = results.map((r) => r.body.status as string);
      expect(statuses.filter((s) => s === 'yes')).toHaveLength(3);
      expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(5);
      const positions = results.filter((r) => r.body.status === 'waitlisted').map((r) => r.body.waitlistPosition as number);
      expect(positions.sort()).toEqual([1, 2, 3, 4, 5]);
      const [row] = await t.dataSource.query(`SELECT count(*)::int AS yes FROM event_invitations WHERE event_id = $1 AND status = 'yes'`, [event.id]);
      expect(row.yes).toBe(3);
    });

    it('closes at the deadline (or the start) and refuses unknown tokens', async () => {
      const event = await createEvent({ rsvpDeadline: '2030-12-10T17:00' });
      const [guest] = await inviteGuests(event.id, 1);
      clock.set('2030-12-10T15:59:00Z');
      expect((await answer(guest!.token, 'maybe')).status).toBe(200);
      clock.set('2030-12-10T16:00:00Z');
      const late = await answer(guest!.token, 'yes');
      expect(late.status).toBe(410);
      expect(late.body.code).toBe('event_rsvp_closed');
      const page = await visitor().post('/api/events/rsvp/lookup', { token: guest!.token });
      expect(page.body).toMatchObject({ status: 'maybe', open: false, closesAt: '2030-12-10T16:00:00.000Z' });

      const unknown = await visitor().post('/api/events/rsvp', { token: 'x'.repeat(43), answer: 'yes' });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('event_rsvp_token_invalid');
      clock.set('2030-12-12T20:00:00Z'); // the token lapses when the event ends
      expect((await visitor().post('/api/events/rsvp/lookup', { token: guest!.token })).status).toBe(404);
    });

    it('serves a valid .ics per token with a UID stable per event', async () => {
      const event = await createEvent({ title: 'Open dag, met taart; en koffie \\ thee', onlineUrl: 'https://meet.example.org/open-dag' });
      const [a, b] = await inviteGuests(event.id, 2);
      const res = await visitor().get(`/api/events/rsvp/ics?token=${a!.token}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="open-dag-met-taart-en-koffie-thee.ics"');
      expect(res.body).toContain('\r\nSUMMARY:Open dag\\, met taart\\; en koffie \\\\ thee\r\n');

      const vevent = new ICAL.Component(ICAL.parse(res.body)).getFirstSubcomponent('vevent')!;
      const parsed = new ICAL.Event(vevent);
      expect(parsed.uid).toBe(`event-${event.id}@kring`);
      expect(parsed.summary).toBe('Open dag, met taart; en koffie \\ thee');
      expect(parsed.description).toContain('Rondleiding, koffie; taart, en meer\nTweede regel');
      expect(parsed.location).toBe('Lindelaan 12, Amersfoort');
      expect(parsed.startDate.toJSDate().toISOString()).toBe(event.startsAt);
      expect(parsed.endDate.toJSDate().toISOString()).toBe(event.endsAt);

      const other = await visitor().get(`/api/events/rsvp/ics?token=${b!.token}`);
      expect(new ICAL.Event(new ICAL.Component(ICAL.parse(other.body)).getFirstSubcomponent('vevent')!).uid).toBe(parsed.uid);
      expect((await visitor().get(`/api/events/rsvp/ics?token=${'y'.repeat(43)}`)).status).toBe(404);
    });

    it('mails a separate read-only calendar token that fetches the .ics but cannot answer or read the RSVP page', async () => {
      const event = await createEvent();
      const [guest] = await inviteGuests(event.id, 1);
      const icsToken = await icsTokenFor(guest!.email);
      expect(icsToken).not.toBe(guest!.token);
      const file = await visitor().get(`/api/events/rsvp/ics?token=${icsToken}`);
      expect(file.status).toBe(200);
      expect(file.body).toContain(`UID:event-${event.id}@kring`);
      const answered = await answer(icsToken, 'yes');
      expect(answered.status).toBe(404);
      expect(answered.body.code).toBe('event_rsvp_token_invalid');
      expect((await visitor().post('/api/events/rsvp/lookup', { token: icsToken })).status).toBe(404);
      expect((await t.dataSource.query(`SELECT status FROM event_invitations WHERE person_id = $1`, [guest!.id]))[0].status).toBe('invited');
      // The RSVP page holds the RSVP token and links to the file with it.
      expect((await visitor().get(`/api/events/rsvp/ics?token=${guest!.token}`)).status).toBe(200);
    });
  });

  describe('changing', () => {
    it('tells everyone still invited once when the time or place changes, and reminds "yes" people again', async () => {
      const event = await createEvent();
      const [guest, declined, silent] = await inviteGuests(event.id, 3);
      await answer(guest!.token, 'yes');
      await answer(declined!.token, 'no');
      await t.dataSource.query(`UPDATE event_invitations SET reminded_at = now() WHERE event_id = $1`, [event.id]);
      const http = await signIn(hr);
      expect((await http.patch(`/api/events/${event.id}`, { title: 'Open dag (nieuw)' })).status).toBe(200);
      expect((await t.dataSource.query(`SELECT reminded_at FROM event_invitations WHERE person_id = $1`, [guest!.id]))[0].reminded_at).not.toBeNull();
      expect(await mailsOfKind(t.dataSource, guest!.email, 'erm_event_changed')).toBe(0);
      const moved = await http.patch(`/api/events/${event.id}`, { start: '2030-12-13T19:00', end: '2030-12-13T21:00' });
      expect(moved.body).toMatchObject({ startsAt: '2030-12-13T18:00:00.000Z', title: 'Open dag (nieuw)', start: '2030-12-13T19:00' });
      expect((await t.dataSource.query(`SELECT reminded_at FROM event_invitations WHERE person_id = $1`, [guest!.id]))[0].reminded_at).toBeNull();
      expect(await mailsOfKind(t.dataSource, guest!.email, 'erm_event_changed')).toBe(1);
      expect(await mailsOfKind(t.dataSource, silent!.email, 'erm_event_changed')).toBe(1);
      expect(await mailsOfKind(t.dataSource, declined!.email, 'erm_event_changed')).toBe(0);
      const [mail] = await t.dataSource.query(`SELECT text_body FROM mail_messages WHERE to_address = $1 AND kind = 'erm_event_changed'`, [guest!.email]);
      expect(mail.text_body).toContain('vrijdag 13 december 2030, 19:00–21:00 (tijdzone Europe/Amsterdam, CET)');
    });
  });

  describe('moving later', () => {
    it('keeps the links that were already mailed working until the new end', async () => {
      const event = await createEvent(); // ends 12 December, 20:00 UTC
      const [guest] = await inviteGuests(event.id, 1);
      const icsToken = await icsTokenFor(guest!.email);
      const moved = await (await signIn(hr)).patch(`/api/events/${event.id}`, { start: '2030-12-19T19:00', end: '2030-12-19T21:00' });
      expect(moved.body.endsAt).toBe('2030-12-19T20:00:00.000Z');
      const expiries = await t.dataSource.query(`SELECT DISTINCT expires_at FROM person_tokens WHERE person_id = $1`, [guest!.id]);
      expect(expiries).toEqual([{ expires_at: new Date('2030-12-19T20:00:00Z') }]);

      clock.set('2030-12-14T10:00:00Z'); // after the old end, before the new start
      const res = await answer(guest!.token, 'yes');
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('yes');
      expect((await visitor().get(`/api/events/rsvp/ics?token=${icsToken}`)).status).toBe(200);
      clock.set('2030-12-19T20:00:00Z'); // the new end: the links lapse
      expect((await visitor().post('/api/events/rsvp/lookup', { token: guest!.token })).status).toBe(404);
    });
  });

  describe('cancelling', () => {
    it('mails yes, maybe and waitlisted once, and closes answers', async () => {
      const event = await createEvent({ capacity: 1 });
      const [yes, maybe, waiting, no, silent] = await inviteGuests(event.id, 5);
      await answer(yes!.token, 'yes');
      await answer(maybe!.token, 'maybe');
      await answer(waiting!.token, 'yes');
      await answer(no!.token, 'no');
      const http = await signIn(hr);
      const res = await http.post(`/api/events/${event.id}/cancel`);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('cancelled');
      for (const guest of [yes, maybe, waiting]) expect(await mailsOfKind(t.dataSource, guest!.email, 'erm_event_cancelled')).toBe(1);
      for (const guest of [no, silent]) expect(await mailsOfKind(t.dataSource, guest!.email, 'erm_event_cancelled')).toBe(0);

      const again = await http.post(`/api/events/${event.id}/cancel`);
      expect(again.status).toBe(410);
      expect(again.body.code).toBe('event_cancelled');
      expect(await mailsOfKind(t.dataSource, yes!.email, 'erm_event_cancelled')).toBe(1);
      expect((await answer(silent!.token, 'yes')).body.code).toBe('event_cancelled');
      // The calendar file stays a plain PUBLISH (a CANCEL would need ORGANIZER and ATTENDEE): the event, cancelled.
      const file = await visitor().get(`/api/events/rsvp/ics?token=${await icsTokenFor(yes!.email)}`);
      expect(file.status).toBe(200);
      expect(file.body).toContain('\r\nMETHOD:PUBLISH\r\n');
      expect(file.body).toContain('\r\nSTATUS:CANCELLED\r\n');
      expect(file.body).not.toContain('METHOD:CANCEL');
      expect((await http.post(`/api/events/${event.id}/invitations`, { personIds: [hr.personId] })).status).toBe(410);
    });
  });

  describe('attendance', () => {
    it('is recorded in bulk from the start on, with one event_attended touchpoint per person ever', async () => {
      const event = await createEvent();
      const [a, b] = await inviteGuests(event.id, 2);
      await answer(a!.token, 'yes');
      await answer(b!.token, 'yes');
      let http = await signIn(hr);
      const invitations: Array<{ id: string; personId: string }> = (await http.get(`/api/events/${event.id}/invitations`)).body;
      const idOf = (personId: string) => invitations.find((i) => i.personId === personId)!.id;
      const entries = [
        { invitationId: idOf(a!.id), attendance: 'attended' },
        { invitationId: idOf(b!.id), attendance: 'no_show' },
      ];
      const early = await http.post(`/api/events/${event.id}/attendance`, { entries });
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('event_attendance_too_early');

      clock.set('2030-12-12T21:00:00Z');
      http = await signIn(hr);
      const late = await http.patch(`/api/events/${event.id}`, { capacity: 10 });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('event_started');
      expect((await http.post(`/api/events/${event.id}/attendance`, { entries })).body).toEqual({ recorded: 2, touchpoints: 1 });
      expect((await http.post(`/api/events/${event.id}/attendance`, { entries })).body).toEqual({ recorded: 2, touchpoints: 0 });
      // Corrected to no-show and back: still one touchpoint.
      await http.post(`/api/events/${event.id}/attendance`, { entries: [{ invitationId: idOf(a!.id), attendance: 'no_show' }] });
      await http.post(`/api/events/${event.id}/attendance`, { entries: [{ invitationId: idOf(a!.id), attendance: 'attended' }] });
      const touchpoints = await t.dataSource.query(`SELECT person_id FROM touchpoints WHERE kind = 'event_attended' AND subject_id = $1`, [event.id]);
      expect(touchpoints).toEqual([{ person_id: a!.id }]);
      const list = (await http.get(`/api/events/${event.id}/invitations`)).body;
      expect(list.map((i: { personId: string; attendance: string }) => [i.personId, i.attendance]).sort()).toEqual([[a!.id, 'attended'], [b!.id, 'no_show']].sort());

      const unknown = await http.post(`/api/events/${event.id}/attendance`, { entries: [{ invitationId: '00000000-0000-4000-8000-000000000000', attendance: 'attended' }] });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual([{ field: 'entries.0.invitationId', message: 'is not an invitation to this event' }]);
      expect((await (await signIn(otherHr)).post(`/api/events/${event.id}/attendance`, { entries })).status).toBe(404);
    });
  });
});
