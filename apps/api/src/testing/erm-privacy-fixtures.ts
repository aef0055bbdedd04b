import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { asOrganisationId } from '@kring/server-database';
import { FilesService } from '@kring/server-storage';
import { tinyPdf } from '@kring/server-testing';
import { createUser, Fixture } from './fixtures';
import { createProgramme, createVacancy } from './referral-fixtures';
import type { TestApp } from './test-app';

export interface SeededPerson {
  personId: string;
  email: string;
  /** The private address HR noted at an (earlier, cancelled) offboarding. */
  privateEmail: string;
  employeeNumber: string;
  /** Unique text inside every free-text note HR wrote about them (touchpoint, offboarding, rejection, history, audit). */
  marker: string;
  firstName: string;
  lastName: string;
  userId: string | null;
  /** The CV's storage key (relative to the storage dir). */
  cvStorageKey: string;
  referralAboutId: string;
  referralMadeId: string | null;
}

const q = (t: TestApp, sql: string, params: unknown[]) => t.dataSource.query(sql, params);

/**
 * One person with data in every table of the privacy inventory (docs/developer/erm-privacy.md): profile, phase
 * history, touchpoint, consent and its history, pool membership and sign-up, event invitation, preboarding checklist,
 * offboarding, import row, person token, a referral about them with a CV on disk, mails, audit events, a rate-limit
 * counter. With `account`, also a user account with a session, a share link, points, a referral they made and a paid
 * reward (which forces a tombstone on erasure).
 */
