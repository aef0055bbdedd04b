import { PreboardingJobService } from '@kring/server-erm';
import { MailSender } from '@kring/server-mail';
import { FakeClock, SmtpSink } from '@kring/server-testing';
import { createPerson, welcomeTemplate } from '../testing/erm-preboarding-fixtures';
import { createOrganisation, createUser, Fixture } from '../testing/fixtures';
import { HttpClient } from '../testing/http-client';
import { mailCount, tokenFromLatestMail } from '../testing/mail';
import { createProgramme } from '../testing/referral-fixtures';
import { bootTestApp, TestApp } from '../testing/test-app';

describe('preboarding (e2e)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let clock: FakeClock;
  let ip = 0;

  const sessions = new Map<string, HttpClient>();
  /** Signs in once per user and again when the session ended (tests move the clock by weeks). */
  const signIn = async (user: Fixture) => {
    const cached = sessions.get(user.userId);
    if (cached && (await cached.get('/api/auth/session')).status === 200) return cached;
    const http = new HttpClient(t.app, `10.7.${Math.floor(++ip / 250)}.${ip % 250}`);
    expect((await http.post('/api/auth/login', { email: user.email, password: user.password })).status).toBe(200);
    sessions.set(user.userId, http);
    return http;
  };
  const anonymous = () => new HttpClient(t.app, `10.8.${Math.floor(++ip / 250)}.${ip % 250}`);
  const job = () => t.app.get(PreboardingJobService).run();
  /** An organisation with an HR admin and the welcome template as default. */
  const organisation = async (name = 'Zorggroep De Linde') => {
    const org = await createOrganisation(t.dataSource, name);
    const hr = await createUser(t.dataSource, org, ['hr_admin']);
    const http = await signIn(hr);
    const template = await http.post('/api/preboarding/templates', welcomeTemplate());
    expect(template.status).toBe(201);
    return { org, hr, http, templateId: template.body.id as string };
  };
  const deliver = async () => {
    const queued: Array<{ id: string }> = await t.dataSource.query(`SELECT id FROM mail_messages WHERE status = 'queued' ORDER BY created_at`);
    for (const { id } of queued) await t.app.get(MailSender).send(id);
  };
  const mailsTo = (to: string, kind: string): Promise<Array<{ text_body: string | null; locale: string; subject: string }>> =>
    t.dataSource.query(`SELECT text_body, locale, subject FROM mail_messages WHERE to_address = $1 AND kind = $2 ORDER BY created_at`, [to, kind]);
  const lookup = (token: string) => anonymous().post('/api/preboarding/checklist/lookup', { token });
  const tick = (token: string, taskId: string, done = true) => anonymous().post(`/api/preboarding/checklist/tasks/${taskId}`, { token, done });

  beforeAll(async () => {
    sink = await SmtpSink.start();
    clock = new FakeClock('2027-03-01T09:00:00Z');
    t = await bootTestApp({ clock, env: { SMTP_URL: sink.url } });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('keeps templates for HR only, with exactly one default per organisation', async () => {
    clock.set('2027-03-01T09:00:00Z');
    const { org, http, templateId } = await organisation();
    const second = await http.post('/api/preboarding/templates', welcomeTemplate({ name: 'Flexpool', tasks: [] }));
    expect(second.status).toBe(201);
    const defaults = await t.dataSource.query(`SELECT id FROM preboarding_templates WHERE organisation_id = $1 AND is_default`, [org]);
    expect(defaults).toEqual([{ id: second.body.id }]);
    const list = await http.get('/api/preboarding/templates');
    expect(list.body.map((tpl: { name: string; isDefault: boolean }) => [tpl.name, tpl.isDefault])).toEqual([['Flexpool', true], ['Welkom', false]]);
    expect(list.body[1].tasks.map((task: { dueOffsetDays: number }) => task.dueOffsetDays)).toEqual([-14, -7, -2, -3, 0, 5]);

    const taken = await http.post('/api/preboarding/templates', welcomeTemplate({ name: 'welkom' }));
    expect(taken.status).toBe(409);
    expect(taken.headers['content-type']).toContain('application/problem+json');
    expect(taken.body.code).toBe('preboarding_template_name_taken');
    const invalid = await http.post('/api/preboarding/templates', welcomeTemplate({ tasks: [{ titleNl: 'x', titleEn: 'x', dueOffsetDays: 400, assignee: 'boss' }] }));
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['tasks.0.assignee', 'tasks.0.dueOffsetDays']);

    // The default stays: it cannot be unmarked, nor deleted while another template exists.
    const unmark = await http.request('PUT', `/api/preboarding/templates/${second.body.id}`, { body: welcomeTemplate({ name: 'Flexpool', isDefault: false, tasks: [] }) });
    expect(unmark.status).toBe(409);
    expect(unmark.body).toMatchObject({ code: 'preboarding_default_required', errors: [{ field: 'isDefault' }] });
    expect((await http.request('DELETE', `/api/preboarding/templates/${second.body.id}`)).body.code).toBe('preboarding_default_required');
    expect((await http.request('DELETE', `/api/preboarding/templates/${templateId}`)).status).toBe(204);
    expect((await http.request('DELETE', `/api/preboarding/templates/${second.body.id}`)).status).toBe(204);
    expect((await http.get('/api/preboarding/templates')).body).toEqual([]);
    const first = await http.post('/api/preboarding/templates', welcomeTemplate({ name: 'Eerste', isDefault: false }));
    expect(first.body.isDefault).toBe(true); // the first template becomes the default

    const employee = await signIn(await createUser(t.dataSource, org, ['employee']));
    expect((await employee.get('/api/preboarding/templates')).status).toBe(403);
    expect((await employee.get('/api/preboarding/starters')).status).toBe(403);
    expect((await anonymous().get('/api/preboarding/templates')).status).toBe(401);
    const other = await organisation('Andere Zorg');
    expect((await other.http.get(`/api/preboarding/templates/${first.body.id}`)).status).toBe(404);
    expect((await other.http.request('PUT', `/api/preboarding/templates/${first.body.id}`, { body: welcomeTemplate({ name: 'Overgenomen' }) })).status).toBe(404);
    expect((await other.http.request('DELETE', `/api/preboarding/templates/${first.body.id}`)).status).toBe(404);
  });

  it('creates one checklist per starter from the default template (due dates across DST), mails the link once, and ignores later template edits', async () => {
    clock.set('2027-03-01T09:00:00Z');
    const { org, http, templateId } = await organisation();
    // Clocks go forward in Amsterdam on Sunday 28 March 2027; the first day is Monday 29 March.
    const starter = await createPerson(t.dataSource, org, { firstName: 'Emma', lastName: 'de Boer', locale: 'en', startDate: '2027-03-29', department: 'Keuken' });

    const first = await job();
    expect(first.checklistsCreated).toBeGreaterThanOrEqual(1);
    const detail = await http.get(`/api/preboarding/starters/${starter.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.tasks.map((task: { titleEn: string; dueOn: string; assignee: string }) => [task.titleEn, task.dueOn, task.assignee])).toEqual([
      ['Upload documents', '2027-03-15', 'starter'],
      ['Meet your buddy', '2027-03-22', 'starter'],
      ['Prepare laptop and badge', '2027-03-27', 'hr'],
      // "Check your roster" is for the Zorg department only.
      ['First working day', '2027-03-29', 'starter'],
      ['First-week check-in', '2027-04-03', 'hr'],
    ]);
    expect(detail.body.checklist).toMatchObject({ templateName: 'Welkom', startDate: '2027-03-29' });

    const mails = await mailsTo(starter.email!, 'erm_preboarding_welcome');
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ locale: 'en', subject: 'Welcome to Zorggroep De Linde! Your starter checklist is ready' });
    expect(mails[0]!.text_body).toContain('Monday, 29 March 2027');
    expect(mails[0]!.text_body).toMatch(/http:\/\/[^/]+\/preboarding\/checklist\?token=[A-Za-z0-9_-]{20,}/);
    await deliver();
    expect(sink.messages.filter((m) => m.envelopeTo.includes(starter.email!))).toHaveLength(1);

    await job();
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM preboarding_checklists WHERE person_id = $1`, [starter.id])).toEqual([{ n: 1 }]);
    expect(await mailCount(t.dataSource, starter.email!)).toBe(1);

    const edited = await http.request('PUT', `/api/preboarding/templates/${templateId}`, { body: welcomeTemplate({ tasks: [{ titleNl: 'Nieuw', titleEn: 'New', dueOffsetDays: -1, assignee: 'starter' }] }) });
    expect(edited.status).toBe(200);
    expect((await http.get(`/api/preboarding/starters/${starter.id}`)).body.tasks).toHaveLength(5);
  });

  it('lets the starter see and tick their own tasks by link (one touchpoint per task), not HR tasks, and refuses bad or expired links', async () => {
    clock.set('2027-03-01T09:00:00Z');
    const { org, http } = await organisation();
    const starter = await createPerson(t.dataSource, org, { firstName: 'Daan', startDate: '2027-03-29', department: 'Zorg' });
    await job();
    const token = await tokenFromLatestMail(t.dataSource, starter.email!, 'erm_preboarding_welcome');

    const view = await lookup(token);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ organisationName: 'Zorggroep De Linde', firstName: 'Daan', startDate: '2027-03-29', done: 0, total: 6 });
    const [upload, , laptop] = view.body.tasks as Array<{ id: string; assignee: string }>;

    const ticked = await tick(token, upload!.id);
    expect(ticked.status).toBe(200);
    expect(ticked.body.tasks[0]).toMatchObject({ done: true, overdue: false });
    expect(ticked.body.done).toBe(1);
    await tick(token, upload!.id, false);
    await tick(token, upload!.id, true);
    await tick(token, upload!.id, true); // reusable link, repeated tick
    const touchpoints = await t.dataSource.query(`SELECT kind, channel, phase, subject_id FROM touchpoints WHERE person_id = $1`, [starter.id]);
    expect(touchpoints.filter((tp: { kind: string }) => tp.kind === 'preboarding_task_done')).toEqual([
      { kind: 'preboarding_task_done', channel: 'preboarding', phase: 'entry', subject_id: upload!.id },
    ]);

    const hrTask = await tick(token, laptop!.id);
    expect(hrTask.status).toBe(403);
    expect(hrTask.body.code).toBe('preboarding_task_not_yours');
    expect((await http.post(`/api/preboarding/starters/${starter.id}/tasks/${upload!.id}`, { done: false })).body.code).toBe('preboarding_task_not_yours');
    const hrTicked = await http.post(`/api/preboarding/starters/${starter.id}/tasks/${laptop!.id}`, { done: true });
    expect(hrTicked.status).toBe(200);
    expect(hrTicked.body).toMatchObject({ done: 2, total: 6 });

    // Another checklist's task through this link: not found.
    const stranger = await createPerson(t.dataSource, org, { startDate: '2027-04-05' });
    await job();
    const strangerTask = (await http.get(`/api/preboarding/starters/${stranger.id}`)).body.tasks[0].id;
    expect((await tick(token, strangerTask)).status).toBe(404);

    const wrong = await lookup('x'.repeat(43));
    expect(wrong.status).toBe(410);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.body.code).toBe('preboarding_token_invalid');
    expect((await lookup('short')).status).toBe(400);

    clock.set('2027-04-28T21:30:00Z'); // 23:30 on 28 April in Amsterdam: the last day of the link (start + 30)
    expect((await lookup(token)).status).toBe(200);
    clock.set('2027-04-28T22:30:00Z'); // 00:30 on 29 April
    const expired = await lookup(token);
    expect(expired.status).toBe(410);
    expect(expired.body.code).toBe('preboarding_token_invalid');
  });

  it('lets HR start preboarding by hand, follow progress, change the start date and resend the link', async () => {
    clock.set('2027-03-10T09:00:00Z');
    const { org, http } = await organisation();
    const person = await createPerson(t.dataSource, org, { firstName: 'Lotte', lastName: 'Visser', phase: 'orientation' });

    const started = await http.post('/api/preboarding/starters', { personId: person.id, startDate: '2027-03-22' });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ phase: 'entry', startDate: '2027-03-22', total: 5, done: 0 });
    const history = await t.dataSource.query(`SELECT from_phase, to_phase, cause FROM phase_transitions WHERE person_id = $1 ORDER BY occurred_at, created_at`, [person.id]);
    expect(history).toEqual([
      { from_phase: null, to_phase: 'orientation', cause: 'created' },
      { from_phase: 'orientation', to_phase: 'entry', cause: 'manual' },
    ]);
    expect(await mailsTo(person.email!, 'erm_preboarding_welcome')).toHaveLength(1);
    const again = await http.post('/api/preboarding/starters', { personId: person.id, startDate: '2027-03-22' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('preboarding_already_started');
    await job();
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM preboarding_checklists WHERE person_id = $1`, [person.id])).toEqual([{ n: 1 }]);

    const list = await http.get('/api/preboarding/starters');
    const row = list.body.find((s: { personId: string }) => s.personId === person.id);
    // Today is 10 March: "Upload documents" was due 8 March.
    expect(row).toMatchObject({ name: 'Lotte Visser', startDate: '2027-03-22', done: 0, total: 5, overdue: 1, nextTask: { titleEn: 'Upload documents', dueOn: '2027-03-08', assignee: 'starter' } });

    const token = await tokenFromLatestMail(t.dataSource, person.email!, 'erm_preboarding_welcome');
    const upload = started.body.tasks[0].id;
    await tick(token, upload);
    const moved = await http.request('PUT', `/api/preboarding/starters/${person.id}/start-date`, { body: { startDate: '2027-04-05' } });
    expect(moved.status).toBe(200);
    expect(moved.body.tasks.map((task: { dueOn: string; done: boolean }) => [task.dueOn, task.done])).toEqual([
      ['2027-03-08', true], // done: keeps its date
      ['2027-03-29', false],
      ['2027-04-03', false],
      ['2027-04-05', false],
      ['2027-04-10', false],
    ]);
    expect((await t.dataSource.query(`SELECT start_date::text AS d FROM people WHERE id = $1`, [person.id]))[0].d).toBe('2027-04-05');

    const resent = await http.post(`/api/preboarding/starters/${person.id}/link`);
    expect(resent.status).toBe(200);
    expect(resent.body).toEqual({ sentTo: person.email });
    const fresh = await tokenFromLatestMail(t.dataSource, person.email!, 'erm_preboarding_welcome');
    expect(fresh).not.toBe(token);
    expect((await lookup(fresh)).body.startDate).toBe('2027-04-05');
    expect((await lookup(token)).status).toBe(200); // earlier links keep working until they expire

    // Isolation and access.
    const other = await organisation('Andere Zorg');
    expect((await other.http.get(`/api/preboarding/starters/${person.id}`)).status).toBe(404);
    expect((await other.http.post('/api/preboarding/starters', { personId: person.id, startDate: '2027-05-01' })).status).toBe(404);
    expect((await other.http.post(`/api/preboarding/starters/${person.id}/link`)).status).toBe(404);
    expect((await other.http.request('PUT', `/api/preboarding/starters/${person.id}/start-date`, { body: { startDate: '2027-05-01' } })).status).toBe(404);
    expect((await other.http.post(`/api/preboarding/starters/${person.id}/tasks/${started.body.tasks[2].id}`, { done: true })).status).toBe(404);
    expect((await other.http.get('/api/preboarding/starters')).body.some((s: { personId: string }) => s.personId === person.id)).toBe(false);
    const employee = await signIn(await createUser(t.dataSource, org, ['employee']));
    expect((await employee.post('/api/preboarding/starters', { personId: person.id, startDate: '2027-05-01' })).status).toBe(403);
    expect((await anonymous().get(`/api/preboarding/starters/${person.id}`)).status).toBe(401);
    expect((await http.get('/api/preboarding/starters/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('gives a candidate hired through the referral pipeline a checklist and the link', async () => {
    clock.set('2027-03-01T09:00:00Z');
    const { org, http } = await organisation();
    const referrer = await createUser(t.dataSource, org, ['employee']);
    const programme = await createProgramme(t.dataSource, org, { kind: 'internal' });
    const candidate = await createPerson(t.dataSource, org, { firstName: 'Sara', lastName: 'Jansen', phase: 'orientation' });
    const [referral] = await t.dataSource.query(
      `INSERT INTO referrals (organisation_id, programme_id, referrer_user_id, candidate_person_id, candidate_name, candidate_email, consent_state, consent_due_at, stage)
       VALUES ($1, $2, $3, $4, 'Sara Jansen', $5, 'consented', '2027-03-10', 'offer') RETURNING id`,
      [org, programme, referrer.userId, candidate.id, candidate.email],
    );
    const hired = await http.post(`/api/referrals/${referral.id}/stage`, { stage: 'hired', startDate: '2027-04-01', probationMonths: 2 });
    expect(hired.status).toBe(200);

    await job();
    const detail = await http.get(`/api/preboarding/starters/${candidate.id}`);
    expect(detail.body).toMatchObject({ phase: 'entry', startDate: '2027-04-01', total: 5, checklist: { templateName: 'Welkom', startDate: '2027-04-01' } });
    const token = await tokenFromLatestMail(t.dataSource, candidate.email!, 'erm_preboarding_welcome');
    expect((await lookup(token)).body).toMatchObject({ firstName: 'Sara', startDate: '2027-04-01', total: 5 });
  });

  it('refuses to start preboarding without a default template', async () => {
    clock.set('2027-03-10T09:00:00Z');
    const org = await createOrganisation(t.dataSource, 'Zonder Sjabloon');
    const http = await signIn(await createUser(t.dataSource, org, ['hr_admin']));
    const person = await createPerson(t.dataSource, org, { phase: 'relation' });
    const res = await http.post('/api/preboarding/starters', { personId: person.id, startDate: '2027-04-01' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('preboarding_no_template');
    expect((await t.dataSource.query(`SELECT phase FROM people WHERE id = $1`, [person.id]))[0].phase).toBe('relation');
  });

  it('nudges a starter once per overdue task, again at most every three days, never before due or for done tasks; HR once a day', async () => {
    clock.set('2027-03-01T09:00:00Z');
    const { org, hr } = await organisation();
    const starter = await createPerson(t.dataSource, org, { firstName: 'Sem', startDate: '2027-03-29' });
    await job();
    const token = await tokenFromLatestMail(t.dataSource, starter.email!, 'erm_preboarding_welcome');
    const nudges = () => mailsTo(starter.email!, 'erm_preboarding_nudge');
    const hrMails = () => mailsTo(hr.email, 'erm_preboarding_hr_overdue');

    clock.set('2027-03-15T21:30:00Z'); // still 15 March (22:30 Amsterdam): "Upload documents" is due today, not overdue
    await job();
    expect(await nudges()).toHaveLength(0);

    clock.set('2027-03-16T07:00:00Z');
    await job();
    await job(); // a second run the same hour changes nothing
    expect(await nudges()).toHaveLength(1);
    expect((await nudges())[0]!.text_body).toContain('Documenten uploaden');

    clock.set('2027-03-18T07:00:00Z'); // two days later: too soon
    await job();
    expect(await nudges()).toHaveLength(1);

    clock.set('2027-03-19T07:00:00Z'); // three days later: again
    await job();
    expect(await nudges()).toHaveLength(2);

    // "Meet your buddy" becomes overdue on 23 March; "Upload documents" is done by then: only the buddy is nudged.
    const view = await lookup(token);
    await tick(token, view.body.tasks[0].id);
    clock.set('2027-03-23T07:00:00Z');
    await job();
    const all = await nudges();
    expect(all).toHaveLength(3);
    expect(all[2]!.text_body).toContain('Kennismaken met je buddy');
    expect(all[2]!.text_body).not.toContain('Documenten uploaden');
    expect(await hrMails()).toHaveLength(0); // HR's laptop task is due 27 March

    clock.set('2027-03-28T07:00:00Z');
    await job();
    await job();
    expect(await hrMails()).toHaveLength(1);
    expect((await hrMails())[0]!.text_body).toContain('Laptop en pas klaarzetten');
    clock.set('2027-03-28T20:00:00Z'); // same Amsterdam day
    await job();
    expect(await hrMails()).toHaveLength(1);
    clock.set('2027-03-29T07:00:00Z');
    await job();
    expect(await hrMails()).toHaveLength(2);
  });

  it('moves a starter to employment when the start date arrives in Amsterdam, with a history row, once', async () => {
    clock.set('2027-03-01T09:00:00Z');
    const { org } = await organisation();
    const starter = await createPerson(t.dataSource, org, { startDate: '2027-03-29' });
    const phase = async () => (await t.dataSource.query(`SELECT phase FROM people WHERE id = $1`, [starter.id]))[0].phase;

    clock.set('2027-03-28T21:59:00Z'); // 23:59 on 28 March, summer time
    await job();
    expect(await phase()).toBe('entry');

    clock.set('2027-03-28T22:01:00Z'); // 00:01 on 29 March
    await job();
    expect(await phase()).toBe('employment');
    await job();
    const history = await t.dataSource.query(
      `SELECT from_phase, to_phase, cause, occurred_at FROM phase_transitions WHERE person_id = $1 ORDER BY occurred_at, created_at`,
      [starter.id],
    );
    expect(history.map((h: { from_phase: string | null; to_phase: string; cause: string }) => [h.from_phase, h.to_phase, h.cause])).toEqual([
      [null, 'entry', 'created'],
      ['entry', 'employment', 'start_date_reached'],
    ]);
    expect(history[1].occurred_at).toEqual(new Date('2027-03-28T22:01:00Z'));
  });
});
