import { ConsentLifecycleService } from '@kring/server-erm';
import { FakeClock } from '@kring/server-testing';
import { createPerson, createPool, linkToken, slugOf } from '../testing/erm-pools-fixtures';
import { createOrganisation } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { bootTestApp, TestApp } from '../testing/test-app';

const DAY = 86_400_000;

describe('job alerts asked for on the public talent-pool form (e2e)', () => {
  let t: TestApp;
  let clock: FakeClock;
  let org: string;
  let slug: string;
  let ip = 0;
  let n = 0;
  const visitor = () => new HttpClient(t.app, `10.8.${Math.floor(++ip / 250)}.${ip % 250}`);
  const email = () => `alert.${++n}.${Date.now().toString(36)}@example.test`;
  const signup = (overrides: Record<string, unknown> = {}) => ({ name: 'Fatima El Amrani', email: email(), consent: true, locale: 'nl', ...overrides });
  const post = (body: object) => visitor().post(`/api/public/talent-pool/forms/${slug}/signups`, body);
  const confirm = async (address: string) => visitor().post('/api/public/talent-pool/confirm', { token: await linkToken(t.dataSource, address, 'talent_pool_opt_in') });
  const personOf = async (address: string): Promise<string | undefined> => (await t.dataSource.query(`SELECT id FROM people WHERE email = $1`, [address]))[0]?.id;
  const alerts = (personId: string) =>
    t.dataSource.query(
      `SELECT keywords, functions, skills, locations, employment_types AS "employmentTypes", frequency, text_query IS NOT NULL AS "hasText"
         FROM job_alert_subscriptions WHERE person_id = $1 ORDER BY created_at`,
      [personId],
    );
  const consent = async (personId: string, purpose: string) =>
    (await t.dataSource.query(`SELECT status, source FROM consents WHERE person_id = $1 AND purpose = $2`, [personId, purpose]))[0];

  beforeAll(async () => {
    clock = new FakeClock(new Date());
    t = await bootTestApp({ clock });
    org = await createOrganisation(t.dataSource, 'Zorggroep De Linde');
    slug = await slugOf(t.dataSource, org);
  });
  afterAll(() => t.close());

  it('with the separate job-alert consent: pending until confirmed, then the alert exists and job_alerts consent is granted', async () => {
    const body = signup({
      alsoConsentTo: ['job_alerts'],
      jobAlert: { keywords: '  wijkverpleging   nacht ', functions: ['Verpleegkundige', ' verpleegkundige '], locations: ['Zwolle', 'Deventer'], employmentTypes: ['permanent', 'permanent'], frequency: 'weekly' },
    });
    expect((await post(body)).status).toBe(202);
    const person = (await personOf(body.email))!;
    expect(await consent(person, 'job_alerts')).toEqual({ status: 'pending', source: 'talent_pool_form' });
    expect(await alerts(person)).toEqual([]); // nothing before the owner of the address confirms

    const confirmed = await confirm(body.email);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('confirmed');
    expect(await consent(person, 'job_alerts')).toEqual({ status: 'granted', source: 'talent_pool_form' });
    expect(await alerts(person)).toEqual([
      { keywords: 'wijkverpleging nacht', functions: ['verpleegkundige'], skills: [], locations: ['zwolle', 'deventer'], employmentTypes: ['permanent'], frequency: 'weekly', hasText: true },
    ]);
    // A second click on the link answers, and creates nothing more.
    expect((await confirm(body.email)).body.status).toBe('already_confirmed');
    expect(await alerts(person)).toHaveLength(1);
  });

  it('without the job-alert checkbox: no alert; criteria without the consent are refused', async () => {
    const plain = signup({ alsoConsentTo: ['newsletter'] });
    expect((await post(plain)).status).toBe(202);
    expect((await confirm(plain.email)).status).toBe(200);
    const person = (await personOf(plain.email))!;
    expect(await alerts(person)).toEqual([]);
    expect(await consent(person, 'job_alerts')).toBeUndefined();

    const sneaky = signup({ alsoConsentTo: ['newsletter'], jobAlert: { frequency: 'daily' } });
    const refused = await post(sneaky);
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.errors).toEqual([{ field: 'alsoConsentTo', message: 'must include job_alerts to receive job alerts' }]);
    expect(await personOf(sneaky.email)).toBeUndefined();

    const invalid = await post(signup({ alsoConsentTo: ['job_alerts'], jobAlert: { frequency: 'hourly', employmentTypes: ['slavery'] } }));
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['jobAlert.employmentTypes', 'jobAlert.frequency']);
  });

  it('the consent alone (no criteria) grants job_alerts consent without creating an alert', async () => {
    const body = signup({ alsoConsentTo: ['job_alerts'] });
    await post(body);
    await confirm(body.email);
    const person = (await personOf(body.email))!;
    expect(await consent(person, 'job_alerts')).toEqual({ status: 'granted', source: 'talent_pool_form' });
    expect(await alerts(person)).toEqual([]);
  });

  it('keeps to the limit of five alerts per person, and leaves an existing person’s consents alone until they confirm', async () => {
    const address = email();
    const existing = await createPerson(t.dataSource, org, { email: address, firstName: 'Bram', phase: 'exit' });
    for (let i = 0; i < 5; i++) {
      await t.dataSource.query(`INSERT INTO job_alert_subscriptions (organisation_id, person_id, keywords, frequency) VALUES ($1, $2, $3, 'daily')`, [org, existing, `zoekterm ${i}`]);
    }
    expect((await post(signup({ email: address, alsoConsentTo: ['job_alerts'], jobAlert: { keywords: 'zesde', frequency: 'instant' } }))).status).toBe(202);
    expect(await consent(existing, 'job_alerts')).toBeUndefined(); // no pending consent on a person the form did not create
    expect((await confirm(address)).status).toBe(200);
    expect(await consent(existing, 'job_alerts')).toEqual({ status: 'granted', source: 'talent_pool_form' });
    expect((await alerts(existing)).map((a: { keywords: string }) => a.keywords)).toEqual(['zoekterm 0', 'zoekterm 1', 'zoekterm 2', 'zoekterm 3', 'zoekterm 4']);
  });

  it('an unconfirmed sign-up with a job alert is erased when it lapses: person, pending consents, no alert', async () => {
    const body = signup({ alsoConsentTo: ['job_alerts'], jobAlert: { locations: ['Zwolle'], frequency: 'daily' } });
    expect((await post(body)).status).toBe(202);
    const person = (await personOf(body.email))!;
    expect(await t.dataSource.query(`SELECT job_alert FROM talent_pool_signups WHERE person_id = $1`, [person])).toEqual([
      { job_alert: { keywords: '', functions: [], locations: ['zwolle'], employmentTypes: [], frequency: 'daily' } },
    ]);
    clock.advance(8 * DAY);
    await t.app.get(ConsentLifecycleService).run();
    expect(await personOf(body.email)).toBeUndefined();
    expect(await t.dataSource.query(`SELECT 1 FROM talent_pool_signups WHERE person_id = $1`, [person])).toEqual([]);
    expect(await t.dataSource.query(`SELECT 1 FROM consents WHERE person_id = $1`, [person])).toEqual([]);
    expect(await t.dataSource.query(`SELECT 1 FROM job_alert_subscriptions WHERE person_id = $1`, [person])).toEqual([]);
  });

  it('a lapsed sign-up of a contact HR kept (in a pool meanwhile): both pending consents expire, no alert', async () => {
    const body = signup({ alsoConsentTo: ['job_alerts'], jobAlert: { frequency: 'instant' } });
    expect((await post(body)).status).toBe(202);
    const person = (await personOf(body.email))!;
    const pool = await createPool(t.dataSource, org, { name: 'Handmatig', public: false });
    await t.dataSource.query(`INSERT INTO talent_pool_members (organisation_id, pool_id, person_id, source, joined_at) VALUES ($1, $2, $3, 'hr', now())`, [org, pool, person]);
    clock.advance(8 * DAY);
    await t.app.get(ConsentLifecycleService).run();
    expect(await personOf(body.email)).toBe(person);
    expect(await consent(person, 'talent_pool')).toEqual({ status: 'expired', source: 'opt_in_lapsed' });
    expect(await consent(person, 'job_alerts')).toEqual({ status: 'expired', source: 'opt_in_lapsed' });
    expect(await alerts(person)).toEqual([]);
  });
});