export async function seedPersonAcrossAreas(t: TestApp, hr: Fixture, options: { account: boolean; firstName: string }): Promise<SeededPerson> {
  const org = hr.organisationId;
  const email = `${options.firstName.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`;
  const lastName = 'de Vries';
  const privateEmail = `${options.firstName.toLowerCase()}.prive-${randomUUID().slice(0, 8)}@example.test`;
  const employeeNumber = `E-${randomUUID().slice(0, 8)}`;
  const marker = `notitie-${randomUUID().slice(0, 8)}`;
  let personId: string;
  let userId: string | null = null;
  if (options.account) {
    const user = await createUser(t.dataSource, org, ['external_referrer'], { email });
    personId = user.personId;
    userId = user.userId;
    await q(t, `UPDATE people SET first_name = $2, last_name = $3, phone = '0612345678' WHERE id = $1`, [personId, options.firstName, lastName]);
  } else {
    const [row] = await q(t, `INSERT INTO people (organisation_id, first_name, last_name, email, phone) VALUES ($1, $2, $3, $4, '0612345678') RETURNING id`, [org, options.firstName, lastName, email]);
    personId = row.id;
  }
  await q(t, `UPDATE people SET phase = 'orientation', phase_changed_at = now(), employee_number = $2 WHERE id = $1`, [personId, employeeNumber]);
  await q(t, `INSERT INTO phase_transitions (organisation_id, person_id, from_phase, to_phase, cause, occurred_at, reason) VALUES ($1, $2, 'information', 'orientation', 'manual', now(), $3)`, [org, personId, `Open voor een overstap (${marker})`]);
  await q(t, `INSERT INTO touchpoints (organisation_id, person_id, kind, channel, phase, occurred_at, note) VALUES ($1, $2, 'manual', 'phone', 'orientation', now(), $3)`, [org, personId, `Gebeld over de open dag (${marker})`]);
  await q(t, `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at) VALUES ($1, $2, 'talent_pool', 'granted', 'talent_pool_form', now())`, [org, personId]);
  await q(t, `INSERT INTO consent_events (organisation_id, person_id, purpose, status, source, occurred_at) VALUES ($1, $2, 'talent_pool', 'granted', 'talent_pool_form', now())`, [org, personId]);
  const [pool] = await q(t, `INSERT INTO talent_pools (organisation_id, name, public) VALUES ($1, $2, true) RETURNING id`, [org, `Verpleegkundigen ${randomUUID().slice(0, 4)}`]);
  await q(t, `INSERT INTO talent_pool_members (organisation_id, pool_id, person_id, source, joined_at) VALUES ($1, $2, $3, 'talent_pool_form', now())`, [org, pool.id, personId]);
  await q(t, `INSERT INTO talent_pool_signups (organisation_id, person_id, person_created, first_name, last_name, locale, pool_ids, expires_at) VALUES ($1, $2, true, $3, $4, 'nl', $5, now() + interval '1 day')`, [org, personId, options.firstName, lastName, [pool.id]]);
  await q(t, `INSERT INTO person_tokens (organisation_id, person_id, purpose, token_hash, expires_at) VALUES ($1, $2, 'event_rsvp', $3, now() + interval '1 day')`, [org, personId, Buffer.from(randomUUID())]);
  const [event] = await q(t, `INSERT INTO events (organisation_id, title, starts_at, ends_at, time_zone, location) VALUES ($1, 'Open dag De Linde', now() + interval '7 days', now() + interval '7 days 2 hours', 'Europe/Amsterdam', 'Utrecht') RETURNING id`, [org]);
  await q(t, `INSERT INTO event_invitations (organisation_id, event_id, person_id, status, legal_basis, invited_at, responded_at) VALUES ($1, $2, $3, 'yes', 'consent', now(), now())`, [org, event.id, personId]);
  const [checklist] = await q(t, `INSERT INTO preboarding_checklists (organisation_id, person_id, template_name, start_date) VALUES ($1, $2, 'Welkom', current_date + 30) RETURNING id`, [org, personId]);
  await q(t, `INSERT INTO preboarding_tasks (organisation_id, checklist_id, position, title_nl, title_en, due_offset_days, due_on, assignee) VALUES ($1, $2, 1, 'VOG aanvragen', 'Request certificate of conduct', -14, current_date + 16, 'starter')`, [org, checklist.id]);
  await q(t, `INSERT INTO offboardings (organisation_id, person_id, leaving_date, reason, eligible_for_rehire, note, private_email, status, cancelled_at) VALUES ($1, $2, current_date, 'other', true, $4, $3, 'cancelled', now())`, [org, personId, privateEmail, `Toch niet vertrokken (HR-notitie ${marker})`]);
  const importRow = { line: 2, employeeNumber: 'E-4711', name: `${options.firstName} ${lastName}`, action: 'update', personId, changes: [], errors: [], offboardOn: null, notes: [], values: { employeeNumber: 'E-4711', firstName: options.firstName, lastName, email, department: 'Zorg', location: 'Utrecht', employmentType: null, startDate: null, endDate: null }, toPhase: null };
  const otherRow = { ...importRow, line: 3, employeeNumber: 'E-0001', name: 'Iemand Anders', personId: null, values: { ...importRow.values, employeeNumber: 'E-0001', firstName: 'Iemand', email: 'iemand@example.test' } };
  // A row that failed in an older import: no person link and no values, only their employee number and the name typed.
  const errorRow = { ...importRow, line: 4, employeeNumber, name: `${options.firstName.charAt(0)}. ${lastName}`, action: 'error', personId: null, values: null, errors: [{ field: 'startDate', code: 'invalid_date', message: 'is not a date' }] };
  // Someone else's row that failed because it used their address: the error names their employee number.
  const clashRow = { ...otherRow, line: 5, employeeNumber: 'E-0002', name: 'Nog Iemand', action: 'error', values: null,
    errors: [{ field: 'email', code: 'email_of_other_employee', params: { employeeNumber }, message: `belongs to employee ${employeeNumber}` }] };
  await q(t, `INSERT INTO employee_imports (organisation_id, file_name, business_date, total_rows, rows) VALUES ($1, 'medewerkers.csv', current_date, 4, $2)`, [org, JSON.stringify([importRow, otherRow, errorRow, clashRow])]);

  // A referral about them, with a CV on disk (through the real storage service).
  const vacancyId = await createVacancy(t.dataSource, org);
  const programmeId = await createProgramme(t.dataSource, org, { kind: 'combined' });
  const referrer = await createUser(t.dataSource, org, ['employee']);
  const cv = await t.app.get(FilesService).storeCv(asOrganisationId(org), { filename: `CV ${options.firstName}.pdf`, data: tinyPdf() });
  const [about] = await q(t,
    `INSERT INTO referrals (organisation_id, programme_id, vacancy_id, referrer_user_id, candidate_person_id, candidate_name, candidate_email, candidate_phone,
                            motivation, cv_file_id, consent_state, consent_due_at, consent_decided_at, stage, rejection_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, '0612345678', 'Zeer betrokken collega', $8, 'consented', now(), now(), 'screening', $9) RETURNING id`,
    [org, programmeId, vacancyId, referrer.userId, personId, `${options.firstName} ${lastName}`, email, cv.id, `Eerder afgewezen: te weinig ervaring (${marker})`]);
  // An older referral that only knows their address (no person link).
  await q(t,
    `INSERT INTO referrals (organisation_id, programme_id, referrer_user_id, candidate_name, candidate_email, consent_state, consent_due_at, stage)
     VALUES ($1, $2, $3, $4, $5, 'expired', now(), 'new')`,
    [org, programmeId, referrer.userId, `${options.firstName} ${lastName}`, email]);
  await q(t, `INSERT INTO referral_events (organisation_id, referral_id, kind, from_value, to_value, note) VALUES ($1, $2, 'stage', 'new', 'screening', $3)`, [org, about.id, `Belde zelf, klonk gemotiveerd (${marker})`]);
  await q(t, `INSERT INTO audit_events (organisation_id, actor_user_id, action, subject_type, subject_id, data) VALUES ($1, $2, 'referral.consent_recorded', 'referral', $3, $4)`,
    [org, hr.userId, about.id, JSON.stringify({ note: `Telefonisch akkoord gegeven (${marker})` })]);
  await q(t, `INSERT INTO candidate_tokens (organisation_id, referral_id, purpose, token_hash, expires_at) VALUES ($1, $2, 'decline', $3, now() + interval '1 day')`, [org, about.id, Buffer.from(randomUUID())]);

  await q(t, `INSERT INTO mail_messages (organisation_id, person_id, kind, locale, to_address, subject, text_body, message_id, status, sent_at) VALUES ($1, $2, 'erm_event_invitation', 'nl', $3, 'Uitnodiging open dag', $4, $5, 'sent', now())`,
    [org, personId, email, `Beste ${options.firstName}, je bent uitgenodigd.`, `<${randomUUID()}@kring.test>`]);
  await q(t, `INSERT INTO mail_messages (organisation_id, kind, locale, to_address, subject, text_body, message_id, sensitive, status, sent_at) VALUES ($1, 'referral_candidate_consent', 'nl', $2, 'Je bent aangedragen', 'Geheime link', $3, true, 'sent', now())`,
    [org, email, `<${randomUUID()}@kring.test>`]);
  // A mail a worker is sending right now, one to their private address, and a sent mail to HR that names them.
  await q(t, `INSERT INTO mail_messages (organisation_id, person_id, kind, locale, to_address, subject, text_body, message_id, status, locked_by, locked_until, attempts) VALUES ($1, $2, 'erm_event_reminder', 'nl', $3, 'Morgen: open dag', 'Tot morgen!', $4, 'sending', 'worker-1', now() + interval '1 minute', 1)`,
    [org, personId, email, `<${randomUUID()}@kring.test>`]);
  await q(t, `INSERT INTO mail_messages (organisation_id, kind, locale, to_address, subject, text_body, message_id, status, sent_at) VALUES ($1, 'erm_offboarding_stay_in_touch', 'nl', $2, 'Blijf in contact', 'Hallo!', $3, 'sent', now())`,
    [org, privateEmail, `<${randomUUID()}@kring.test>`]);
  await q(t, `INSERT INTO mail_messages (organisation_id, kind, locale, to_address, subject, text_body, message_id, status, sent_at) VALUES ($1, 'referral_idle_digest', 'nl', 'hr@example.test', $2, $3, $4, 'sent', now())`,
    [org, `Wacht op actie: ${options.firstName} ${lastName}`, `${options.firstName} ${lastName} wacht al twee weken.`, `<${randomUUID()}@kring.test>`]);
  await q(t, `INSERT INTO audit_events (organisation_id, actor_user_id, action, subject_type, subject_id, data) VALUES ($1, $2, 'person.updated', 'person', $3, $4)`,
    [org, hr.userId, personId, JSON.stringify({ email, name: options.firstName })]);
  await q(t, `INSERT INTO rate_limit_counters (key, window_start, hits) VALUES ($1, now(), 1)`, [`magic_link:email:${email}`]);

  let referralMadeId: string | null = null;
  if (userId) {
    await q(t, `INSERT INTO sessions (organisation_id, user_id, token_hash, csrf_token, expires_at, user_agent) VALUES ($1, $2, $3, 'csrf', now() + interval '1 day', 'Firefox')`, [org, userId, Buffer.from(randomUUID())]);
    await q(t, `INSERT INTO share_links (organisation_id, code, owner_user_id, vacancy_id) VALUES ($1, $2, $3, $4)`, [org, randomCode(), userId, vacancyId]);
    const [made] = await q(t,
      `INSERT INTO referrals (organisation_id, programme_id, vacancy_id, referrer_user_id, candidate_name, candidate_email, consent_state, consent_due_at,
                              consent_decided_at, stage, start_date, probation_months)
       VALUES ($1, $2, $3, $4, 'Kees Kandidaat', $5, 'consented', now(), now(), 'hired', current_date, 0) RETURNING id`,
      [org, programmeId, vacancyId, userId, `kees-${randomUUID().slice(0, 8)}@example.test`]);
    referralMadeId = made.id;
    // An attempt the rules refused: it points at someone else's referral, which the export must not reveal.
    await q(t, `INSERT INTO refused_referrals (organisation_id, referrer_user_id, programme_id, vacancy_id, reason, existing_referral_id) VALUES ($1, $2, $3, $4, 'candidate_already_referred', $5)`,
      [org, userId, programmeId, vacancyId, about.id]);
    const [rule] = await q(t,
      `INSERT INTO reward_rules (organisation_id, programme_id, currency, milestones, conditions, valid_from) VALUES ($1, $2, 'EUR', '[{"key":"hired","amountCents":50000}]', '{}', now() - interval '1 year') RETURNING id`,
      [org, programmeId]);
    const [batch] = await q(t, `INSERT INTO payroll_exports (organisation_id, created_by_user_id, separator, row_count, file_name, content) VALUES ($1, $2, ';', 1, 'export.csv', '\\x00') RETURNING id`, [org, hr.userId]);
    await q(t,
      `INSERT INTO reward_ledger (organisation_id, referral_id, milestone_key, rule_id, referrer_user_id, audience, amount_cents, currency, points, due_on, status, approved_at, approved_by_user_id, paid_at, export_batch_id)
       VALUES ($1, $2, 'hired', $3, $4, 'external_referrer', 50000, 'EUR', 0, current_date, 'paid', now(), $5, now(), $6)`,
      [org, made.id, rule.id, userId, hr.userId, batch.id]);
  }
  return { personId, email, privateEmail, employeeNumber, marker, firstName: options.firstName, lastName, userId, cvStorageKey: cv.storageKey, referralAboutId: about.id, referralMadeId };
}

function randomCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: 8 }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('');
}

/**
 * Every row in the database whose person-id or e-mail column matches: columns named person_id, *_person_id,
 * email, *_email and to_address, found through information_schema (so a new table is covered without changing this).
 */
export async function rowsMentioning(dataSource: DataSource, personId: string, email: string): Promise<string[]> {
  const columns: Array<{ table_name: string; column_name: string; data_type: string }> = await dataSource.query(
    `SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = current_schema()
        AND (c.column_name IN ('person_id', 'email', 'to_address') OR c.column_name LIKE '%\\_person\\_id' OR c.column_name LIKE '%\\_email')`,
  );
  const hits: string[] = [];
  for (const c of columns) {
    const value = c.data_type === 'uuid' ? personId : email;
    const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM "${c.table_name}" WHERE "${c.column_name}"::text = $1`, [value]);
    if (row.n > 0) hits.push(`${c.table_name}.${c.column_name}`);
  }
  return hits;
}

/** Tables with any row whose full text contains the needle (an e-mail address, a full name). */
export async function tablesContaining(dataSource: DataSource, needle: string): Promise<string[]> {
  const tables: Array<{ table_name: string }> = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  const hits: string[] = [];
  for (const { table_name } of tables) {
    const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM "${table_name}" t WHERE strpos(t::text, $1) > 0`, [needle]);
    if (row.n > 0) hits.push(table_name);
  }
  return hits;
}
