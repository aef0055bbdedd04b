/**
 * The baseline for `npm run bench:api`: plain Fastify + a pg Pool, no Nest, no TypeORM, no validation, executing
 * the same SQL statements, in the same order, that Kring executes for
 *   POST /api/referrals            (captured with `npm run bench:api -- --capture`, log_statement=all), and
 *   GET  /api/open-vacancies?q=…
 * Statement texts are copied from Kring's repositories, TypeORM's generated INSERTs and pg-boss's insertJob plan,
 * so PostgreSQL does the same work on both sides; what differs is everything around the SQL.
 *
 *   PORT=… DATABASE_URL=… POOL_MAX=10 PUBLIC_URL=… node -r @swc-node/register bench/api/bare-server.ts
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { Pool, type PoolClient } from 'pg';
const plans = require('pg-boss/src/plans') as { insertJob(schema: string): string };

const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: Number(process.env['POOL_MAX'] ?? 10), application_name: 'kring-bench-bare' });
const PUBLIC_URL = process.env['PUBLIC_URL'] ?? 'http://localhost:3000';

// --- statements (verbatim from Kring) -------------------------------------------------------------------------

/** libs/server/identity/src/sessions/sessions.repository.ts findActiveByTokenHash */
const SESSION_SQL = `SELECT s.id AS "sessionId", s.csrf_token AS "csrfToken", s.last_seen_at AS "lastSeenAt", u.id AS "userId",
                u.person_id AS "personId", u.organisation_id AS "organisationId", u.roles AS roles
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.status = 'active'`;
const SESSION_TOUCH_SQL = `UPDATE sessions SET last_seen_at = $2 WHERE id = $1`;
/** referrals.repository.ts referrer */
const REFERRER_SQL = `SELECT u.id AS "userId", u.roles, u.email, u.status, p.email AS "personEmail", p.phone AS "personPhone",
              p.employment_type AS "employmentType"
         FROM users u JOIN people p ON p.id = u.person_id
        WHERE u.organisation_id = $1 AND u.id = $2`;
/** vacancies.repository.ts findStatus */
const VACANCY_STATUS_SQL = `SELECT status FROM vacancies WHERE organisation_id = $1 AND id = $2`;
/** programmes.repository.ts listUnarchived, as TypeORM's query builder renders it */
const PROGRAMMES_SQL = `SELECT "p"."id" AS "p_id", "p"."created_at" AS "p_created_at", "p"."updated_at" AS "p_updated_at", "p"."organisation_id" AS "p_organisation_id", "p"."name" AS "p_name", "p"."kind" AS "p_kind", "p"."audiences" AS "p_audiences", "p"."starts_at" AS "p_starts_at", "p"."ends_at" AS "p_ends_at", "p"."vacancy_scope" AS "p_vacancy_scope", "p"."ownership_days" AS "p_ownership_days", "p"."ownership_scope" AS "p_ownership_scope", "p"."consent_timeout_days" AS "p_consent_timeout_days", "p"."allow_hiring_team_referrals" AS "p_allow_hiring_team_referrals", "p"."terms_markdown" AS "p_terms_markdown", "p"."reward_summary" AS "p_reward_summary", "p"."archived_at" AS "p_archived_at" FROM "programmes" "p" WHERE "p"."organisation_id" = $1 AND "p"."archived_at" IS NULL`;
/** programmes.repository.ts selectionsOf (only when a programme selects vacancies) */
const SELECTIONS_SQL = `SELECT programme_id AS "programmeId", vacancy_id AS "vacancyId" FROM programme_vacancies
        WHERE organisation_id = $1 AND programme_id = ANY($2::uuid[]) AND vacancy_id = ANY($3::uuid[])`;
