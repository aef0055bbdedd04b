import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@kring/server-testing';

/**
 * The triggers of migration 1764920000000 keep hires and offers in step with referrals, people and offboardings.
 * Plain SQL on purpose: every write path (pipeline, seed, bulk) ends in these statements.
 */
describe('insights sync triggers', () => {
  let db: TestDatabase;
  let pg: Client;
  let org: string;
  let programme: string;
  let vacancy: string;
  let referrer: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    org = (await pg.query(`INSERT INTO organisations (name, slug) VALUES ('Zorggroep De Linde', 'linde-sync') RETURNING id`)).rows[0].id;
    const person = (await pg.query(`INSERT INTO people (organisation_id, first_name, email, phase) VALUES ($1, 'Eva', 'eva@example.test', 'employment') RETURNING id`, [org])).rows[0].id;
    referrer = (await pg.query(`INSERT INTO users (organisation_id, person_id, email, roles, status) VALUES ($1, $2, 'eva@example.test', '{employee}', 'active') RETURNING id`, [org, person])).rows[0].id;
    programme = (await pg.query(`INSERT INTO programmes (organisation_id, name, kind, audiences) VALUES ($1, 'Medewerkers', 'internal', '{employee_permanent}') RETURNING id`, [org])).rows[0].id;
    vacancy = (await pg.query(`INSERT INTO vacancies (organisation_id, title, department, status) VALUES ($1, 'Verpleegkundige', 'Zorg', 'open') RETURNING id`, [org])).rows[0].id;
  });
  afterAll(async () => {
    await pg.end();
    await db.drop();
  });

  async function candidate(name: string): Promise<string> {
    return (await pg.query(`INSERT INTO people (organisation_id, first_name, email, phase) VALUES ($1, $2, $3, 'orientation') RETURNING id`, [org, name, `${name}@example.test`])).rows[0].id;
  }

  /** A consented referral submitted at `createdAt` (UTC instant). */
  async function referral(personId: string, createdAt: string): Promise<string> {
    return (
      await pg.query(
        `INSERT INTO referrals (organisation_id, programme_id, vacancy_id, referrer_user_id, candidate_person_id, candidate_email, consent_state, consent_due_at, created_at, stage_changed_at)
         VALUES ($1, $2, $3, $4, $5, 'c@example.test', 'consented', $6::timestamptz + interval '14 days', $6, $6) RETURNING id`,
        [org, programme, vacancy, referrer, personId, createdAt],
      )
    ).rows[0].id;
  }

  const move = (id: string, stage: string, at: string, extra = '') =>
    pg.query(`UPDATE referrals SET stage = $2, stage_changed_at = $3 ${extra} WHERE id = $1`, [id, stage, at]);
  const hireOf = async (id: string) =>
    (await pg.query(`SELECT channel, source, programme_id, person_id, vacancy_id, department, job_title, applied_on::text, hired_on::text, start_date::text, left_on::text FROM hires WHERE referral_id = $1`, [id])).rows;
  const offerOf = async (id: string) => (await pg.query(`SELECT channel, made_on::text, outcome, decided_on::text, hire_id FROM offers WHERE referral_id = $1`, [id])).rows;

  it('hired referral: one hire with Amsterdam days, offer accepted, start date followed, offboarding sets left_on', async () => {
    const person = await candidate('anna');
    // Submitted 23:30 UTC on 31 Jan = 1 Feb in Amsterdam.
    const id = await referral(person, '2026-01-31T23:30:00Z');
    await move(id, 'interview', '2026-02-10T09:00:00Z');
    expect(await offerOf(id)).toEqual([]);
    // Offer on 23:15 UTC 19 Feb = 20 Feb in Amsterdam.
    await move(id, 'offer', '2026-02-19T23:15:00Z');
    expect(await offerOf(id)).toEqual([{ channel: 'referral', made_on: '2026-02-20', outcome: 'pending', decided_on: null, hire_id: null }]);
    expect(await hireOf(id)).toEqual([]);

    await move(id, 'hired', '2026-02-25T10:00:00Z', `, start_date = '2026-04-01', hired_person_id = candidate_person_id`);
    expect(await hireOf(id)).toEqual([
      { channel: 'referral', source: 'referral', programme_id: programme, person_id: person, vacancy_id: vacancy, department: 'Zorg', job_title: 'Verpleegkundige', applied_on: '2026-02-01', hired_on: '2026-02-25', start_date: '2026-04-01', left_on: null },
    ]);
    const [hire] = (await pg.query(`SELECT id FROM hires WHERE referral_id = $1`, [id])).rows;
    expect(await offerOf(id)).toEqual([{ channel: 'referral', made_on: '2026-02-20', outcome: 'accepted', decided_on: '2026-02-25', hire_id: hire.id }]);

    // The start date moves on the referral, and later in preboarding on the person.
    await pg.query(`UPDATE referrals SET start_date = '2026-04-15' WHERE id = $1`, [id]);
    expect((await hireOf(id))[0].start_date).toBe('2026-04-15');
    await pg.query(`UPDATE people SET start_date = '2026-05-01' WHERE id = $1`, [person]);
    expect((await hireOf(id))[0].start_date).toBe('2026-05-01');
    // An unrelated touch of the referral keeps the preboarding date.
    await pg.query(`UPDATE referrals SET vacancy_id = vacancy_id WHERE id = $1`, [id]);
    expect((await hireOf(id))[0].start_date).toBe('2026-05-01');
    expect(await pg.query(`SELECT count(*)::int AS n FROM hires WHERE referral_id = $1`, [id]).then((r) => r.rows[0].n)).toBe(1);

    // Offboarding scheduled, moved, cancelled, scheduled again and completed.
    const off = (await pg.query(`INSERT INTO offboardings (organisation_id, person_id, leaving_date, reason, eligible_for_rehire) VALUES ($1, $2, '2027-01-31', 'resignation', true) RETURNING id`, [org, person])).rows[0].id;
    expect((await hireOf(id))[0].left_on).toBe('2027-01-31');
    await pg.query(`UPDATE offboardings SET leaving_date = '2027-02-28' WHERE id = $1`, [off]);
    expect((await hireOf(id))[0].left_on).toBe('2027-02-28');
    await pg.query(`UPDATE offboardings SET status = 'cancelled', cancelled_at = now() WHERE id = $1`, [off]);
    expect((await hireOf(id))[0].left_on).toBeNull();
    const again = (await pg.query(`INSERT INTO offboardings (organisation_id, person_id, leaving_date, reason, eligible_for_rehire) VALUES ($1, $2, '2027-03-31', 'resignation', true) RETURNING id`, [org, person])).rows[0].id;
    await pg.query(`UPDATE offboardings SET status = 'completed', completed_at = now() WHERE id = $1`, [again]);
    expect((await hireOf(id))[0].left_on).toBe('2027-03-31');

    // Rehire: a new referral for the same person is a second hire; the first keeps its leaving date.
    const second = await referral(person, '2027-06-01T10:00:00Z');
    await move(second, 'hired', '2027-06-20T10:00:00Z', `, start_date = '2027-08-01', hired_person_id = candidate_person_id`);
    expect((await hireOf(id))[0].left_on).toBe('2027-03-31');
    expect(await hireOf(second)).toEqual([expect.objectContaining({ applied_on: '2027-06-01', hired_on: '2027-06-20', start_date: '2027-08-01', left_on: null })]);
    await pg.query(`UPDATE people SET start_date = '2027-08-15' WHERE id = $1`, [person]);
    expect((await hireOf(second))[0].start_date).toBe('2027-08-15');
    expect((await hireOf(id))[0].start_date).toBe('2026-05-01');
    // The rehire leaves too: only the second hire gets this date.
    await pg.query(`INSERT INTO offboardings (organisation_id, person_id, leaving_date, reason, eligible_for_rehire) VALUES ($1, $2, '2028-12-31', 'end_of_contract', true)`, [org, person]);
    expect((await hireOf(second))[0].left_on).toBe('2028-12-31');
    expect((await hireOf(id))[0].left_on).toBe('2027-03-31');
  });

  it('offer then rejected or withdrawn: declined on that day; rejected without an offer: no offer row; no hire', async () => {
    const rejected = await referral(await candidate('bram'), '2026-03-01T10:00:00Z');
    await move(rejected, 'offer', '2026-03-10T10:00:00Z');
    await move(rejected, 'rejected', '2026-03-12T10:00:00Z');
    expect(await offerOf(rejected)).toEqual([{ channel: 'referral', made_on: '2026-03-10', outcome: 'declined', decided_on: '2026-03-12', hire_id: null }]);
    const withdrawn = await referral(await candidate('cas'), '2026-03-01T10:00:00Z');
    await move(withdrawn, 'offer', '2026-03-11T10:00:00Z');
    await move(withdrawn, 'withdrawn', '2026-03-13T10:00:00Z');
    expect(await offerOf(withdrawn)).toEqual([expect.objectContaining({ outcome: 'declined', decided_on: '2026-03-13' })]);
    const early = await referral(await candidate('dirk'), '2026-03-01T10:00:00Z');
    await move(early, 'rejected', '2026-03-05T10:00:00Z');
    expect(await offerOf(early)).toEqual([]);
    expect((await pg.query(`SELECT count(*)::int AS n FROM hires WHERE referral_id = ANY($1::uuid[])`, [[rejected, withdrawn, early]])).rows[0].n).toBe(0);
  });

  it('a referral written as hired with its history afterwards (seed, import) gets its hire and a dated offer', async () => {
    const person = await candidate('fleur');
    const id = (
      await pg.query(
        `INSERT INTO referrals (organisation_id, programme_id, vacancy_id, referrer_user_id, candidate_person_id, candidate_email, consent_state, consent_due_at,
                                stage, stage_changed_at, start_date, probation_months, hired_person_id, created_at)
         VALUES ($1, $2, $3, $4, $5, 'f@example.test', 'consented', now(), 'hired', '2026-05-20T08:00:00Z', '2026-07-01', 2, $5, '2026-05-01T08:00:00Z') RETURNING id`,
        [org, programme, vacancy, referrer, person],
      )
    ).rows[0].id;
    expect(await hireOf(id)).toEqual([expect.objectContaining({ applied_on: '2026-05-01', hired_on: '2026-05-20', start_date: '2026-07-01' })]);
    for (const [to, at] of [['new', '2026-05-01'], ['offer', '2026-05-15'], ['hired', '2026-05-20']]) {
      await pg.query(`INSERT INTO referral_events (organisation_id, referral_id, kind, to_value, created_at) VALUES ($1, $2, 'stage', $3, $4)`, [org, id, to, `${at}T09:00:00Z`]);
    }
    expect(await offerOf(id)).toEqual([expect.objectContaining({ made_on: '2026-05-15', outcome: 'accepted', decided_on: '2026-05-20' })]);

    // Inserted as hired (one statement, several rows) for someone whose offboarding is already known: the hire has left.
    const leaver = await candidate('hugo');
    await pg.query(`INSERT INTO offboardings (organisation_id, person_id, leaving_date, reason, eligible_for_rehire) VALUES ($1, $2, '2026-12-31', 'resignation', true)`, [org, leaver]);
    const bulk = (
      await pg.query(
        `INSERT INTO referrals (organisation_id, programme_id, vacancy_id, referrer_user_id, candidate_person_id, hired_person_id, candidate_email, consent_state, consent_due_at,
                                stage, stage_changed_at, start_date, probation_months, created_at)
         VALUES ($1, $2, $3, $4, $5, $5, 'h@example.test', 'consented', now(), 'hired', '2026-05-20T08:00:00Z', '2026-07-01', 2, '2026-05-01T08:00:00Z'),
                ($1, $2, $3, $4, NULL, NULL, 'i@example.test', 'consented', now(), 'rejected', '2026-05-20T08:00:00Z', NULL, NULL, '2026-05-01T08:00:00Z')
         RETURNING id, stage`,
        [org, programme, vacancy, referrer, leaver],
      )
    ).rows;
    expect(await hireOf(bulk[0].id)).toEqual([expect.objectContaining({ person_id: leaver, hired_on: '2026-05-20', start_date: '2026-07-01', left_on: '2026-12-31' })]);
    expect(await hireOf(bulk[1].id)).toEqual([]);
    expect(await offerOf(bulk[1].id)).toEqual([]);

    // Written in offer (stage day 12 June), its history later says the offer was made on 8 June: the earlier day wins.
    const open = (
      await pg.query(
        `INSERT INTO referrals (organisation_id, programme_id, referrer_user_id, candidate_email, consent_state, consent_due_at, stage, stage_changed_at, created_at)
         VALUES ($1, $2, $3, 'g@example.test', 'consented', now(), 'offer', '2026-06-12T08:00:00Z', '2026-06-01T08:00:00Z') RETURNING id`,
        [org, programme, referrer],
      )
    ).rows[0].id;
    expect(await offerOf(open)).toEqual([expect.objectContaining({ made_on: '2026-06-12', outcome: 'pending' })]);
    await pg.query(`INSERT INTO referral_events (organisation_id, referral_id, kind, to_value, created_at) VALUES ($1, $2, 'stage', 'offer', '2026-06-08T09:00:00Z')`, [org, open]);
    expect(await offerOf(open)).toEqual([expect.objectContaining({ made_on: '2026-06-08', outcome: 'pending', decided_on: null })]);
  });

  it('the backfill function is idempotent and leaves hires of other channels alone', async () => {
    await pg.query(`INSERT INTO hires (organisation_id, channel, source, hired_on, external_ref) VALUES ($1, 'agency', 'manual', '2026-01-10', 'ATS-1')`, [org]);
    const before = (await pg.query(`SELECT id, hired_on::text, start_date::text, left_on::text FROM hires WHERE organisation_id = $1 ORDER BY id`, [org])).rows;
    const offersBefore = (await pg.query(`SELECT id, outcome, made_on::text FROM offers WHERE organisation_id = $1 ORDER BY id`, [org])).rows;
    await pg.query(`SELECT count(insights_sync_referral(organisation_id, id, false)) FROM referrals WHERE organisation_id = $1`, [org]);
    expect((await pg.query(`SELECT id, hired_on::text, start_date::text, left_on::text FROM hires WHERE organisation_id = $1 ORDER BY id`, [org])).rows).toEqual(before);
    expect((await pg.query(`SELECT id, outcome, made_on::text FROM offers WHERE organisation_id = $1 ORDER BY id`, [org])).rows).toEqual(offersBefore);
    expect(before.length).toBeGreaterThanOrEqual(4);
  });
});
