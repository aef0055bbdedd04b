import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { frac, planDemoInsights, PRE_MONTHS, SPAN_DAYS, type Department, type DemoInsightsPlan, type PlannedPerson, type VacancyRef } from './demo-insights-plan';
import { seedDemoInsightsMailings } from './demo-insights-mailings';
import { insertRows, storyClock, type Row, type Story } from './demo-insights-sql';

const DAY = 86_400_000;
/** External references of the demo's ATS import; their presence means the story is loaded. */
export const DEMO_ATS_PREFIX = 'ATS-';

const TAGS: Record<Department, string> = { Wijkzorg: 'zorg', 'Verpleeghuis De Linde': 'zorg', Facilitair: 'facilitair', Staf: 'kantoor' };

const OPEN_VACANCY_TITLES: Record<Department, string | null> = {
  Wijkzorg: 'Verpleegkundige wijkzorg',
  'Verpleeghuis De Linde': 'Helpende Plus',
  Facilitair: 'Facilitair medewerker',
  Staf: null,
};

/**
 * The HR dashboard's 24-month story (issue 7): colleagues, referrals through every stage, hires of every channel
 * (an ATS import), offers, costs, rewards, quality ratings, leavers, candidate surveys, shares, newsletters and job
 * alerts. Added once: skipped when the organisation already has the demo's imported hires. See docs/developer/demo-data.md.
 */
export async function seedDemoInsights(tx: EntityManager, organisationId: string, now: Date): Promise<boolean> {
  const [done] = await tx.query(`SELECT 1 FROM hires WHERE organisation_id = $1 AND source = 'import' AND external_ref LIKE $2 LIMIT 1`, [
    organisationId,
    `${DEMO_ATS_PREFIX}%`,
  ]);
  if (done) return false;
  const users: Array<{ id: string; email: string }> = await tx.query(`SELECT id, email FROM users WHERE organisation_id = $1`, [organisationId]);
  const hr = users.find((u) => u.email === 'hr@demo.kring.localhost');
  const employee = users.find((u) => u.email === 'medewerker@demo.kring.localhost');
  const programmes: Array<{ id: string; name: string; starts_at: Date | null }> = await tx.query(
    `SELECT id, name, starts_at FROM programmes WHERE organisation_id = $1`,
    [organisationId],
  );
  const internal = programmes.find((p) => p.name === 'Medewerkers werven medewerkers');
  const network = programmes.find((p) => p.name === 'Netwerk De Linde');
  if (!hr || !employee || !internal || !network) return false;

  const names: Array<{ first_name: string; last_name: string }> = await tx.query(`SELECT first_name, last_name FROM people WHERE organisation_id = $1`, [organisationId]);
  const plan = planDemoInsights(now, new Set(names.map((n) => `${n.first_name}|${n.last_name}`)));
  const s: Story = { tx, org: organisationId, plan, now, ...storyClock(now), hrId: hr.id, employeeUserId: employee.id } as Story;
  s.programmeId = await seedProgrammes(s, internal.id, network.id);
  s.vacancyId = await seedVacancies(s);
  Object.assign(s, await seedPeople(s));
  Object.assign(s, await seedReferrals(s));
  await seedHires(s);
  await seedRewards(s);
  await seedCosts(s);
  await seedSurveys(s);
  await seedLeavers(s);
  await seedDemoInsightsMailings(s);
  return true;
}

/** The programme has run for two years; last year's summer action was for district nursing only. */
async function seedProgrammes(s: Story, internalId: string, networkId: string): Promise<Story['programmeId']> {
  const { tx, org, plan, at } = s;
  const programmeStart = at(SPAN_DAYS + 20, 9, 0);
  await tx.query(`UPDATE programmes SET starts_at = $3, created_at = least(created_at, $3) WHERE organisation_id = $1 AND id = $2 AND (starts_at IS NULL OR starts_at > $3)`, [
    org,
    internalId,
    programmeStart,
  ]);
  const actionId = randomUUID();
  await tx.query(
    `INSERT INTO programmes (id, organisation_id, name, kind, audiences, starts_at, ends_at, vacancy_scope, reward_summary, terms_markdown, created_at, updated_at)
     VALUES ($1, $2, $3, 'internal', '{employee_permanent,employee_flex}', $4, $5, 'selected', '€ 1.000 bruto (actie)', $6, $7, $5)`,
    [
      actionId,
      org,
      plan.action.name,
      at(plan.action.startDaysAgo, 9, 0),
      at(plan.action.endDaysAgo, 17, 0),
      'Draag deze zomer een wijkverpleegkundige aan: € 1.000 bruto, de helft bij de start en de rest na de proeftijd.',
      at(plan.action.startDaysAgo + 14, 10, 30),
    ],
  );
  const programmeId = { internal: internalId, network: networkId, action: actionId };
  return programmeId;
}