/** referral-submission.service.ts refuseHiringTeam */
const HIRING_MANAGER_SQL = `SELECT hiring_manager_user_id FROM vacancies WHERE organisation_id = $1 AND id = $2`;
const LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`;
/** referrals.repository.ts findOwner */
const OWNER_SQL = `SELECT id, created_at FROM referrals
        WHERE organisation_id = $1 AND erased_at IS NULL AND consent_state IN ('awaiting_consent', 'consented')
          AND created_at > $2 AND (candidate_email = $3 OR candidate_phone = $4)
          AND ($5::boolean IS FALSE OR vacancy_id IS NOT DISTINCT FROM $6::uuid)
        ORDER BY created_at LIMIT 1`;
const ORG_LOCALE_SQL = `SELECT default_locale FROM organisations WHERE id = $1`;
/** people.repository.ts findOrCreateByEmail: INSERT … ON CONFLICT DO NOTHING, then findOneByOrFail */
const PERSON_INSERT_SQL = `INSERT INTO people (organisation_id, first_name, last_name, email, phone, locale, source)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (organisation_id, email) WHERE email IS NOT NULL DO NOTHING
         RETURNING id, locale, phase, phase_changed_at, created_at, updated_at`;
const PERSON_SELECT_SQL = `SELECT "PersonEntity"."id" AS "PersonEntity_id", "PersonEntity"."created_at" AS "PersonEntity_created_at", "PersonEntity"."updated_at" AS "PersonEntity_updated_at", "PersonEntity"."organisation_id" AS "PersonEntity_organisation_id", "PersonEntity"."first_name" AS "PersonEntity_first_name", "PersonEntity"."last_name" AS "PersonEntity_last_name", "PersonEntity"."email" AS "PersonEntity_email", "PersonEntity"."phone" AS "PersonEntity_phone", "PersonEntity"."locale" AS "PersonEntity_locale", "PersonEntity"."phase" AS "PersonEntity_phase", "PersonEntity"."employment_type" AS "PersonEntity_employment_type", "PersonEntity"."employee_number" AS "PersonEntity_employee_number", "PersonEntity"."location" AS "PersonEntity_location", "PersonEntity"."function_title" AS "PersonEntity_function_title", "PersonEntity"."department" AS "PersonEntity_department", "PersonEntity"."skills" AS "PersonEntity_skills", "PersonEntity"."tags" AS "PersonEntity_tags", "PersonEntity"."interests" AS "PersonEntity_interests", "PersonEntity"."source" AS "PersonEntity_source", "PersonEntity"."start_date" AS "PersonEntity_start_date", "PersonEntity"."phase_changed_at" AS "PersonEntity_phase_changed_at", "PersonEntity"."boomerang_at" AS "PersonEntity_boomerang_at" FROM "people" "PersonEntity" WHERE (("PersonEntity"."organisation_id" = $1) AND ("PersonEntity"."email" = $2)) LIMIT 1`;
const REFERRAL_INSERT_SQL = `
  INSERT INTO referrals (organisation_id, programme_id, vacancy_id, referrer_user_id, candidate_person_id, candidate_name,
                         candidate_email, candidate_phone, candidate_locale, relationship, motivation, candidate_informed,
                         cv_file_id, candidate_note, source, share_link_id, consent_due_at, created_at, stage_changed_at,
                         consent_state, consent_decided_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
  RETURNING id`;
const EVENTS_INSERT_SQL = `INSERT INTO referral_events (organisation_id, referral_id, kind, from_value, to_value, actor_user_id, note) VALUES ($1, $2, $3, $4, $5, $6, $7), ($1, $8, $9, $10, $11, $12, $13)`;
/** referral-context.ts REFERRAL_CONTEXT_SQL */
const CONTEXT_SQL = `
  SELECT r.id AS "referralId", o.name AS "organisationName", o.default_locale AS "organisationDefaultLocale",
         r.stage, r.candidate_name AS "candidateName", r.candidate_email AS "candidateEmail",
         r.candidate_locale AS "candidateLocale", r.candidate_person_id AS "candidatePersonId",
         v.title AS "vacancyTitle", u.id AS "referrerUserId", u.email AS "referrerEmail",
         p.first_name AS "referrerFirstName", p.last_name AS "referrerLastName", u.locale AS "referrerLocale",
         u.person_id AS "referrerPersonId", (u.status = 'active') AS "referrerActive"
    FROM referrals r
    JOIN organisations o ON o.id = r.organisation_id
    JOIN users u ON u.id = r.referrer_user_id
    JOIN people p ON p.id = u.person_id
    LEFT JOIN vacancies v ON v.id = r.vacancy_id
   WHERE r.organisation_id = $1 AND r.id = $2`;
const TOKENS_INSERT_SQL = `INSERT INTO candidate_tokens (organisation_id, referral_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5), ($1, $6, $7, $8, $9)`;
const MAIL_INSERT_SQL = `INSERT INTO "mail_messages"("id", "created_at", "updated_at", "organisation_id", "person_id", "kind", "locale", "to_address", "subject", "html_body", "text_body", "headers", "message_id", "sensitive", "status", "attempts", "next_attempt_at", "locked_by", "locked_until", "last_error", "sent_at", "failed_at") VALUES ($1, DEFAULT, DEFAULT, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT) RETURNING "id", "created_at", "updated_at", "headers", "sensitive", "status", "attempts", "next_attempt_at"`;
/** pg-boss 10 send(): the exact plan text pg-boss uses. */
const JOB_INSERT_SQL = plans.insertJob('pgboss');
const AUDIT_INSERT_SQL = `INSERT INTO "audit_events"("id", "organisation_id", "actor_user_id", "action", "subject_type", "subject_id", "data", "created_at") VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, DEFAULT) RETURNING "id", "data", "created_at"`;
/** referrals.repository.ts findById (TypeORM findOneBy), after the transaction */
const REFERRAL_BY_ID_SQL = `SELECT "ReferralEntity"."id" AS "ReferralEntity_id", "ReferralEntity"."created_at" AS "ReferralEntity_created_at", "ReferralEntity"."updated_at" AS "ReferralEntity_updated_at", "ReferralEntity"."organisation_id" AS "ReferralEntity_organisation_id", "ReferralEntity"."programme_id" AS "ReferralEntity_programme_id", "ReferralEntity"."vacancy_id" AS "ReferralEntity_vacancy_id", "ReferralEntity"."referrer_user_id" AS "ReferralEntity_referrer_user_id", "ReferralEntity"."candidate_person_id" AS "ReferralEntity_candidate_person_id", "ReferralEntity"."candidate_name" AS "ReferralEntity_candidate_name", "ReferralEntity"."candidate_email" AS "ReferralEntity_candidate_email", "ReferralEntity"."candidate_phone" AS "ReferralEntity_candidate_phone", "ReferralEntity"."candidate_locale" AS "ReferralEntity_candidate_locale", "ReferralEntity"."relationship" AS "ReferralEntity_relationship", "ReferralEntity"."motivation" AS "ReferralEntity_motivation", "ReferralEntity"."candidate_informed" AS "ReferralEntity_candidate_informed", "ReferralEntity"."cv_file_id" AS "ReferralEntity_cv_file_id", "ReferralEntity"."candidate_note" AS "ReferralEntity_candidate_note", "ReferralEntity"."source" AS "ReferralEntity_source", "ReferralEntity"."share_link_id" AS "ReferralEntity_share_link_id", "ReferralEntity"."stage" AS "ReferralEntity_stage", "ReferralEntity"."stage_changed_at" AS "ReferralEntity_stage_changed_at", "ReferralEntity"."consent_state" AS "ReferralEntity_consent_state", "ReferralEntity"."consent_due_at" AS "ReferralEntity_consent_due_at", "ReferralEntity"."consent_decided_at" AS "ReferralEntity_consent_decided_at", "ReferralEntity"."consent_reminders_sent" AS "ReferralEntity_consent_reminders_sent", "ReferralEntity"."rejection_reason" AS "ReferralEntity_rejection_reason", "ReferralEntity"."rejection_reason_shareable" AS "ReferralEntity_rejection_reason_shareable", "ReferralEntity"."start_date" AS "ReferralEntity_start_date", "ReferralEntity"."probation_months" AS "ReferralEntity_probation_months", "ReferralEntity"."hired_person_id" AS "ReferralEntity_hired_person_id", "ReferralEntity"."erased_at" AS "ReferralEntity_erased_at" FROM "referrals" "ReferralEntity" WHERE (("ReferralEntity"."organisation_id" = $1) AND ("ReferralEntity"."id" = $2)) LIMIT 1`;
/** programmes.repository.ts employmentTypeOf */
const EMPLOYMENT_TYPE_SQL = `SELECT employment_type AS "employmentType" FROM people WHERE organisation_id = $1 AND id = $2`;
/** vacancies.repository.ts list(): count, then the page (status 'open', full text, programme scope all open) */
const SEARCH_QUERY = (p: number) => `(websearch_to_tsquery('dutch', $${p}) || websearch_to_tsquery('english', $${p}))`;
const SEARCH_WHERE = `v.organisation_id = $1 AND v.status = $2 AND v.search_vector @@ ${SEARCH_QUERY(3)}`;
const SEARCH_COUNT_SQL = `SELECT count(*)::int AS total FROM vacancies v WHERE ${SEARCH_WHERE}`;
const SEARCH_PAGE_SQL = `SELECT 
  v.id, v.organisation_id AS "organisationId", v.title, v.department, v.location, v.employment_type AS "employmentType",
  v.hours_min::float8 AS "hoursMin", v.hours_max::float8 AS "hoursMax", v.salary_min AS "salaryMin", v.salary_max AS "salaryMax",
  v.salary_currency AS "salaryCurrency", v.salary_period AS "salaryPeriod", v.skills, v.status, v.hard_to_fill AS "hardToFill",
  v.hiring_manager_user_id AS "hiringManagerUserId", nullif(btrim(hp.first_name || ' ' || hp.last_name), '') AS "hiringManagerName",
  v.opened_at AS "openedAt", v.closed_at AS "closedAt", v.created_at AS "createdAt", v.updated_at AS "updatedAt" 
  FROM vacancies v
  LEFT JOIN users hm ON hm.organisation_id = v.organisation_id AND hm.id = v.hiring_manager_user_id
  LEFT JOIN people hp ON hp.id = hm.person_id WHERE ${SEARCH_WHERE}
        ORDER BY ts_rank(v.search_vector, ${SEARCH_QUERY(3)}) DESC, v.created_at DESC, v.id LIMIT $4 OFFSET $5`;

// --- minimal logic (no validation) ----------------------------------------------------------------------------

interface Programme {
  p_id: string;
  p_name: string;
  p_kind: string;
  p_audiences: string[];
  p_starts_at: Date | null;
  p_ends_at: Date | null;
  p_created_at: Date;
  p_vacancy_scope: string;
  p_ownership_days: number;
  p_ownership_scope: string;
  p_consent_timeout_days: number;
  p_allow_hiring_team_referrals: boolean;
  p_reward_summary: string;
}

const audiencesOf = (roles: string[], employmentType: string | null) =>
  roles.includes('employee') ? [employmentType === 'flex' ? 'employee_flex' : 'employee_permanent'] : [];

/** Kring's rule, shortened: running, admits an audience; an action beats ongoing; the latest start wins. */
function pick(programmes: Programme[], audiences: string[], now: number): Programme | undefined {
  const running = programmes.filter(
    (p) => p.p_audiences.some((a) => audiences.includes(a)) && !(p.p_starts_at && +p.p_starts_at > now) && !(p.p_ends_at && +p.p_ends_at <= now),
  );
  const start = (p: Programme) => +(p.p_starts_at ?? p.p_created_at);
  return running.sort((a, b) => Number(!!b.p_ends_at) - Number(!!a.p_ends_at) || start(b) - start(a) || a.p_id.localeCompare(b.p_id))[0];
}

function sessionToken(cookie: string | undefined): string | undefined {
  if (!cookie) return undefined;
  for (const part of cookie.split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === 'kring_session') return value;
  }
  return undefined;
}

async function authenticate(cookie: string | undefined, now: Date) {
  const token = sessionToken(cookie);
  if (!token) return null;
  const { rows } = await pool.query(SESSION_SQL, [createHash('sha256').update(token, 'utf8').digest(), now]);
  const row = rows[0];
  if (!row) return null;
  if (now.getTime() - new Date(row.lastSeenAt).getTime() > 300_000) await pool.query(SESSION_TOUCH_SQL, [row.sessionId, now]);
  return row as { sessionId: string; csrfToken: string; userId: string; personId: string; organisationId: string; roles: string[] };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function consentMail(ctx: Record<string, string>, consentToken: string, declineToken: string, due: Date) {
  const referrer = `${ctx['referrerFirstName']} ${ctx['referrerLastName']}`;
  const subject = `${referrer} referred you to ${ctx['organisationName']}`;
  const consentUrl = `${PUBLIC_URL}/candidate/consent?token=${consentToken}`;
  const declineUrl = `${PUBLIC_URL}/candidate/decline?token=${declineToken}`;
  const text = `Hello ${ctx['candidateName']},\n\n${referrer} referred you for ${ctx['vacancyTitle'] ?? 'a position'} at ${ctx['organisationName']}.\nWe hold your name and email address.\n\nConsent: ${consentUrl}\nDecline: ${declineUrl}\n\nPlease answer before ${due.toISOString().slice(0, 10)}.`;
  const html = `<!DOCTYPE html><html><body><p>${escapeHtml(text).replace(/\n/g, '<br>')}</p><p><a href="${consentUrl}">Consent</a> <a href="${declineUrl}">Decline</a></p></body></html>`;
  return { subject, html, text };
}

async function submit(auth: NonNullable<Awaited<ReturnType<typeof authenticate>>>, body: Record<string, unknown>, now: Date) {
  const org = auth.organisationId;
  const vacancyId = typeof body['vacancyId'] === 'string' ? body['vacancyId'] : null;
  const email = String(body['candidateEmail']).trim().toLowerCase();
  const { rows: [referrer] } = await pool.query(REFERRER_SQL, [org, auth.userId]);
  if (!referrer || referrer.status !== 'active') return { status: 403 };
  if (vacancyId) {
    const { rows } = await pool.query(VACANCY_STATUS_SQL, [org, vacancyId]);
    if (rows[0]?.status !== 'open') return { status: 409 };
  }
  const { rows: programmes } = await pool.query<Programme>(PROGRAMMES_SQL, [org]);
  const selective = programmes.filter((p) => p.p_vacancy_scope === 'selected').map((p) => p.p_id);
  if (vacancyId && selective.length) await pool.query(SELECTIONS_SQL, [org, selective, [vacancyId]]);
  const programme = pick(programmes, audiencesOf(referrer.roles, referrer.employmentType), now.getTime());
  if (!programme) return { status: 409 };
  if (!programme.p_allow_hiring_team_referrals && vacancyId) {
    const { rows } = await pool.query(HIRING_MANAGER_SQL, [org, vacancyId]);
    if (referrer.roles.includes('hr_admin') || rows[0]?.hiring_manager_user_id === referrer.userId) return { status: 403 };
  }
  // Like TypeORM's dataSource.transaction(): a connection of its own only for the transaction.
  const client: PoolClient = await pool.connect();
  await client.query('START TRANSACTION');
  try {
    await client.query(LOCK_SQL, [`referral-candidate:${org}:${email}`]);
    const since = new Date(now.getTime() - programme.p_ownership_days * 86_400_000);
    const owner = await client.query(OWNER_SQL, [org, since, email, null, programme.p_ownership_scope === 'vacancy', vacancyId]);
    if (owner.rows.length) {
      await client.query('ROLLBACK');
      return { status: 409 };
    }
    const { rows: [locale] } = await client.query(ORG_LOCALE_SQL, [org]);
    const [firstName, ...rest] = String(body['candidateName']).split(/\s+/);
    const candidateLocale = body['candidateLocale'] ?? locale.default_locale;
    const inserted = await client.query(PERSON_INSERT_SQL, [org, firstName, rest.join(' '), email, null, candidateLocale, 'referral']);
    const person = inserted.rows[0]
      ? { PersonEntity_id: inserted.rows[0].id, PersonEntity_locale: inserted.rows[0].locale }
      : (await client.query(PERSON_SELECT_SQL, [org, email])).rows[0];
    const consentDueAt = new Date(now.getTime() + programme.p_consent_timeout_days * 86_400_000);
    const { rows: [referral] } = await client.query(REFERRAL_INSERT_SQL, [
      org, programme.p_id, vacancyId, referrer.userId, person.PersonEntity_id, body['candidateName'], email, null,
      body['candidateLocale'] ?? person.PersonEntity_locale, body['relationship'], body['motivation'] ?? null, body['candidateInformed'],
      null, null, 'referral_form', null, consentDueAt, now, now, 'awaiting_consent', null,
    ]);
    const id: string = referral.id;
    await client.query(EVENTS_INSERT_SQL, [org, id, 'stage', null, 'new', referrer.userId, null, id, 'consent', null, 'awaiting_consent', null, null]);
    const { rows: [ctx] } = await client.query(CONTEXT_SQL, [org, id]);
    const consentToken = randomBytes(32).toString('base64url');
    const declineToken = randomBytes(32).toString('base64url');
    const hash = (t: string) => createHash('sha256').update(t, 'utf8').digest();
    await client.query(TOKENS_INSERT_SQL, [org, id, 'consent', hash(consentToken), consentDueAt, id, 'decline', hash(declineToken), consentDueAt]);
    const mail = consentMail(ctx, consentToken, declineToken, consentDueAt);
    const mailId = randomUUID();
    await client.query(MAIL_INSERT_SQL, [
      mailId, org, ctx.candidatePersonId, 'referral_consent', ctx.candidateLocale, email, mail.subject, mail.html, mail.text,
      { 'Auto-Submitted': 'auto-generated', 'X-Kring-Kind': 'referral_consent' }, `<${mailId}@${new URL(PUBLIC_URL).hostname}>`, true, 'queued', 0, now,
    ]);
    await client.query(JOB_INSERT_SQL, [
      null, 'mail-outbox', JSON.stringify({ id: mailId }), 0, null, null, null, 0, null, null, null, null, null, null, null, null, null, null, null,
    ]);
    await client.query(AUDIT_INSERT_SQL, [org, referrer.userId, 'referral.submitted', 'referral', id, { programmeId: programme.p_id, source: 'referral_form' }]);
    await client.query('COMMIT');
    return { status: 201, id };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

const app = Fastify({ logger: false });

app.get('/health', async () => ({ status: 'ok' }));

app.post('/api/referrals', async (request, reply) => {
  const now = new Date();
  const auth = await authenticate(request.headers.cookie, now);
  if (!auth) return reply.code(401).send({ title: 'Sign in to continue' });
  if (request.headers['x-csrf-token'] !== auth.csrfToken) return reply.code(403).send({ title: 'Missing or wrong CSRF token' });
  const result: { status: number; id?: string } = await submit(auth, request.body as Record<string, unknown>, now);
  if (result.status !== 201) return reply.code(result.status).send({ status: result.status });
  const { rows: [row] } = await pool.query(REFERRAL_BY_ID_SQL, [auth.organisationId, result.id]);
  return reply.code(201).send({ id: result.id, consentState: row.ReferralEntity_consent_state });
});

app.get('/api/open-vacancies', async (request, reply) => {
  const now = new Date();
  const auth = await authenticate(request.headers.cookie, now);
  if (!auth) return reply.code(401).send({ title: 'Sign in to continue' });
  const org = auth.organisationId;
  const q = String((request.query as Record<string, string>)['q'] ?? '').trim();
  const { rows: [person] } = await pool.query(EMPLOYMENT_TYPE_SQL, [org, auth.personId]);
  const audiences = audiencesOf(auth.roles, person?.employmentType ?? null);
  const { rows: programmes } = await pool.query<Programme>(PROGRAMMES_SQL, [org]);
  const running = programmes.filter((p) => pick([p], audiences, now.getTime()));
  if (!running.length) return { items: [], total: 0 };
  const { rows: [{ total }] } = await pool.query(SEARCH_COUNT_SQL, [org, 'open', q]);
  if (total === 0) return { items: [], total };
  const { rows } = await pool.query(SEARCH_PAGE_SQL, [org, 'open', q, 20, 0]);
  const programme = pick(running, audiences, now.getTime())!;
  const applicable = { id: programme.p_id, name: programme.p_name, kind: programme.p_kind, endsAt: programme.p_ends_at, rewardSummary: programme.p_reward_summary };
  return { items: rows.map((v) => ({ ...v, programme: applicable })), total };
});

app
  .listen({ port: Number(process.env['PORT'] ?? 3999), host: '127.0.0.1' })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    setTimeout(() => process.exit(0), 2000).unref();
    void app.close().then(() => pool.end()).then(() => process.exit(0));
  });
}
