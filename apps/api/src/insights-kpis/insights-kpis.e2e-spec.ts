import { createOrganisation, createUser, type Fixture } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { bootTestApp, type TestApp } from '../testing/test-app';

const KPIS = [
  'referral-funnel',
  'participation',
  'source-of-hire',
  'time-to-hire',
  'cost-per-hire',
  'offer-acceptance',
  'quality-of-hire',
  'retention',
  'candidate-nps',
  'phase-funnel',
  'newsletter-engagement',
  'job-alert-engagement',
  'roi',
];

describe('insights KPIs (e2e)', () => {
  let t: TestApp;
  let hr: Fixture;
  let employee: Fixture;
  let otherHr: Fixture;
  let n = 0;

  const signIn = async (user: Fixture): Promise<HttpClient> => {
    const http = new HttpClient(t.app, `10.7.0.${++n}`);
    expect((await http.post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(200);
    return http;
  };

  beforeAll(async () => {
    t = await bootTestApp();
    const org = await createOrganisation(t.dataSource, 'Zorggroep KPI');
    hr = await createUser(t.dataSource, org, ['hr_admin']);
    employee = await createUser(t.dataSource, org, ['employee']);
    otherHr = await createUser(t.dataSource, await createOrganisation(t.dataSource, 'Ander BV'), ['hr_admin']);
  });
  afterAll(() => t.close());

  it('needs a session (401) and the HR role (403), as problem+json', async () => {
    const anonymous = await new HttpClient(t.app).get('/api/insights/roi');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    const asEmployee = await (await signIn(employee)).get('/api/insights/source-of-hire');
    expect(asEmployee.status).toBe(403);
    expect(asEmployee.body.code).toBe('forbidden');
  });

  it('refuses invalid periods with field errors (400 problem+json)', async () => {
    const http = await signIn(hr);
    for (const [query, field] of [
      ['from=2026-02-30', 'from'],
      ['to=tomorrow', 'to'],
      ['from=2026-03-02&to=2026-03-01', 'from'],
      ['from=2020-01-01&to=2026-01-01', 'from'],
      ['programmeId=not-a-uuid', 'programmeId'],
    ] as const) {
      const res = await http.get(`/api/insights/cost-per-hire?${query}`);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('answers 404 for a programme of another organisation', async () => {
    const [foreign] = await t.dataSource.query(
      `INSERT INTO programmes (organisation_id, name, kind, audiences) VALUES ($1, 'Vreemd', 'internal', '{employee_permanent}') RETURNING id`,
      [otherHr.organisationId],
    );
    const res = await (await signIn(hr)).get(`/api/insights/roi?programmeId=${foreign.id}`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not_found');
  });

  it('serves every KPI for HR; source of hire counts only the own organisation', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const insert = (org: string, channel: string) =>
      t.dataSource.query(`INSERT INTO hires (organisation_id, channel, source, hired_on) VALUES ($1, $2, 'manual', $3)`, [org, channel, today]);
    await insert(hr.organisationId, 'referral');
    await insert(hr.organisationId, 'agency');
    await insert(hr.organisationId, 'agency');
    await insert(otherHr.organisationId, 'referral');
    const http = await signIn(hr);
    for (const kpi of KPIS) {
      const res = await http.get(`/api/insights/${kpi}`);
      expect([kpi, res.status]).toEqual([kpi, 200]);
      expect(res.body.kpi).toBe(kpi);
      expect(res.body.period.to).toBe(today);
      expect(res.body.period.days).toBe(res.body.previousPeriod.days);
    }
    const res = await http.get(`/api/insights/source-of-hire?from=${today}&to=${today}`);
    expect(res.body.figures.find((f: { key: string }) => f.key === 'hires')).toEqual({ key: 'hires', unit: 'count', current: 3, previous: 0 });
    expect(res.body.figures.find((f: { key: string }) => f.key === 'referralShare')).toEqual({ key: 'referralShare', unit: 'percent', current: 33.3, previous: null });
    expect(res.body.tables[0].rows.map((r: { key: string; values: { hires: number } }) => [r.key, r.values.hires])).toEqual([
      ['referral', 1],
      ['agency', 2],
    ]);
    expect(res.body.missing).toEqual([]);
  });
});