/** Vacancies of the past two years, all closed now; the open demo vacancies stand for the last two months. */
async function seedVacancies(s: Story): Promise<Story['vacancyId']> {
  const { tx, org, plan, at } = s;
  const vacancyIds = plan.vacancies.map(() => randomUUID());
  await insertRows(
    tx,
    'vacancies',
    {
      id: 'uuid', organisation_id: 'uuid', title: 'text', description_markdown: 'text', department: 'text', location: 'text', skills: 'text[]',
      status: 'text', hard_to_fill: 'boolean', hiring_manager_user_id: 'uuid', opened_at: 'timestamptz', closed_at: 'timestamptz',
      hours_min: 'numeric', hours_max: 'numeric', salary_min: 'integer', salary_max: 'integer', salary_period: 'text', created_at: 'timestamptz', updated_at: 'timestamptz',
    },
    plan.vacancies.map((v, i) => ({
      id: vacancyIds[i], organisation_id: org, title: v.title, description_markdown: `Vacature ${v.title.toLowerCase()} bij ${v.department}. Deze vacature is vervuld.`,
      department: v.department, location: v.location, skills: v.skills, status: 'closed', hard_to_fill: v.hardToFill, hiring_manager_user_id: s.hrId,
      opened_at: at(v.openedDaysAgo, 9, 0), closed_at: at(v.closedDaysAgo, 16, 0), hours_min: 16, hours_max: 32, salary_min: 2600, salary_max: 4100,
      salary_period: 'month', created_at: at(v.openedDaysAgo + 2, 14, 0), updated_at: at(v.closedDaysAgo, 16, 0),
    })),
  );
  await insertRows(
    tx,
    'programme_vacancies',
    { organisation_id: 'uuid', programme_id: 'uuid', vacancy_id: 'uuid' },
    plan.vacancies
      .filter((v) => v.department === 'Wijkzorg' && v.openedDaysAgo > plan.action.endDaysAgo && v.closedDaysAgo < plan.action.startDaysAgo)
      .map((v) => ({ organisation_id: org, programme_id: s.programmeId.action, vacancy_id: vacancyIds[v.key] })),
  );
  const openVacancies: Array<{ id: string; title: string }> = await tx.query(`SELECT id, title FROM vacancies WHERE organisation_id = $1 AND status = 'open'`, [org]);
  const vacancyId = (ref: VacancyRef): string | null => {
    if (!ref) return null;
    if ('planned' in ref) return vacancyIds[ref.planned]!;
    return openVacancies.find((v) => v.title === OPEN_VACANCY_TITLES[ref.open])?.id ?? null;
  };
  return vacancyId;
}

/** People: created in their first phase (the trigger writes that history row), then every later move, then their phase now; accounts of colleagues. */
async function seedPeople(s: Story): Promise<Pick<Story, 'personIds' | 'userId'>> {
  const { tx, org, plan, at, day } = s;
  const personIds = plan.people.map(() => randomUUID());
  const finalPhase = (p: PlannedPerson) => p.moves.at(-1)?.to ?? p.initialPhase;
  let employeeNumber = 3000;
  await insertRows(
    tx,
    'people',
    {
      id: 'uuid', organisation_id: 'uuid', first_name: 'text', last_name: 'text', email: 'text', locale: 'text', phase: 'text', source: 'text',
      location: 'text', function_title: 'text', department: 'text', skills: 'text[]', tags: 'text[]', start_date: 'date', employment_type: 'text',
      employee_number: 'text', phase_changed_at: 'timestamptz', created_at: 'timestamptz', updated_at: 'timestamptz',
    },
    plan.people.map((p, i) => ({
      id: personIds[i], organisation_id: org, first_name: p.firstName, last_name: p.lastName, email: p.email, locale: p.locale, phase: p.initialPhase,
      source: p.source, location: p.location, function_title: p.functionTitle, department: p.department, skills: [],
      tags: p.startDaysAgo === null ? ['kandidaat'] : p.leftDaysAgo !== null ? ['alumni'] : [TAGS[p.department ?? 'Staf']],
      start_date: p.startDaysAgo === null ? null : day(p.startDaysAgo), employment_type: p.startDaysAgo === null ? null : 'permanent',
      employee_number: p.startDaysAgo === null ? null : `DL${++employeeNumber}`,
      phase_changed_at: at(p.createdDaysAgo, 10, 0), created_at: at(p.createdDaysAgo, 10, 0), updated_at: at(p.createdDaysAgo, 10, 0),
    })),
  );
  const moveAt = (daysAgo: number, cause: string) => (cause === 'offboarded' ? at(daysAgo, 9, 0) : cause === 'start_date_reached' ? at(daysAgo, 7, 0) : at(daysAgo, 15, 30));
  await insertRows(
    tx,
    'phase_transitions',
    { organisation_id: 'uuid', person_id: 'uuid', from_phase: 'text', to_phase: 'text', cause: 'text', reason: 'text', occurred_at: 'timestamptz' },
    plan.people.flatMap((p, i) =>
      p.moves.map((m) => ({ organisation_id: org, person_id: personIds[i], from_phase: m.from, to_phase: m.to, cause: m.cause, reason: m.reason, occurred_at: moveAt(m.daysAgo, m.cause) })),
    ),
  );
  await tx.query(
    `UPDATE people p SET phase = x.phase, phase_changed_at = x.changed_at, updated_at = x.changed_at, boomerang_at = x.boomerang_at
       FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, phase text, changed_at timestamptz, boomerang_at timestamptz)
      WHERE p.organisation_id = $1 AND p.id = x.id`,
    [
      org,
      JSON.stringify(
        plan.people.flatMap((p, i) =>
          p.moves.length
            ? [{ id: personIds[i], phase: finalPhase(p), changed_at: moveAt(p.moves.at(-1)!.daysAgo, p.moves.at(-1)!.cause), boomerang_at: p.boomerangDaysAgo === null ? null : moveAt(p.boomerangDaysAgo, 'rehired') }]
            : [],
        ),
      ),
    ],
  );

  // Accounts of colleagues (the referrers); those who left are deactivated.
  const userIds = new Map<number, string>();
  const userRows = plan.people
    .filter((p) => p.user && p.workEmail)
    .map((p) => {
      const id = randomUUID();
      userIds.set(p.key, id);
      return {
        id, organisation_id: org, person_id: personIds[p.key], email: p.workEmail, roles: ['employee'], status: p.leftDaysAgo === null ? 'active' : 'deactivated',
        locale: p.locale, leaderboard_opt_in: frac(p.key, 'leaderboard') < 0.4, created_at: at(p.startDaysAgo!, 8, 30), updated_at: at(p.leftDaysAgo ?? p.startDaysAgo!, 8, 30),
      };
    });
  await insertRows(
    tx,
    'users',
    { id: 'uuid', organisation_id: 'uuid', person_id: 'uuid', email: 'text', roles: 'text[]', status: 'text', locale: 'text', leaderboard_opt_in: 'boolean', created_at: 'timestamptz', updated_at: 'timestamptz' },
    userRows,
  );
  const userId = (ref: number | 'employee') => (ref === 'employee' ? s.employeeUserId : userIds.get(ref)!);
  return { personIds, userId };
}

