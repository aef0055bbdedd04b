import { readdirSync } from 'node:fs';
import { extract, readPdfText } from '@kring/server-match';
import { createOrganisation, createUser, Fixture } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { multipart } from '../testing/referral-fixtures';
import { bootTestApp, TestApp } from '../testing/test-app';
import { docxBomb, docxWithText, encryptedPdf, pdfBomb, pdfWithoutText, pdfWithText } from './testing';

/** Longer than any stored snippet (120 characters), so finding it in the database would mean the text was kept. */
const HOBBY = 'In mijn vrije tijd wandel ik graag met mijn hond langs de rivier en daarna drink ik koffie met vrienden en buren uit de straat waar ik woon.';
const DUTCH_CV = [
  'Curriculum vitae',
  'Ervaren Java-ontwikkelaar bij een zorgverzekeraar.',
  'Ik programmeer in Java en werk dagelijks met PostgreSQL en SQL.',
  'Ik schrijf unit tests en werk in een Scrum-team.',
  '',
  'Hobby',
  HOBBY,
];
const ENGLISH_CV = [
  'Experienced nurse with a background in wound care.',
  'I administer medication, monitor patients and keep accurate patient records.',
  'Fluent in Dutch and English.',
];
const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Concept {
  uri: string;
  label: string;
  source: string;
  status: string;
  confidence: number | null;
  evidence: Array<{ text: string; snippet: string; origin: string; via: string }>;
}

