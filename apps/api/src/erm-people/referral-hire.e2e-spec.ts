import { FakeClock } from '@kring/server-testing';
import { createUser } from '../testing/fixtures';
import { ermOrganisation, signInAs } from '../testing/erm-people-fixtures';
import { createProgramme, createVacancy } from '../testing/referral-fixtures';
import { bootTestApp, TestApp } from '../testing/test-app';

describe('ERM: a hired referral moves the candidate to entry (e2e through the pipeline API)', () => {
  let t: TestApp;
  const clock = new FakeClock('2027-04-01T09:00:00Z');

  beforeAll(async () => {
    t = await bootTestApp({ clock });
  });
  afterAll(() => t.close());

  /** An employee refers `email`; HR records the candidate's consent and moves the referral to hired. */
  const referAndHire = async (org: Awaited<ReturnType<typeof ermOrganisation>>, email: string) => {
    const vacancy = await createVacancy(t.dataSource, org.id, { title: 'Verpleegkundige' });
    await createProgramme(t.dataSource, org.id, { kind: 'internal' });
    const employeeUser = await createUser(t.dataSource, org.id, ['employee']);
    const employee = await signInAs(t, employeeUser);
    const submitted = await employee.post('/api/referrals', {
      vacancyId: vacancy,
      candidateName: 'Sanne de Boer',
      candidateEmail: email,
      relationship: 'former_colleague',
      motivation: 'Kent de afdeling',
      candidateInformed: true,
    });
    expect(submitted.status).toBe(201);
    const referralId = submitted.body.id as string;
    expect((await org.hr.post(`/api/referrals/${referralId}/consent`, { note: 'Telefonisch akkoord gegeven' })).status).toBe(200);
    clock.advance(60_000);
    const hired = await org.hr.post(`/api/referrals/${referralId}/stage`, { stage: 'hired', startDate: '2027-05-01', probationMonths: 2 });
    expect(hired.status).toBe(200);
    return { referralId, employeeUser };
  };

  it('moves a new candidate to entry with cause referral_hired, sets the start date, and shows it on both timelines', async () => {
    const org = await ermOrganisation(t);
    const { referralId, employeeUser } = await referAndHire(org, 'sanne.nieuw@example.test');
    const [person] = await t.dataSource.query(`SELECT id FROM people WHERE organisation_id = $1 AND email = 'sanne.nieuw@example.test'`, [org.id]);
    const { body } = await org.hr.get(`/api/people/${person.id}`);
    expect(body).toMatchObject({ phase: 'entry', startDate: '2027-05-01', boomerangAt: null, source: 'referral' });
    expect(body.phaseHistory.map((h: { fromPhase: string | null; toPhase: string; cause: string; actorUserId: string | null }) => [h.fromPhase, h.toPhase, h.cause, h.actorUserId])).toEqual([
      [null, 'information', 'created', null],
      ['information', 'entry', 'referral_hired', org.hrUser.userId],
    ]);

    const candidateTimeline = (await org.hr.get(`/api/people/${person.id}/timeline`)).body;
    const kinds = candidateTimeline.items.map((i: { kind: string }) => i.kind);
    expect(kinds).toEqual(expect.arrayContaining(['referral_received', 'referral_stage_changed', 'phase_changed']));
    expect(candidateTimeline.items.find((i: { kind: string }) => i.kind === 'referral_received').details).toMatchObject({
      referralId,
      referralRole: 'candidate',
      stage: 'hired',
      vacancyTitle: 'Verpleegkundige',
      counterpartName: `Test employee`,
    });
    expect(candidateTimeline.items.find((i: { kind: string }) => i.kind === 'referral_stage_changed').details).toMatchObject({ fromStage: 'new', stage: 'hired' });

    const referrerTimeline = (await org.hr.get(`/api/people/${employeeUser.personId}/timeline`)).body;
    expect(referrerTimeline.items.find((i: { kind: string }) => i.kind === 'referral_made').details).toMatchObject({
      referralId,
      referralRole: 'referrer',
      counterpartName: 'Sanne de Boer',
    });
  });

  it('marks a former employee (exit) who is hired again through a referral as a boomerang', async () => {
    const org = await ermOrganisation(t);
    const alumna = await org.person({ firstName: 'Sanne', lastName: 'de Boer', email: 'sanne.oud@example.test', phase: 'exit' });
    await referAndHire(org, 'Sanne.Oud@example.test');
    const { body } = await org.hr.get(`/api/people/${alumna}`);
    expect(body.phase).toBe('entry');
    expect(body.boomerangAt).toBe(clock.now().toISOString());
    expect(body.phaseHistory.at(-1)).toMatchObject({ fromPhase: 'exit', toPhase: 'entry', cause: 'referral_hired' });
    const boomerangs = await org.hr.get('/api/people?phases=entry');
    expect(boomerangs.body.items).toEqual([expect.objectContaining({ id: alumna, boomerangAt: clock.now().toISOString() })]);
  });
});