/** Shared vacancies and referrals with their history. */
async function seedReferrals(s: Story): Promise<Pick<Story, 'shareLinkIds' | 'referralIds'>> {
  const { tx, org, plan, at, day } = s;
  // Shared vacancies (a trigger awards the share points at the time of sharing).
  const shareLinkIds = plan.shareLinks.map(() => randomUUID());
  await insertRows(
    tx,
    'share_links',
    { id: 'uuid', organisation_id: 'uuid', code: 'text', owner_user_id: 'uuid', vacancy_id: 'uuid', created_at: 'timestamptz', updated_at: 'timestamptz' },
    plan.shareLinks
      .map((l, i) => ({ id: shareLinkIds[i], organisation_id: org, code: l.code, owner_user_id: s.userId(l.owner), vacancy_id: s.vacancyId(l.vacancy), created_at: at(l.createdDaysAgo), updated_at: at(l.createdDaysAgo) }))
      .filter((l) => l.vacancy_id !== null),
    'ON CONFLICT DO NOTHING',
  );

  // Referrals with their history (points follow from the trigger).
  const referralIds = plan.referrals.map(() => randomUUID());
  const hireByReferral = new Map(plan.hires.filter((h) => h.referral !== null).map((h) => [h.referral!, h]));
  await insertRows(
    tx,
    'referrals',
    {
      id: 'uuid', organisation_id: 'uuid', programme_id: 'uuid', vacancy_id: 'uuid', referrer_user_id: 'uuid', candidate_person_id: 'uuid', candidate_name: 'text',
      candidate_email: 'text', candidate_locale: 'text', relationship: 'text', motivation: 'text', candidate_informed: 'boolean', source: 'text', share_link_id: 'uuid',
      stage: 'text', stage_changed_at: 'timestamptz', consent_state: 'text', consent_due_at: 'timestamptz', consent_decided_at: 'timestamptz', rejection_reason: 'text',
      rejection_reason_shareable: 'boolean', start_date: 'date', probation_months: 'integer', hired_person_id: 'uuid', hire_left_on: 'date', hire_left_reason: 'text',
      erased_at: 'timestamptz', created_at: 'timestamptz', updated_at: 'timestamptz',
    },
    plan.referrals.map((r, i) => {
      const erased = r.consent === 'declined' || r.consent === 'expired';
      const last = r.stages.at(-1);
      const hire = hireByReferral.get(r.key);
      const created = at(r.createdDaysAgo, 9 + (r.key % 3), (r.key * 7) % 60);
      const decided = r.consentDaysAgo === null ? null : at(Math.max(1, r.consentDaysAgo), 14 + (r.key % 3), (r.key * 11) % 60);
      const linked = r.shareLink === null ? null : plan.shareLinks[r.shareLink]!;
      const linkId = linked && s.vacancyId(linked.vacancy) ? shareLinkIds[r.shareLink!] : null;
      return {
        id: referralIds[i], organisation_id: org, programme_id: s.programmeId[r.programme], vacancy_id: s.vacancyId(r.vacancy), referrer_user_id: s.userId(r.referrer),
        candidate_person_id: r.candidate === null ? null : s.personIds[r.candidate], candidate_name: r.candidateName, candidate_email: r.candidateEmail, candidate_locale: r.locale,
        relationship: r.relationship, motivation: erased ? null : MOTIVATIONS[r.key % MOTIVATIONS.length], candidate_informed: true,
        source: linkId ? 'share_link' : 'referral_form', share_link_id: linkId, stage: last?.stage ?? 'new', stage_changed_at: last ? at(last.daysAgo) : created,
        consent_state: r.consent, consent_due_at: new Date(Date.parse(created) + 14 * DAY).toISOString(), consent_decided_at: decided, rejection_reason: r.rejectionReason,
        rejection_reason_shareable: r.rejectionReason !== null && r.key % 3 !== 0, start_date: hire ? day(hire.startDaysAgo) : null, probation_months: hire ? 2 : null,
        hired_person_id: hire ? s.personIds[hire.person!] : null, hire_left_on: hire?.leftDaysAgo != null ? day(hire.leftDaysAgo) : null,
        hire_left_reason: hire?.leftDaysAgo != null ? plan.people[hire.person!]!.leftReason : null, erased_at: erased ? decided : null, created_at: created,
        updated_at: last ? at(last.daysAgo) : (decided ?? created),
      };
    }),
  );
  await insertRows(
    tx,
    'referral_events',
    { organisation_id: 'uuid', referral_id: 'uuid', kind: 'text', from_value: 'text', to_value: 'text', actor_user_id: 'uuid', created_at: 'timestamptz' },
    plan.referrals.flatMap((r, i) => {
      const events: Row[] = [
        { organisation_id: org, referral_id: referralIds[i], kind: 'stage', from_value: null, to_value: 'new', actor_user_id: s.userId(r.referrer), created_at: at(r.createdDaysAgo, 9 + (r.key % 3), (r.key * 7) % 60) },
      ];
      if (r.consentDaysAgo !== null) {
        events.push({ organisation_id: org, referral_id: referralIds[i], kind: 'consent', from_value: 'awaiting_consent', to_value: r.consent, actor_user_id: null, created_at: at(Math.max(1, r.consentDaysAgo), 14 + (r.key % 3), (r.key * 11) % 60) });
      }
      let from = 'new';
      for (const step of r.stages) {
        events.push({ organisation_id: org, referral_id: referralIds[i], kind: 'stage', from_value: from, to_value: step.stage, actor_user_id: s.hrId, created_at: at(step.daysAgo) });
        from = step.stage;
      }
      return events;
    }),
  );
  return { shareLinkIds, referralIds };
}