describe('Skills from CVs and profiles (e2e)', () => {
  let t: TestApp;
  let org: string;
  let employee: Fixture;
  let me: HttpClient;
  let ip = 0;
  const signIn = async (user: Fixture) => {
    const http = new HttpClient(t.app, `10.8.0.${++ip}`);
    expect((await http.post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(200);
    return http;
  };
  const upload = async (http: HttpClient, data: Buffer, name: string, type: string, query = '') =>
    http.postForm(`/api/me/skills/cv${query}`, await multipart({}, { field: 'cv', name, data, type }));
  const rows = (personId: string) =>
    t.dataSource.query(
      `SELECT 'skill' AS kind, uri, source, evidence FROM person_skills WHERE organisation_id = $1 AND person_id = $2
       UNION ALL SELECT 'occupation', uri, source, evidence FROM person_occupations WHERE organisation_id = $1 AND person_id = $2`,
      [org, personId],
    ) as Promise<Array<{ kind: string; uri: string; source: string; evidence: Concept['evidence'] }>>;
  const expectRefused = (res: { status: number; headers: Record<string, unknown>; body: { code: string } }, code: string) => {
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code });
    expect(String(res.headers['content-type'])).toContain('application/problem+json');
  };

  beforeAll(async () => {
    t = await bootTestApp();
    org = await createOrganisation(t.dataSource, 'CV BV');
    employee = await createUser(t.dataSource, org, ['employee']);
    me = await signIn(employee);
  }, 60_000);
  afterAll(() => t.close());

  it('reads a Dutch PDF CV into suggestions with short evidence, and keeps neither the file nor its other text', async () => {
    const res = await upload(me, pdfWithText(DUTCH_CV), 'cv.pdf', PDF, '?lang=nl');
    expect(res.status).toBe(200);
    expect(res.body.file).toEqual({ type: 'pdf', pages: 1, characters: expect.any(Number) });
    expect(res.body.language).toBe('nl');
    const suggested: Concept[] = res.body.suggestedSkills;
    expect(suggested.length).toBeGreaterThan(2);
    expect(suggested.every((s) => s.source === 'extracted_cv' && s.status === 'suggested' && s.evidence.length > 0)).toBe(true);
    for (const e of suggested.flatMap((s) => s.evidence)) {
      expect(e.origin).toBe('cv');
      expect(e.snippet.length).toBeLessThanOrEqual(120);
      expect(e.snippet).toContain(e.text);
    }

    // The same extractor over the same text finds a skill by the word PostgreSQL; the upload must have suggested it.
    const direct = await extract(DUTCH_CV.join('\n'));
    const postgres = direct.skills.find((s) => s.evidence.some((e) => e.text === 'PostgreSQL'));
    expect(postgres).toBeDefined();
    expect(suggested.map((s) => s.uri)).toContain(postgres!.uri);

    const stored = await rows(employee.personId);
    expect(stored.filter((r) => r.kind === 'skill').map((r) => r.uri).sort()).toEqual(suggested.map((s) => s.uri).sort());
    expect(stored.every((r) => r.source === 'extracted_cv')).toBe(true);
    // Only short evidence is kept: the hobby sentence is nowhere in the database, and no file was stored.
    expect(HOBBY.length).toBeGreaterThan(120);
    expect(JSON.stringify(stored)).not.toContain(HOBBY);
    const [{ files }] = await t.dataSource.query(`SELECT count(*)::int AS files FROM stored_files`);
    expect(files).toBe(0);
    expect(readdirSync(t.config.storage.dir)).toEqual([]);
    const [profile] = await t.dataSource.query(
      `SELECT skill_count AS "skillCount" FROM person_match_profiles WHERE organisation_id = $1 AND person_id = $2`,
      [org, employee.personId],
    );
    expect(profile.skillCount).toBe(suggested.length);
  }, 60_000);

  it('reads an English DOCX (judged by content, whatever its name and type say) and lets the person confirm and remove', async () => {
    const docx = docxWithText(ENGLISH_CV);
    const res = await upload(me, docx, 'my-cv.pdf', PDF, '?lang=en');
    expect(res.status).toBe(200);
    expect(res.body.file).toEqual({ type: 'docx', characters: expect.any(Number) });
    expect(res.body.language).toBe('en');
    const suggested: Concept[] = res.body.suggestedSkills;
    expect(suggested.length).toBeGreaterThan(1);
    expect(suggested.every((s) => s.evidence.some((e) => ENGLISH_CV.join(' ').includes(e.text)))).toBe(true);
    // A new CV replaces the suggestions of the old one: the Java CV's skills are gone.
    const before = new Set(res.body.profile.skills.map((s: Concept) => s.uri));
    expect([...before].sort()).toEqual(suggested.map((s) => s.uri).sort());

    const [keep, drop] = suggested;
    const confirmed = await me.post('/api/me/skills/confirm?lang=en', { skills: [{ uri: keep.uri }], occupations: [] });
    expect(confirmed.status).toBe(200);
    const kept = confirmed.body.skills.find((s: Concept) => s.uri === keep.uri);
    expect(kept).toMatchObject({ source: 'confirmed_by_person', status: 'confirmed' });
    expect(kept.evidence).toEqual(keep.evidence);
    expect(confirmed.body.skills[0].uri).toBe(keep.uri);

    const removed = await me.post('/api/me/skills/remove', { skills: [{ uri: drop.uri }], occupations: [] });
    expect(removed.status).toBe(200);
    expect(removed.body.skills.map((s: Concept) => s.uri)).not.toContain(drop.uri);

    // Reading the CV again brings back the removed suggestion but never downgrades the confirmed one.
    const again = await upload(me, docx, 'cv.docx', DOCX);
    expect(again.status).toBe(200);
    const after = new Map<string, Concept>(again.body.profile.skills.map((s: Concept) => [s.uri, s]));
    expect(after.get(keep.uri)?.source).toBe('confirmed_by_person');
    expect(after.get(drop.uri)?.source).toBe('extracted_cv');

    // The existing skills endpoint and the ranking counts see the same rows.
    const mine = await me.get('/api/me/skills');
    expect(mine.body.skills.map((s: { uri: string }) => s.uri).sort()).toEqual([...after.keys()].sort());
    const [{ skillCount }] = await t.dataSource.query(
      `SELECT skill_count AS "skillCount" FROM person_match_profiles WHERE organisation_id = $1 AND person_id = $2`,
      [org, employee.personId],
    );
    expect(skillCount).toBe(after.size);
  }, 60_000);

  it('adds a skill found by search, and refuses unknown concepts', async () => {
    const found = await me.get('/api/match/skills?q=postgres&lang=nl');
    expect(found.status).toBe(200);
    expect(found.body.length).toBeGreaterThan(0);
    expect(found.body[0].matchedLabel.toLowerCase()).toContain('postgres');
    const added = await me.post('/api/me/skills/confirm', { skills: [{ uri: found.body[0].uri }], occupations: [] });
    expect(added.status).toBe(200);
    expect(added.body.skills.find((s: Concept) => s.uri === found.body[0].uri)).toMatchObject({ source: 'confirmed_by_person', evidence: [] });
    expect((await me.get('/api/match/skills?q=p')).status).toBe(400);
    const unknown = await me.post('/api/me/skills/confirm', { skills: [{ uri: 'http://data.europa.eu/esco/skill/nope' }], occupations: [] });
    expectRefused(unknown, 'match_unknown_concept');
  });

  it('refuses bad files with stable problem+json codes and changes nothing', async () => {
    const user = await createUser(t.dataSource, org, ['alumnus']);
    const http = await signIn(user);
    const garbagePdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 0x41), Buffer.from('\n%%EOF\n')]);
    const cases: Array<[string, Buffer, string, string]> = [
      ['text file named .pdf', Buffer.from('Java PostgreSQL SQL '.repeat(50)), 'cv.pdf', 'file_type_not_allowed'],
      ['empty file', Buffer.alloc(0), 'cv.pdf', 'file_type_not_allowed'],
      ['password-protected PDF', encryptedPdf(DUTCH_CV), 'cv.pdf', 'cv_encrypted'],
      ['damaged PDF', garbagePdf, 'cv.pdf', 'cv_unreadable'],
      ['PDF without text (a scan)', pdfWithoutText(), 'scan.pdf', 'cv_no_text'],
      ['DOCX without text', docxWithText([]), 'cv.docx', 'cv_no_text'],
      ['zip bomb (honest header)', docxBomb(40), 'cv.docx', 'cv_unpacked_too_large'],
      ['PDF bomb (100 MB content stream)', pdfBomb(100), 'cv.pdf', 'cv_unpacked_too_large'],
      ['zip bomb (lying header)', docxBomb(40, 5_000), 'cv.docx', 'cv_unpacked_too_large'],
      ['6 MB PDF', Buffer.concat([pdfWithText(DUTCH_CV), Buffer.alloc(6 * 1024 * 1024, 0x20), Buffer.from('%%EOF\n')]), 'cv.pdf', 'file_too_large'],
      ['11 MB file (multipart limit)', Buffer.alloc(11 * 1024 * 1024, 0x20), 'cv.pdf', 'file_too_large'],
    ];
    for (const [label, data, name, code] of cases) {
      const res = await upload(http, data, name, name.endsWith('.pdf') ? PDF : DOCX);
      expect({ label, status: res.status, code: res.body.code }).toEqual({ label, status: 400, code });
      expect(String(res.headers['content-type'])).toContain('application/problem+json');
    }
    const noFile = await http.postForm('/api/me/skills/cv', await multipart({ cv: 'not a file' }));
    expectRefused(noFile, 'validation_failed');
    expect(await rows(user.personId)).toEqual([]);
    const [{ files }] = await t.dataSource.query(`SELECT count(*)::int AS files FROM stored_files`);
    expect(files).toBe(0);
  }, 120_000);

  it('stops a PDF bomb the pre-check cannot see (hex-encoded) with the worker memory watchdog, not by running out of memory', async () => {
    const bomb = pdfBomb(200, { hex: true });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    await expect(readPdfText(bomb, { maxRssGrowthMb: 96, timeoutMs: 60_000 })).rejects.toMatchObject({
      code: 'cv_unreadable',
      message: 'Reading the PDF needed too much memory',
    });
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);

  it('rate-limits uploads per client address', async () => {
    const http = await signIn(await createUser(t.dataSource, org, ['employee']));
    const tiny = Buffer.from('not a cv');
    for (let i = 0; i < 30; i++) expect((await upload(http, tiny, 'cv.pdf', PDF)).status).toBe(400);
    const limited = await upload(http, tiny, 'cv.pdf', PDF);
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');
  }, 60_000);

  it('reads only work fields of a profile, for the person and for HR of the same organisation', async () => {
    // Name and e-mail are full of skill words; they must never be read.
    const [person] = await t.dataSource.query(
      `INSERT INTO people (organisation_id, first_name, last_name, email, location, function_title, department, skills, interests, tags)
       VALUES ($1, 'Java', 'PostgreSQL', 'java.sql@example.test', 'Excel 12, Utrecht', 'Verpleegkundige', 'Wondzorg',
               ARRAY['medicatie toedienen', 'wondverzorging'], ARRAY['Python'], ARRAY['SAP'])
       RETURNING id`,
      [org],
    );
    const hr = await signIn(await createUser(t.dataSource, org, ['hr_admin']));
    const res = await hr.post(`/api/people/${person.id}/skills/from-profile`);
    expect(res.status).toBe(200);
    const all: Concept[] = [...res.body.suggestedSkills, ...res.body.suggestedOccupations];
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((c) => c.source === 'extracted_profile' && c.evidence.length > 0)).toBe(true);
    const evidence = all.flatMap((c) => c.evidence);
    for (const e of evidence) expect(['functionTitle', 'department', 'skills', 'interests']).toContain(e.origin);
    const words = evidence.map((e) => `${e.text} ${e.snippet}`).join(' ');
    for (const protectedWord of ['Java', 'PostgreSQL', 'java.sql', 'Excel', 'SAP']) expect(words).not.toContain(protectedWord);
    expect(evidence.some((e) => e.origin === 'functionTitle')).toBe(true);
    // Python (an interest) is read as a tool.
    expect(evidence.some((e) => e.origin === 'interests' && e.text === 'Python')).toBe(true);
    const profile = await hr.get(`/api/people/${person.id}/skill-profile`);
    expect(profile.status).toBe(200);
    expect(profile.body.skills.length).toBe(res.body.suggestedSkills.length);

    // The person reads their own profile fields.
    const empty = await me.post('/api/me/skills/from-profile');
    expect(empty.status).toBe(200);
    expect(empty.body.suggestedSkills).toEqual([]);
  }, 60_000);

  it("HR's skill list never removes the person's own confirmations or suggestions from their profile or CV", async () => {
    const [person] = await t.dataSource.query(
      `INSERT INTO people (organisation_id, first_name, function_title, skills) VALUES ($1, 'Noor', 'Verpleegkundige', ARRAY['wondverzorging', 'medicatie toedienen']) RETURNING id`,
      [org],
    );
    const hr = await signIn(await createUser(t.dataSource, org, ['hr_admin']));
    const suggested: Concept[] = (await hr.post(`/api/people/${person.id}/skills/from-profile`)).body.suggestedSkills;
    expect(suggested.length).toBeGreaterThan(2);
    const [accepted, confirmed, ...others] = suggested.map((s) => s.uri);
    // The person confirmed one of them themselves (as the My skills page does).
    await t.dataSource.query(`UPDATE person_skills SET source = 'confirmed_by_person' WHERE organisation_id = $1 AND person_id = $2 AND uri = $3`, [
      org,
      person.id,
      confirmed,
    ]);
    // HR's list: one accepted suggestion only, neither the person's confirmation nor the other suggestions.
    const put = await hr.request('PUT', `/api/people/${person.id}/skills`, { body: { skills: [{ uri: accepted }], occupations: [] } });
    expect(put.status).toBe(200);
    const after = new Map((await rows(person.id)).filter((r) => r.kind === 'skill').map((r) => [r.uri, r.source]));
    expect(after.get(accepted!)).toBe('hr');
    expect(after.get(confirmed!)).toBe('confirmed_by_person');
    for (const uri of others) expect(after.get(uri)).toBe('extracted_profile');
    // A second list without the accepted skill removes HR's own skill only.
    expect((await hr.request('PUT', `/api/people/${person.id}/skills`, { body: { skills: [], occupations: [] } })).status).toBe(200);
    const last = new Map((await rows(person.id)).filter((r) => r.kind === 'skill').map((r) => [r.uri, r.source]));
    expect(last.has(accepted!)).toBe(false);
    expect(last.get(confirmed!)).toBe('confirmed_by_person');
    expect([...last.keys()].sort()).toEqual([confirmed!, ...others].sort());
  }, 60_000);

  it('role-checks the HR routes and scopes people to the organisation', async () => {
    const anonymous = new HttpClient(t.app, '10.8.9.1');
    expect((await anonymous.postForm('/api/me/skills/cv', await multipart({}, { field: 'cv', name: 'cv.pdf', data: pdfWithText(DUTCH_CV) }))).status).toBe(401);
    expect((await anonymous.get('/api/me/skill-profile')).status).toBe(401);
    const forbidden = await me.post(`/api/people/${employee.personId}/skills/from-profile`);
    expect(forbidden.status).toBe(403);
    expect((await me.get(`/api/people/${employee.personId}/skill-profile`)).status).toBe(403);
    const otherHr = await signIn(await createUser(t.dataSource, await createOrganisation(t.dataSource, 'Ander BV'), ['hr_admin']));
    const notFound = await otherHr.post(`/api/people/${employee.personId}/skills/from-profile`);
    expect(notFound.status).toBe(404);
    expect(notFound.body.code).toBe('not_found');
    expect((await otherHr.get(`/api/people/${employee.personId}/skill-profile`)).status).toBe(404);
    expect(await rows(employee.personId)).not.toEqual(expect.arrayContaining([expect.objectContaining({ source: 'extracted_profile' })]));
  });

  it('shows the matching consent state', async () => {
    const none = await me.get('/api/me/skill-profile');
    expect(none.body.matchingConsent).toEqual({ status: 'none', active: false, givenAt: null, expiresAt: null });
    const given = new Date(Date.now() - 86_400_000);
    await t.dataSource.query(
      `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at) VALUES ($1, $2, 'matching', 'granted', 'test', $3)`,
      [org, employee.personId, given],
    );
    const granted = await me.get('/api/me/skill-profile');
    expect(granted.body.matchingConsent).toEqual({ status: 'granted', active: true, givenAt: given.toISOString(), expiresAt: null });
  });
});
