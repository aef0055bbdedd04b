import { extract } from '@kring/server-match';
import { createOrganisation, createUser, Fixture } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { bootTestApp, TestApp } from '../testing/test-app';

const NOW = new Date();

describe('Search & Match (e2e)', () => {
  let t: TestApp;
  let org: string;
  let hr: Fixture;
  let hrClient: HttpClient;
  let vacancyId: string;
  let ip = 0;
  const signIn = async (user: Fixture) => {
    const http = new HttpClient(t.app, `10.9.0.${++ip}`);
    expect((await http.post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(200);
    return http;
  };
  const person = async (organisationId: string, firstName: string, phase = 'exit', consent = true) => {
    const [row] = await t.dataSource.query(
      `INSERT INTO people (organisation_id, first_name, last_name, phase) VALUES ($1, $2, 'Test', $3) RETURNING id`,
      [organisationId, firstName, phase],
    );
    if (consent) {
      await t.dataSource.query(
        `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at) VALUES ($1, $2, 'matching', 'granted', 'test', $3)`,
        [organisationId, row.id, new Date(NOW.getTime() - 86_400_000)],
      );
    }
    return row.id as string;
  };

  beforeAll(async () => {
    t = await bootTestApp();
    org = await createOrganisation(t.dataSource, 'Match BV');
    hr = await createUser(t.dataSource, org, ['hr_admin']);
    hrClient = await signIn(hr);
    const [vacancy] = await t.dataSource.query(
      `INSERT INTO vacancies (organisation_id, title, description_markdown, status) VALUES ($1, $2, $3, 'open') RETURNING id`,
      [
        org,
        'Senior Java-ontwikkelaar',
        'Wij zoeken een ervaren Java-ontwikkelaar die werkt met PostgreSQL en SQL. Je programmeert in Java, schrijft unit tests en werkt in een Scrum-team.',
      ],
    );
    vacancyId = vacancy.id;
  }, 60_000);
  afterAll(() => t.close());

  it('refuses anonymous callers, non-HR users and vacancies of another organisation', async () => {
    const anonymous = new HttpClient(t.app, '10.9.1.1');
    expect((await anonymous.get(`/api/vacancies/${vacancyId}/matches`)).status).toBe(401);
    expect((await anonymous.get('/api/me/skills')).status).toBe(401);
    const employee = await signIn(await createUser(t.dataSource, org, ['employee']));
    const forbidden = await employee.get(`/api/vacancies/${vacancyId}/matches`);
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers['content-type']).toContain('application/problem+json');
    expect((await employee.request('PUT', `/api/people/${hr.personId}/skills`, { body: { skills: [], occupations: [] } })).status).toBe(403);
    const otherHr = await signIn(await createUser(t.dataSource, await createOrganisation(t.dataSource, 'Ander BV'), ['hr_admin']));
    const notFound = await otherHr.get(`/api/vacancies/${vacancyId}/match-profile`);
    expect(notFound.status).toBe(404);
    expect(notFound.body.code).toBe('not_found');
  });

  it('answers 409 before the vacancy has confirmed skills, and 400 for unknown concepts', async () => {
    const notProfiled = await hrClient.get(`/api/vacancies/${vacancyId}/matches`);
    expect(notProfiled.status).toBe(409);
    expect(notProfiled.body.code).toBe('match_vacancy_not_profiled');
    const unknown = await hrClient.request('PUT', `/api/vacancies/${vacancyId}/match-profile`, {
      body: { skills: [{ uri: 'http://data.europa.eu/esco/skill/not-a-skill', kind: 'essential' }], occupations: [] },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('match_unknown_concept');
  });

  it('suggests skills from a Dutch vacancy, lets HR confirm them, and finds a person whose skills came from English text', async () => {
    const suggested = await hrClient.post(`/api/vacancies/${vacancyId}/match-profile/suggest`);
    expect(suggested.status).toBe(200);
    const skills: Array<{ uri: string; label: string; status: string; evidence: unknown[] }> = suggested.body.skills;
    expect(skills.length).toBeGreaterThan(2);
    expect(skills.every((s) => s.status === 'suggested' && s.evidence.length > 0)).toBe(true);

    const confirmed = skills.slice(0, 6).map((s, i) => ({ uri: s.uri, kind: i < 3 ? 'essential' : 'optional' }));
    const put = await hrClient.request('PUT', `/api/vacancies/${vacancyId}/match-profile?lang=en`, {
      body: { skills: confirmed, occupations: [], region: 'Utrecht', languages: ['nl'] },
    });
    expect(put.status).toBe(200);
    expect(put.body.skills.map((s: { uri: string }) => s.uri).sort()).toEqual(confirmed.map((s) => s.uri).sort());
    expect(put.body.skills.every((s: { status: string }) => s.status === 'confirmed')).toBe(true);

    // An English profile: its skills are ESCO URIs, so language does not matter.
    const english = await extract('Java developer with years of experience in PostgreSQL, SQL and unit testing, working in Scrum teams.', { lang: 'en' });
    const englishSkills = english.skills.map((s) => s.uri);
    const shared = englishSkills.filter((uri) => confirmed.some((c) => c.uri === uri));
    expect(shared.length).toBeGreaterThan(0);
    const alumna = await person(org, 'Alumna');
    const noConsent = await person(org, 'Geen', 'exit', false);
    for (const id of [alumna, noConsent]) {
      const res = await hrClient.request('PUT', `/api/people/${id}/skills`, {
        body: { skills: englishSkills.map((uri) => ({ uri })), occupations: [], region: 'Utrecht', languages: ['en', 'nl'] },
      });
      expect(res.status).toBe(200);
      expect(res.body.skills.every((s: { source: string }) => s.source === 'hr')).toBe(true);
    }

    const matches = await hrClient.get(`/api/vacancies/${vacancyId}/matches?lang=nl&limit=10`);
    expect(matches.status).toBe(200);
    expect(matches.body.total).toBe(1);
    const [match] = matches.body.items;
    expect(match).toMatchObject({ personId: alumna, displayName: 'Alumna Test', phase: 'exit', audience: 'alumnus', region: 'Utrecht' });
    expect(match.matchedSkills.map((s: { uri: string }) => s.uri).sort()).toEqual(shared.sort());
    expect(match.matchedSkills.length + match.relatedSkills.length + match.missingSkills.length).toBe(confirmed.length);
    expect(match.parts.map((p: { part: string }) => p.part)).toEqual(['essentialSkills', 'optionalSkills', 'occupation', 'location', 'availability', 'language']);
    const sum = match.parts.reduce((total: number, p: { contribution: number }) => total + p.contribution, 0);
    expect(sum).toBeCloseTo(match.score, 3);
    expect(match.features).toEqual(expect.arrayContaining(['consent.matching', 'phase', 'skills', 'region', 'languages']));
    expect(match.features).not.toEqual(expect.arrayContaining(['name']));

    const filtered = await hrClient.get(`/api/vacancies/${vacancyId}/matches?region=Amsterdam`);
    expect(filtered.body).toEqual({ items: [], total: 0 });
    const distance = await hrClient.get(`/api/vacancies/${vacancyId}/matches?maxDistanceKm=10`);
    expect(distance.status).toBe(400);
    expect(distance.body.code).toBe('match_distance_without_coordinates');
  }, 120_000); // the first extraction builds the ESCO index (seconds on a busy 2-core machine)

  it('lets signed-in people confirm their own skills', async () => {
    const employee = await createUser(t.dataSource, org, ['employee']);
    const client = await signIn(employee);
    const empty = await client.get('/api/me/skills');
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ personId: employee.personId, skills: [], internalMobility: false });
    const english = await extract('SQL and PostgreSQL', { lang: 'en' });
    const uri = english.skills[0]!.uri;
    const put = await client.request('PUT', '/api/me/skills?lang=nl', {
      body: { skills: [{ uri }], occupations: [], languages: ['nl'], internalMobility: true, availableFrom: '2030-01-01' },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ skills: [{ uri, source: 'confirmed_by_person' }], internalMobility: true, availableFrom: '2030-01-01' });
    expect(put.body.skills[0].label).not.toBe(uri);
    const invalid = await client.request('PUT', '/api/me/skills', { body: { skills: [{ uri: 'not a uri' }], occupations: [] } });
    expect(invalid.status).toBe(400);

    // A fact left out stays as it is: HR's skills panel sends skills only and must not undo the person's facts; null clears.
    const region = await client.request('PUT', '/api/me/skills', { body: { skills: [{ uri }], occupations: [], region: 'Utrecht', latitude: 52.09, longitude: 5.12 } });
    expect(region.body).toMatchObject({ region: 'Utrecht', latitude: 52.09, longitude: 5.12, languages: ['nl'], internalMobility: true, availableFrom: '2030-01-01' });
    const hrSkillsOnly = await hrClient.request('PUT', `/api/people/${employee.personId}/skills`, { body: { skills: [], occupations: [] } });
    expect(hrSkillsOnly.status).toBe(200);
    expect(hrSkillsOnly.body).toMatchObject({ region: 'Utrecht', latitude: 52.09, longitude: 5.12, languages: ['nl'], internalMobility: true, availableFrom: '2030-01-01' });
    const cleared = await client.request('PUT', '/api/me/skills', {
      body: { skills: [{ uri }], occupations: [], region: null, latitude: null, longitude: null, availableFrom: null, internalMobility: null },
    });
    expect(cleared.body).toMatchObject({ region: null, latitude: null, longitude: null, languages: ['nl'], internalMobility: false, availableFrom: null });
    await client.request('PUT', '/api/me/skills', { body: { skills: [{ uri }], occupations: [], internalMobility: true, availableFrom: '2030-01-01' } });

    // Their own export carries the match data, and erasure removes it (deleted with the person, or by the tombstone).
    const exported = await client.get('/api/me/export');
    expect(exported.status).toBe(200);
    expect(exported.body.matchSkills).toEqual([expect.objectContaining({ kind: 'skill', uri, source: 'confirmed_by_person' })]);
    expect(exported.body.matchProfile).toEqual([expect.objectContaining({ languages: ['nl'], internalMobility: true, availableFrom: '2030-01-01' })]);
    expect((await hrClient.post(`/api/people/${employee.personId}/erase`, { reason: 'data_subject_request' })).status).toBe(200);
    for (const table of ['person_skills', 'person_occupations', 'person_match_profiles']) {
      expect(await t.dataSource.query(`SELECT 1 FROM ${table} WHERE organisation_id = $1 AND person_id = $2`, [org, employee.personId])).toEqual([]);
    }
  });
});