/** Hires (the ATS import and the referral hires), offers and quality ratings. */
async function seedHires(s: Story): Promise<void> {
  const { tx, org, plan, at, day } = s;
  // Hires: the ATS import (one file a month) and the referral hires (which a sync trigger may have written already).
  const monthOf = (daysAgo: number) => day(daysAgo).slice(0, 7);
  const importMonths = [...new Set(plan.hires.filter((h) => h.referral === null).map((h) => monthOf(h.hiredDaysAgo)))];
  const importIds = new Map(importMonths.map((m) => [m, randomUUID()]));
  const appliedAt = (month: string) => {
    const [y, mo] = month.split('-').map(Number) as [number, number];
    const firstOfNext = Date.UTC(mo === 12 ? y + 1 : y, mo === 12 ? 0 : mo, 2, 12);
    const daysAgo = Math.max(1, Math.floor((s.now.getTime() - firstOfNext) / DAY));
    return at(daysAgo, 8, 45);
  };
  await insertRows(
    tx,
    'hire_imports',
    {
      id: 'uuid', organisation_id: 'uuid', file_name: 'text', status: 'text', total_rows: 'integer', valid_rows: 'integer', created_rows: 'integer',
      created_by_user_id: 'uuid', applied_at: 'timestamptz', created_at: 'timestamptz', updated_at: 'timestamptz',
    },
    importMonths.map((m) => {
      const n = plan.hires.filter((h) => h.referral === null && monthOf(h.hiredDaysAgo) === m).length;
      return {
        id: importIds.get(m), organisation_id: org, file_name: `ats-export-${m}.csv`, status: 'applied', total_rows: n, valid_rows: n, created_rows: n,
        created_by_user_id: s.hrId, applied_at: appliedAt(m), created_at: appliedAt(m), updated_at: appliedAt(m),
      };
    }),
  );
  const hireIds = plan.hires.map(() => randomUUID());
  const hireRow = (h: DemoInsightsPlan['hires'][number], i: number) => ({
    id: hireIds[i], organisation_id: org, channel: h.channel, source: h.referral === null ? 'import' : 'referral',
    referral_id: h.referral === null ? null : s.referralIds[h.referral], programme_id: h.referral === null ? null : s.programmeId[plan.referrals[h.referral]!.programme],
    person_id: h.person === null ? null : s.personIds[h.person], vacancy_id: s.vacancyId(h.vacancy), department: h.department, job_title: h.jobTitle,
    applied_on: day(h.appliedDaysAgo), hired_on: day(h.hiredDaysAgo), start_date: day(h.startDaysAgo), left_on: h.leftDaysAgo === null ? null : day(h.leftDaysAgo),
    external_ref: h.externalRef, import_id: h.referral === null ? importIds.get(monthOf(h.hiredDaysAgo)) : null, created_by_user_id: h.referral === null ? s.hrId : null,
    created_at: h.referral === null ? appliedAt(monthOf(h.hiredDaysAgo)) : at(h.hiredDaysAgo), updated_at: at(h.leftDaysAgo ?? Math.max(1, h.hiredDaysAgo)),
  });
  const hireColumns = {
    id: 'uuid', organisation_id: 'uuid', channel: 'text', source: 'text', referral_id: 'uuid', programme_id: 'uuid', person_id: 'uuid', vacancy_id: 'uuid', department: 'text',
    job_title: 'text', applied_on: 'date', hired_on: 'date', start_date: 'date', left_on: 'date', external_ref: 'text', import_id: 'uuid', created_by_user_id: 'uuid',
    created_at: 'timestamptz', updated_at: 'timestamptz',
  };
  const hireRows = plan.hires.map(hireRow);
  await insertRows(tx, 'hires', hireColumns, hireRows, 'ON CONFLICT (organisation_id, referral_id) DO NOTHING');
  // Whatever a sync trigger wrote for a referral hire, the story's dates win.
  await tx.query(
    `UPDATE hires h SET applied_on = x.applied_on, hired_on = x.hired_on, start_date = x.start_date, left_on = x.left_on, department = x.department,
            job_title = x.job_title, person_id = coalesce(h.person_id, x.person_id), vacancy_id = coalesce(h.vacancy_id, x.vacancy_id)
       FROM jsonb_to_recordset($2::jsonb) AS x(referral_id uuid, applied_on date, hired_on date, start_date date, left_on date, department text, job_title text, person_id uuid, vacancy_id uuid)
      WHERE h.organisation_id = $1 AND h.referral_id = x.referral_id`,
    [org, JSON.stringify(hireRows.filter((h) => h.referral_id !== null))],
  );
  // Referral hires of the older demo data (e.g. Noah Smit) count too.
  await tx.query(
    `INSERT INTO hires (organisation_id, channel, source, referral_id, programme_id, person_id, vacancy_id, department, job_title, applied_on, hired_on, start_date, created_at, updated_at)
     SELECT r.organisation_id, 'referral', 'referral', r.id, r.programme_id, r.hired_person_id, r.vacancy_id, v.department, v.title,
            (r.created_at AT TIME ZONE 'Europe/Amsterdam')::date, (r.stage_changed_at AT TIME ZONE 'Europe/Amsterdam')::date, r.start_date, r.stage_changed_at, r.stage_changed_at
       FROM referrals r LEFT JOIN vacancies v ON v.id = r.vacancy_id
      WHERE r.organisation_id = $1 AND r.stage = 'hired'
     ON CONFLICT (organisation_id, referral_id) DO NOTHING`,
    [org],
  );
  const realHireIds: Array<{ id: string; referral_id: string }> = await tx.query(`SELECT id, referral_id FROM hires WHERE organisation_id = $1 AND referral_id IS NOT NULL`, [org]);
  const hireIdOf = (i: number) => {
    const h = plan.hires[i]!;
    return h.referral === null ? hireIds[i]! : realHireIds.find((r) => r.referral_id === s.referralIds[h.referral!])!.id;
  };

  // Offers of every channel: accepted (the hires), declined, a few still open.
  const offerRows = plan.offers.map((o) => ({
    organisation_id: org, channel: o.channel, referral_id: o.referral === null ? null : s.referralIds[o.referral],
    programme_id: o.referral === null ? null : s.programmeId[plan.referrals[o.referral]!.programme], hire_id: o.hire === null ? null : hireIdOf(o.hire), department: o.department,
    made_on: day(o.madeDaysAgo), outcome: o.outcome, decided_on: o.decidedDaysAgo === null ? null : day(o.decidedDaysAgo), external_ref: o.externalRef,
    created_at: at(o.madeDaysAgo), updated_at: at(o.decidedDaysAgo ?? o.madeDaysAgo),
  }));
  const offerColumns = {
    organisation_id: 'uuid', channel: 'text', referral_id: 'uuid', programme_id: 'uuid', hire_id: 'uuid', department: 'text', made_on: 'date', outcome: 'text',
    decided_on: 'date', external_ref: 'text', created_at: 'timestamptz', updated_at: 'timestamptz',
  };
  await insertRows(tx, 'offers', offerColumns, offerRows, 'ON CONFLICT (organisation_id, referral_id) DO NOTHING');
  await tx.query(
    `UPDATE offers o SET made_on = x.made_on, outcome = x.outcome, decided_on = x.decided_on, hire_id = coalesce(o.hire_id, x.hire_id), department = x.department
       FROM jsonb_to_recordset($2::jsonb) AS x(referral_id uuid, made_on date, outcome text, decided_on date, hire_id uuid, department text)
      WHERE o.organisation_id = $1 AND o.referral_id = x.referral_id`,
    [org, JSON.stringify(offerRows.filter((o) => o.referral_id !== null))],
  );
  await tx.query(
    `INSERT INTO offers (organisation_id, channel, referral_id, programme_id, hire_id, department, made_on, outcome, decided_on, created_at, updated_at)
     SELECT r.organisation_id, 'referral', r.id, r.programme_id, h.id, v.department, o.made_on,
            CASE WHEN r.stage = 'hired' THEN 'accepted' ELSE 'pending' END,
            CASE WHEN r.stage = 'hired' THEN greatest(o.made_on, (r.stage_changed_at AT TIME ZONE 'Europe/Amsterdam')::date) END, r.stage_changed_at, r.stage_changed_at
       FROM referrals r
       JOIN LATERAL (SELECT coalesce(min((e.created_at AT TIME ZONE 'Europe/Amsterdam')::date), (r.stage_changed_at AT TIME ZONE 'Europe/Amsterdam')::date) AS made_on
                       FROM referral_events e WHERE e.referral_id = r.id AND e.kind = 'stage' AND e.to_value = 'offer') o ON true
       LEFT JOIN vacancies v ON v.id = r.vacancy_id
       LEFT JOIN hires h ON h.organisation_id = r.organisation_id AND h.referral_id = r.id
      WHERE r.organisation_id = $1 AND r.stage IN ('offer', 'hired')
     ON CONFLICT (organisation_id, referral_id) DO NOTHING`,
    [org],
  );

  // Quality of hire: the manager's rating (1-5) at 6 and 12 months.
  await insertRows(
    tx,
    'quality_ratings',
    { organisation_id: 'uuid', hire_id: 'uuid', months: 'integer', rating: 'integer', note: 'text', rated_by_user_id: 'uuid', rated_at: 'timestamptz' },
    plan.hires.flatMap((h, i) =>
      h.ratings.map((r) => ({
        organisation_id: org, hire_id: hireIdOf(i), months: r.months, rating: r.rating, note: r.rating >= 5 ? 'Een aanwinst voor het team.' : r.rating <= 2 ? 'Inwerken liep moeizaam.' : null,
        rated_by_user_id: s.hrId, rated_at: at(r.daysAgo),
      })),
    ),
    'ON CONFLICT DO NOTHING',
  );
}

const MOTIVATIONS = [
  'Oud-collega uit het ziekenhuis, heel betrokken bij cliënten.',
  'Werkt nu bij een uitzendbureau en zoekt een vaste plek.',
  'Zit in de laatste fase van de opleiding, stage was een succes.',
  'Kent de wijk goed en is flexibel inzetbaar.',
  'Rustig, nauwkeurig en een echte teamspeler.',
];

/** Reward rules of the programmes and the ledger of the referral hires: paid in monthly payroll batches, recent ones approved. */
async function seedRewards(ctx: Story): Promise<void> {
  const { tx, org, plan, at, day } = ctx;
  const milestones = (euros: number, split: boolean) =>
    split
      ? [
          { key: 'start', label: 'Eerste werkdag', trigger: 'started', amounts: { employee: { money: (euros / 2) * 100, points: 0 } } },
          { key: 'probation', label: 'Proeftijd voorbij', trigger: 'probation_passed', amounts: { employee: { money: (euros / 2) * 100, points: 0 } } },
        ]
      : [{ key: 'start', label: 'Eerste werkdag', trigger: 'started', amounts: { employee: { money: euros * 100, points: 0 }, alumnus: { money: euros * 100, points: 0 } } }];
  const [network] = await tx.query(`SELECT starts_at FROM programmes WHERE id = $1`, [ctx.programmeId.network]);
  const rules = {
    internal: { id: randomUUID(), milestones: milestones(750, true), from: at(SPAN_DAYS + 20, 9, 0) },
    action: { id: randomUUID(), milestones: milestones(1000, true), from: at(plan.action.startDaysAgo + 1, 9, 0) },
    network: { id: randomUUID(), milestones: milestones(500, false), from: new Date(network.starts_at).toISOString() },
  };
  for (const [programme, rule] of Object.entries(rules) as Array<[keyof typeof rules, (typeof rules)['internal']]>) {
    await tx.query(
      `INSERT INTO reward_rules (id, organisation_id, programme_id, currency, milestones, conditions, valid_from, created_by_user_id, created_at)
       SELECT $1, $2, $3, 'EUR', $4::jsonb, $5::jsonb, $6, $7, $6
        WHERE NOT EXISTS (SELECT 1 FROM reward_rules WHERE organisation_id = $2 AND programme_id = $3 AND vacancy_id IS NULL AND valid_until IS NULL)`,
      [rule.id, org, ctx.programmeId[programme], JSON.stringify(rule.milestones), JSON.stringify({ referrerActive: true, hireEmployed: true, excludeHiringTeam: true }), rule.from, ctx.hrId],
    );
  }
  const ruleIds: Array<{ id: string; programme_id: string }> = await tx.query(
    `SELECT id, programme_id FROM reward_rules WHERE organisation_id = $1 AND vacancy_id IS NULL AND valid_until IS NULL`,
    [org],
  );

  const referrers: Array<{ id: string; employee_number: string | null; name: string }> = await tx.query(
    `SELECT u.id, p.employee_number, p.first_name || ' ' || p.last_name AS name FROM users u JOIN people p ON p.id = u.person_id WHERE u.organisation_id = $1`,
    [org],
  );
  // Payroll runs around the 20th of every month (every 30 days back from 15 days ago).
  const runs = Array.from({ length: 26 }, (_, k) => 15 + 30 * k);
  const ledger: Row[] = [];
  const batches = new Map<number, Array<{ employeeNumber: string; name: string; cents: number; label: string }>>();
  for (const h of plan.hires) {
    if (h.referral === null) continue;
    const r = plan.referrals[h.referral]!;
    const rule = rules[r.programme];
    const ruleId = ruleIds.find((x) => x.programme_id === ctx.programmeId[r.programme])?.id;
    if (!ruleId) continue;
    for (const m of rule.milestones) {
      const due = m.key === 'start' ? h.startDaysAgo : h.startDaysAgo - 61;
      if (due < 0) continue; // not due yet: the daily reward run creates it
      const cents = m.amounts.employee.money;
      const base = {
        id: randomUUID(), organisation_id: org, referral_id: ctx.referralIds[r.key], milestone_key: m.key, rule_id: ruleId, referrer_user_id: ctx.userId(r.referrer),
        audience: 'employee', amount_cents: cents, currency: 'EUR', points: 0, due_on: day(due), created_at: at(due, 6, 0),
      };
      if (h.leftDaysAgo !== null && h.leftDaysAgo > due) {
        ledger.push({ ...base, status: 'cancelled', cancel_reason: 'hire_left', cancelled_at: at(due, 6, 0), updated_at: at(due, 6, 0) });
        continue;
      }
      const run = runs.filter((d) => d <= due - 5).sort((a, b) => b - a)[0];
      if (run !== undefined) {
        const referrer = referrers.find((x) => x.id === base.referrer_user_id);
        const list = batches.get(run) ?? [];
        list.push({ employeeNumber: referrer?.employee_number ?? '', name: referrer?.name ?? '', cents, label: m.label });
        batches.set(run, list);
        ledger.push({ ...base, status: 'paid', approved_at: at(due - 2, 11, 0), approved_by_user_id: ctx.hrId, paid_at: at(run, 15, 0), batch: run, updated_at: at(run, 15, 0) });
      } else if (due >= 3) {
        ledger.push({ ...base, status: 'approved', approved_at: at(due - 2, 11, 0), approved_by_user_id: ctx.hrId, updated_at: at(due - 2, 11, 0) });
      } else {
        ledger.push({ ...base, status: 'pending', updated_at: at(due, 6, 0) });
      }
    }
  }
  const batchIds = new Map<number, string>();
  for (const [run, rows] of batches) {
    const id = randomUUID();
    batchIds.set(run, id);
    const csv = ['personeelsnummer;naam;bedrag;omschrijving', ...rows.map((x) => `${x.employeeNumber};${x.name};${(x.cents / 100).toFixed(2).replace('.', ',')};Aanbrengpremie ${x.label.toLowerCase()}`)].join('\r\n');
    await tx.query(
      `INSERT INTO payroll_exports (id, organisation_id, created_by_user_id, separator, row_count, file_name, content, created_at)
       VALUES ($1, $2, $3, ';', $4, $5, convert_to($6, 'UTF8'), $7)`,
      [id, org, ctx.hrId, rows.length, `aanbrengpremies-${day(run)}.csv`, csv, at(run, 14, 30)],
    );
  }
  await insertRows(
    tx,
    'reward_ledger',
    {
      id: 'uuid', organisation_id: 'uuid', referral_id: 'uuid', milestone_key: 'text', rule_id: 'uuid', referrer_user_id: 'uuid', audience: 'text', amount_cents: 'integer',
      currency: 'text', points: 'integer', due_on: 'date', status: 'text', cancel_reason: 'text', cancelled_at: 'timestamptz', approved_at: 'timestamptz',
      approved_by_user_id: 'uuid', paid_at: 'timestamptz', export_batch_id: 'uuid', created_at: 'timestamptz', updated_at: 'timestamptz',
    },
    ledger.map(({ batch, ...row }) => ({ ...row, export_batch_id: batch === undefined ? null : batchIds.get(batch as number) })),
    'ON CONFLICT (referral_id, milestone_key) DO NOTHING',
  );
}

/** What recruitment cost, per calendar month and channel; referral rewards come from the ledger by themselves. */
async function seedCosts(s: Story): Promise<void> {
  const { tx, org, plan, day } = s;
  const actionId = s.programmeId.action;
  const [y, m] = day(0).split('-').map(Number) as [number, number];
  const months = Array.from({ length: 25 + PRE_MONTHS }, (_, i) => {
    const start = new Date(Date.UTC(y, m - 1 - 24 - PRE_MONTHS + i, 1));
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
    return { i, start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10), key: start.toISOString().slice(0, 7) };
  });
  const hiresIn = (key: string, channel: string) => plan.hires.filter((h) => h.channel === channel && day(h.hiredDaysAgo).startsWith(key));
  const round = (euros: number) => Math.round(euros / 10) * 10 * 100;
  const rows: Row[] = [];
  const cost = (
    month: { start: string; end: string },
    channel: string,
    category: string,
    cents: number,
    description: string,
    programmeId: string | null = null,
  ) => rows.push({ organisation_id: org, channel, category, programme_id: programmeId, period_start: month.start, period_end: month.end, amount_cents: cents, description });
  for (const month of months) {
    const jb = hiresIn(month.key, 'job_board').length;
    const boards = (jb === 0 ? 800 : jb * 3000) * (0.9 + 0.2 * frac(month.i, 'boards'));
    cost(month, 'job_board', 'advertising', round(boards * 0.6), 'Indeed: gesponsorde vacatures');
    cost(month, 'job_board', 'advertising', round(boards * 0.4), 'Zorgselect: vacaturepakket');
    cost(month, 'career_site', 'tooling', 45_000, 'Werken-bij-site en ATS-licentie');
    const social = hiresIn(month.key, 'social').length;
    cost(month, 'social', 'advertising', round((450 + 500 * social) * (0.9 + 0.2 * frac(month.i, 'social'))), 'LinkedIn- en Instagramcampagnes');
    if (month.i >= PRE_MONTHS) cost(month, 'referral', 'tooling', 45_000, 'Kring: licentie, hosting en support');
    // An agency invoices its fee for the hire, dated on the hire day.
    for (const h of hiresIn(month.key, 'agency')) {
      const hired = day(h.hiredDaysAgo);
      cost({ start: hired, end: hired }, 'agency', 'agency', round(6000 + 2000 * frac(h.key, 'fee')), `Plaatsingsfee Zorgflex Uitzend: ${h.jobTitle}`);
    }
  }
  const at = (i: number) => months[Math.min(i, months.length - 1)]!;
  cost(at(PRE_MONTHS + 6), 'career_site', 'employer_branding', 480_000, 'Employer-brandingvideo "Werken bij De Linde"');
  cost(at(PRE_MONTHS + 9), 'other', 'events', 320_000, 'Banenmarkt Zorg & Welzijn Utrecht (stand en materiaal)');
  cost(at(PRE_MONTHS + 21), 'other', 'events', 240_000, 'Open dag Zorggroep De Linde');
  const actionMonth = months.find((mo) => mo.key === day(plan.action.startDaysAgo).slice(0, 7)) ?? at(PRE_MONTHS + 12);
  cost(actionMonth, 'referral', 'events', 180_000, 'Zomeractie: posters, lunch en prijsuitreiking', actionId);
  await insertRows(
    tx,
    'recruitment_costs',
    { organisation_id: 'uuid', channel: 'text', category: 'text', programme_id: 'uuid', period_start: 'date', period_end: 'date', amount_cents: 'bigint', description: 'text' },
    rows,
  );
}

/** The candidate-experience question (0-10), mailed when a referral ended; a little over half answered. */
async function seedSurveys(s: Story): Promise<void> {
  const { tx, org, plan, now, at, referralIds } = s;
  const rows: Row[] = [];
  for (const r of plan.referrals) {
    const last = r.stages.at(-1);
    if (!last || !['hired', 'rejected', 'withdrawn'].includes(last.stage) || r.candidate === null || last.daysAgo < 2) continue;
    const sentAt = at(last.daysAgo - 1, 9, 30);
    const f = frac(r.key, 'nps');
    const answered = frac(r.key, 'answered') < 0.58;
    const answeredAt = new Date(Date.parse(sentAt) + (2 + Math.floor(frac(r.key, 'delay') * 70)) * 3_600_000);
    const score =
      last.stage === 'hired'
        ? f < 0.78 ? 9 + (r.key % 2) : f < 0.96 ? 8 : 6
        : last.stage === 'rejected'
          ? f < 0.4 ? 9 + (r.key % 2) : f < 0.78 ? 7 + (r.key % 2) : 3 + (r.key % 4)
          : f < 0.45 ? 9 + (r.key % 2) : f < 0.8 ? 7 + (r.key % 2) : 4 + (r.key % 3);
    const done = answered && answeredAt.getTime() <= now.getTime();
    rows.push({
      organisation_id: org, referral_id: referralIds[r.key], programme_id: null, outcome: last.stage, sent_at: sentAt,
      score: done ? score : null, answered_at: done ? answeredAt.toISOString() : null, created_at: sentAt,
    });
  }
  await tx.query(
    `INSERT INTO candidate_surveys (organisation_id, referral_id, programme_id, outcome, token_hash, sent_at, score, answered_at, created_at)
     SELECT x.organisation_id, x.referral_id, r.programme_id, x.outcome, sha256(convert_to('kring-demo-survey:' || x.referral_id::text, 'UTF8')),
            x.sent_at, x.score, x.answered_at, x.created_at
       FROM jsonb_to_recordset($1::jsonb) AS x(organisation_id uuid, referral_id uuid, programme_id uuid, outcome text, sent_at timestamptz, score integer, answered_at timestamptz, created_at timestamptz)
       JOIN referrals r ON r.id = x.referral_id
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(rows)],
  );
}

/** Completed offboardings of everyone who left during the story, boomerangs included (their hires' leaving dates are set above). */
async function seedLeavers(s: Story): Promise<void> {
  const { tx, org, plan, at, day, personIds } = s;
  await insertRows(
    tx,
    'offboardings',
    {
      organisation_id: 'uuid', person_id: 'uuid', leaving_date: 'date', reason: 'text', eligible_for_rehire: 'boolean', note: 'text', status: 'text', source: 'text',
      completed_at: 'timestamptz', created_at: 'timestamptz', updated_at: 'timestamptz',
    },
    plan.people.flatMap((p) => {
      const left = p.leftDaysAgo ?? p.previousLeftDaysAgo;
      if (left === null) return [];
      const reason = p.leftReason ?? 'resignation';
      return [
        {
          organisation_id: org, person_id: personIds[p.key], leaving_date: day(left), reason, eligible_for_rehire: p.boomerangDaysAgo !== null || frac(p.key, 'rehire') < 0.85,
          note: reason === 'retirement' ? 'Met pensioen na een lange loopbaan bij De Linde.' : reason === 'end_of_contract' ? 'Tijdelijk contract niet verlengd.' : 'Vertrekt naar een andere zorgorganisatie.',
          status: 'completed', source: 'hr', completed_at: at(left - 1, 9, 0), created_at: at(left + 30, 11, 0), updated_at: at(left - 1, 9, 0),
        },
      ];
    }),
  );
}
