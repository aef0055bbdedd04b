import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';
import type { Phase, Role } from '@kring/shared-domain';
import { TOMBSTONE_NAME } from './privacy.constants';

type Row = Record<string, unknown>;

async function sequentially(reads: Array<() => Promise<Row[]>>): Promise<Row[][]> {
  const results: Row[][] = [];
  for (const read of reads) results.push(await read());
  return results;
}

/** The person and account facts the export and the erasure rules start from. */
export interface PersonSubject {
  id: string;
  organisationId: OrganisationId;
  organisationName: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phase: Phase;
  employeeNumber: string | null;
  /** Set on an erasure tombstone: such a person is answered as not found. */
  erasedAt: Date | null;
  /** Private addresses given at offboarding (the alumnus mails go there). */
  privateEmails: string[];
  userId: string | null;
  userEmail: string | null;
  roles: Role[] | null;
  userStatus: 'invited' | 'active' | 'deactivated' | null;
}

/** Everything the export reads, one section per key; each section is a list of camelCase rows. */
export type ExportRows = Record<string, Row[]>;

/** Every address the person is known by: person, account and offboarding private addresses. */
export const addressesOf = (s: Pick<PersonSubject, 'email' | 'userEmail' | 'privateEmails'>): string[] =>
  [...new Set([s.email, s.userEmail, ...(s.privateEmails ?? [])].filter((e): e is string => !!e))];

/**
 * The full name, used to find free text that names the person (mail bodies, audit data). Only when both parts
 * are known: a first name alone would match far too much.
 */
export const fullNameOf = (s: Pick<PersonSubject, 'firstName' | 'lastName'>): string[] => {
  const first = s.firstName?.trim() ?? '';
  const last = s.lastName?.trim() ?? '';
  return first && last ? [`${first} ${last}`] : [];
};

/**
 * Import rows about the person, over alias `r(row)`: linked by person id, by one of their addresses (work or
 * private), or by their employee number. Parameters: $2 person id, $3 addresses, $4 employee number (or null).
 */
const IMPORT_ROW_ABOUT = `(r.row->>'personId' = $2::text
  OR lower(r.row->'values'->>'email') = ANY($3::text[])
  OR lower(r.row->'values'->>'privateEmail') = ANY($3::text[])
  OR ($4::text IS NOT NULL AND r.row->>'employeeNumber' = $4::text))`;

/** Another import row whose error messages or parameters name the person's employee number ($4) or an address ($3). */
const IMPORT_ERRORS_NAME = `(jsonb_typeof(r.row->'errors') = 'array' AND jsonb_array_length(r.row->'errors') > 0
  AND (($4::text IS NOT NULL AND strpos((r.row->'errors')::text, $4::text) > 0)
       OR EXISTS (SELECT 1 FROM unnest($3::text[]) x WHERE strpos((r.row->'errors')::text, x) > 0)))`;

/**
 * Reads and erases one person's data across every table that holds it (see docs/developer/erm-privacy.md).
 * Every statement is scoped by the organisation id first.
 */
@Injectable()
export class PrivacyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The person in this organisation; `lock` takes a row lock so two erasures of one person run one after the other. */
  async subject(organisationId: OrganisationId, personId: string, tx?: Tx, lock = false): Promise<PersonSubject | null> {
    const [row] = await managerOf(this.dataSource, tx).query(
      `SELECT p.id, p.organisation_id AS "organisationId", o.name AS "organisationName", p.first_name AS "firstName",
              p.last_name AS "lastName", p.email, p.phase, p.employee_number AS "employeeNumber", p.erased_at AS "erasedAt",
              COALESCE((SELECT array_agg(DISTINCT ob.private_email ORDER BY ob.private_email) FROM offboardings ob
                         WHERE ob.organisation_id = p.organisation_id AND ob.person_id = p.id AND ob.private_email IS NOT NULL), '{}') AS "privateEmails",
              u.id AS "userId", u.email AS "userEmail", u.roles, u.status AS "userStatus"
         FROM people p
         JOIN organisations o ON o.id = p.organisation_id
         LEFT JOIN users u ON u.organisation_id = p.organisation_id AND u.person_id = p.id
        WHERE p.organisation_id = $1 AND p.id = $2
        ${lock ? 'FOR UPDATE OF p' : ''}`,
      [organisationId, personId],
    );
    return (row as PersonSubject | undefined) ?? null;
  }

  /**
   * Every section of the export document, read in one snapshot. `audience` decides the free text HR wrote:
   * `hr` (HR's export, reviewed by HR before it is handed over) has everything; `self` (the signed-in user's own
   * export, handed over unreviewed) leaves out HR's internal notes and non-shared reasons, which can name third
   * parties (art. 15(4) GDPR); see docs/developer/erm-privacy.md.
   */
  async exportRows(organisationId: OrganisationId, s: PersonSubject, tx: Tx, audience: 'hr' | 'self' = 'hr'): Promise<ExportRows> {
    // Thunks, run one after the other below: a transaction is one connection, which runs one query at a time.
    const q = (sql: string, params: unknown[] = []) => () => tx.query(sql, [organisationId, s.id, ...params]) as Promise<Row[]>;
    const emails = addressesOf(s);
    const userId = s.userId;
    const hr = audience === 'hr';
    /** An HR-internal column: in HR's export only. */
    const internal = (expression: string) => (hr ? `, ${expression}` : '');
    const byUser = (sql: string) => () => (userId ? (tx.query(sql, [organisationId, userId]) as Promise<Row[]>) : Promise.resolve([] as Row[]));
    const [
      person, account, sessions, phaseHistory, touchpoints, consents, consentHistory, talentPools, talentPoolSignups, events,
      preboarding, offboardings, employeeImports, referralsAbout, referralsMade, refusedReferrals, rewards, points, shareLinks, mails, auditTrail,
      matchSkills, matchProfile,
    ] = await sequentially([
      q(`SELECT p.id, p.first_name AS "firstName", p.last_name AS "lastName", p.email, p.phone, p.locale, p.phase,
                p.phase_changed_at AS "phaseChangedAt", p.location, p.function_title AS "functionTitle", p.department,
                p.skills, p.tags, p.interests, p.source, p.start_date::text AS "startDate", p.boomerang_at AS "boomerangAt",
                p.employee_number AS "employeeNumber", p.employment_type AS "employmentType", p.created_at AS "createdAt",
                p.updated_at AS "updatedAt"
           FROM people p WHERE p.organisation_id = $1 AND p.id = $2`),
      byUser(`SELECT id, email, roles, status, locale, leaderboard_opt_in AS "leaderboardOptIn", last_login_at AS "lastLoginAt",
                     deactivated_at AS "deactivatedAt", created_at AS "createdAt"
                FROM users WHERE organisation_id = $1 AND id = $2`),
      byUser(`SELECT created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt", revoked_at AS "revokedAt",
                     user_agent AS "userAgent"
                FROM sessions WHERE organisation_id = $1 AND user_id = $2 ORDER BY created_at`),
      q(`SELECT from_phase AS "fromPhase", to_phase AS "toPhase", cause, occurred_at AS "occurredAt"${internal('reason')}
           FROM phase_transitions WHERE organisation_id = $1 AND person_id = $2 ORDER BY occurred_at, created_at`),
      q(`SELECT kind, channel, phase, occurred_at AS "occurredAt", subject_type AS "subjectType", subject_id AS "subjectId", data${internal('note')}
           FROM touchpoints WHERE organisation_id = $1 AND person_id = $2 ORDER BY occurred_at`),
      q(`SELECT purpose, status, legal_basis AS "legalBasis", source, requested_at AS "requestedAt", given_at AS "givenAt",
                expires_at AS "expiresAt", withdrawn_at AS "withdrawnAt", reminded_at AS "remindedAt", updated_at AS "updatedAt"
           FROM consents WHERE organisation_id = $1 AND person_id = $2 ORDER BY purpose`),
      q(`SELECT purpose, status, source, expires_at AS "expiresAt", occurred_at AS "occurredAt"
           FROM consent_events WHERE organisation_id = $1 AND person_id = $2 ORDER BY occurred_at`),
      q(`SELECT m.pool_id AS "poolId", tp.name AS "poolName", m.source, m.joined_at AS "joinedAt"
           FROM talent_pool_members m JOIN talent_pools tp ON tp.organisation_id = m.organisation_id AND tp.id = m.pool_id
          WHERE m.organisation_id = $1 AND m.person_id = $2 ORDER BY m.joined_at`),
      q(`SELECT first_name AS "firstName", last_name AS "lastName", locale, location, skills, pool_ids AS "poolIds",
                extra_purposes AS "extraPurposes", job_alert AS "jobAlert", expires_at AS "expiresAt", created_at AS "createdAt"
           FROM talent_pool_signups WHERE organisation_id = $1 AND person_id = $2 ORDER BY created_at`),
      q(`SELECT i.event_id AS "eventId", e.title AS "eventTitle", e.starts_at AS "eventStartsAt", i.status, i.legal_basis AS "legalBasis",
                i.invited_at AS "invitedAt", i.responded_at AS "respondedAt", i.attendance, i.attendance_recorded_at AS "attendanceRecordedAt"
           FROM event_invitations i JOIN events e ON e.organisation_id = i.organisation_id AND e.id = i.event_id
          WHERE i.organisation_id = $1 AND i.person_id = $2 ORDER BY e.starts_at`),
      q(`SELECT c.id AS "checklistId", c.template_name AS "templateName", c.start_date::text AS "startDate", c.link_sent_at AS "linkSentAt",
                c.created_at AS "createdAt",
                COALESCE((SELECT jsonb_agg(jsonb_build_object('titleNl', t.title_nl, 'titleEn', t.title_en, 'dueOn', t.due_on,
                                  'assignee', t.assignee, 'doneAt', t.done_at) ORDER BY t.position)
                            FROM preboarding_tasks t WHERE t.organisation_id = c.organisation_id AND t.checklist_id = c.id), '[]'::jsonb) AS tasks
           FROM preboarding_checklists c WHERE c.organisation_id = $1 AND c.person_id = $2 ORDER BY c.start_date`),
      q(`SELECT leaving_date::text AS "leavingDate", reason, eligible_for_rehire AS "eligibleForRehire", private_email AS "privateEmail",
                status, source${internal('note')},
                completed_at AS "completedAt", cancelled_at AS "cancelledAt", created_at AS "createdAt"
           FROM offboardings WHERE organisation_id = $1 AND person_id = $2 ORDER BY created_at`),
      q(`SELECT i.id AS "importId", i.file_name AS "fileName", i.business_date::text AS "businessDate", i.created_at AS "createdAt",
                jsonb_agg(r.row ORDER BY r.ord) AS rows
           FROM employee_imports i, jsonb_array_elements(i.rows) WITH ORDINALITY AS r(row, ord)
          WHERE i.organisation_id = $1 AND ${IMPORT_ROW_ABOUT}
          GROUP BY i.id ORDER BY i.created_at`, [emails, s.employeeNumber]),
      q(`SELECT r.id, r.created_at AS "createdAt", v.title AS "vacancyTitle", pr.name AS "programmeName",
                r.candidate_name AS "candidateName", r.candidate_email AS "candidateEmail", r.candidate_phone AS "candidatePhone",
                r.candidate_locale AS "candidateLocale", r.candidate_note AS "candidateNote", r.relationship, r.motivation,
                r.candidate_informed AS "candidateInformed", r.source, r.stage, r.stage_changed_at AS "stageChangedAt",
                r.consent_state AS "consentState", r.consent_decided_at AS "consentDecidedAt", r.start_date::text AS "startDate",
                r.hire_left_on::text AS "hireLeftOn",
                ${hr ? 'r.rejection_reason' : 'CASE WHEN r.rejection_reason_shareable THEN r.rejection_reason END'} AS "rejectionReason"
                ${internal('r.rejection_reason_shareable AS "rejectionReasonShareable"')}${internal('r.hire_left_reason AS "hireLeftReason"')},
                trim(rp.first_name || ' ' || rp.last_name) AS "referredBy",
                CASE WHEN f.id IS NULL THEN NULL ELSE jsonb_build_object('fileName', f.original_name, 'contentType', f.content_type,
                     'sizeBytes', f.size_bytes, 'uploadedAt', f.created_at) END AS cv,
                COALESCE((SELECT jsonb_agg(jsonb_build_object('kind', e.kind, 'from', e.from_value, 'to', e.to_value, 'at', e.created_at)
                                           ${hr ? "|| jsonb_build_object('note', e.note)" : ''}
                                 ORDER BY e.created_at)
                            FROM referral_events e WHERE e.organisation_id = r.organisation_id AND e.referral_id = r.id), '[]'::jsonb) AS history
           FROM referrals r
           LEFT JOIN vacancies v ON v.organisation_id = r.organisation_id AND v.id = r.vacancy_id
           JOIN programmes pr ON pr.organisation_id = r.organisation_id AND pr.id = r.programme_id
           JOIN users ru ON ru.organisation_id = r.organisation_id AND ru.id = r.referrer_user_id
           JOIN people rp ON rp.organisation_id = ru.organisation_id AND rp.id = ru.person_id
           LEFT JOIN stored_files f ON f.organisation_id = r.organisation_id AND f.id = r.cv_file_id
          WHERE r.organisation_id = $1 AND (r.candidate_person_id = $2 OR r.hired_person_id = $2 OR r.candidate_email = ANY($3::text[]))
          ORDER BY r.created_at`, [emails]),
      byUser(`SELECT r.id, r.created_at AS "createdAt", v.title AS "vacancyTitle", pr.name AS "programmeName",
                     r.candidate_name AS "candidateName", r.relationship, r.motivation, r.source, r.stage,
                     r.consent_state AS "consentState", r.erased_at AS "erasedAt"
                FROM referrals r
                LEFT JOIN vacancies v ON v.organisation_id = r.organisation_id AND v.id = r.vacancy_id
                JOIN programmes pr ON pr.organisation_id = r.organisation_id AND pr.id = r.programme_id
               WHERE r.organisation_id = $1 AND r.referrer_user_id = $2 ORDER BY r.created_at`),
      byUser(`SELECT f.reason, v.title AS "vacancyTitle", pr.name AS "programmeName", f.created_at AS "createdAt"
                FROM refused_referrals f
                LEFT JOIN vacancies v ON v.organisation_id = f.organisation_id AND v.id = f.vacancy_id
                LEFT JOIN programmes pr ON pr.organisation_id = f.organisation_id AND pr.id = f.programme_id
               WHERE f.organisation_id = $1 AND f.referrer_user_id = $2 ORDER BY f.created_at`),
      byUser(`SELECT l.referral_id AS "referralId", l.milestone_key AS "milestoneKey", l.audience, l.amount_cents AS "amountCents",
                     l.currency, l.points, l.due_on::text AS "dueOn", l.status, l.approved_at AS "approvedAt", l.paid_at AS "paidAt",
                     l.cancelled_at AS "cancelledAt", l.cancel_reason AS "cancelReason", ch.name AS "donatedToCharity"
                FROM reward_ledger l
                LEFT JOIN charities ch ON ch.organisation_id = l.organisation_id AND ch.id = l.donated_to_charity_id
               WHERE l.organisation_id = $1 AND l.referrer_user_id = $2 ORDER BY l.due_on, l.created_at`),
      byUser(`SELECT kind, points, subject_id AS "subjectId", created_at AS "createdAt"
                FROM points_events WHERE organisation_id = $1 AND user_id = $2 ORDER BY created_at`),
      byUser(`SELECT s.code, v.title AS "vacancyTitle", s.created_at AS "createdAt",
                     COALESCE((SELECT sum(c.clicks)::int FROM share_link_clicks c WHERE c.organisation_id = s.organisation_id AND c.share_link_id = s.id), 0) AS clicks
                FROM share_links s JOIN vacancies v ON v.organisation_id = s.organisation_id AND v.id = s.vacancy_id
               WHERE s.organisation_id = $1 AND s.owner_user_id = $2 ORDER BY s.created_at`),
      q(`SELECT created_at AS "createdAt", sent_at AS "sentAt", status, kind AS template, subject, to_address AS "toAddress", sensitive,
                CASE WHEN sensitive THEN NULL ELSE text_body END AS "textBody"
           FROM mail_messages WHERE organisation_id = $1 AND (person_id = $2 OR to_address = ANY($3::text[])) ORDER BY created_at`, [emails]),
      q(`SELECT action, subject_type AS "subjectType", created_at AS "createdAt"
           FROM audit_events WHERE organisation_id = $1 AND (subject_id = $2 OR subject_id = $3::uuid) ORDER BY created_at`, [userId]),
      q(`SELECT kind, uri, source, confidence, evidence, "updatedAt" FROM (
           SELECT 'skill' AS kind, uri, source, confidence, evidence, updated_at AS "updatedAt"
             FROM person_skills WHERE organisation_id = $1 AND person_id = $2
           UNION ALL
           SELECT 'occupation', uri, source, confidence, evidence, updated_at
             FROM person_occupations WHERE organisation_id = $1 AND person_id = $2) m
          ORDER BY kind, uri`),
      q(`SELECT region, latitude, longitude, languages, available_from::text AS "availableFrom", internal_mobility AS "internalMobility",
                updated_at AS "updatedAt"
           FROM person_match_profiles WHERE organisation_id = $1 AND person_id = $2`),
    ]);
    return {
      person, account, sessions, phaseHistory, touchpoints, consents, consentHistory, talentPools, talentPoolSignups, events, preboarding,
      offboardings, employeeImports, referralsAbout, referralsMade, refusedReferrals, rewards, points, shareLinks, mails, auditTrail,
      matchSkills, matchProfile,
    };
  }

  /** True when the account must stay as a tombstone: payroll, referral or configuration records point at it. */
  async accountIsReferenced(organisationId: OrganisationId, userId: string, tx: Tx): Promise<boolean> {
    const [row] = await tx.query(
      `SELECT EXISTS (SELECT 1 FROM referrals WHERE organisation_id = $1 AND referrer_user_id = $2)
           OR EXISTS (SELECT 1 FROM reward_ledger WHERE organisation_id = $1
                        AND (referrer_user_id = $2 OR approved_by_user_id = $2 OR cancelled_by_user_id = $2))
           OR EXISTS (SELECT 1 FROM vacancies WHERE organisation_id = $1 AND hiring_manager_user_id = $2)
           OR EXISTS (SELECT 1 FROM reward_rules WHERE organisation_id = $1 AND created_by_user_id = $2)
           OR EXISTS (SELECT 1 FROM payroll_exports WHERE organisation_id = $1 AND created_by_user_id = $2)
           OR EXISTS (SELECT 1 FROM points_settings WHERE organisation_id = $1 AND updated_by_user_id = $2) AS referenced`,
      [organisationId, userId],
    );
    return row.referenced === true;
  }

  /** Referrals about the person (as candidate, as hire, or by e-mail address), with their CV file ids. */
  async referralsAbout(organisationId: OrganisationId, personId: string, emails: string[], tx: Tx): Promise<Array<{ id: string; cvFileId: string | null }>> {
    return tx.query(
      `SELECT id, cv_file_id AS "cvFileId" FROM referrals
        WHERE organisation_id = $1 AND erased_at IS NULL
          AND (candidate_person_id = $2 OR hired_person_id = $2 OR candidate_email = ANY($3::text[]))
        FOR UPDATE`,
      [organisationId, personId, emails],
    );
  }

  /**
   * The same anonymisation as ReferralErasure (libs/server/referrals/src/consent/referral-erasure.ts), which the
   * referrals library does not export: the row stays (programme, vacancy, referrer, dates, stage) for statistics and
   * payroll, without the candidate. Beyond ReferralErasure, HR's free text about the candidate goes too: the
   * rejection and leaving reasons, the notes in the stage/consent history and the audit data of these referrals
   * (e.g. `referral.consent_recorded` keeps HR's note there); the candidate's unused consent links are deleted.
   * hired_person_id is cleared too (the person row goes).
   */
  async anonymiseReferrals(organisationId: OrganisationId, referralIds: string[], now: Date, tx: Tx): Promise<void> {
    if (referralIds.length === 0) return;
    await tx.query(
      `UPDATE referrals SET candidate_name = NULL, candidate_email = NULL, candidate_phone = NULL, candidate_person_id = NULL,
              hired_person_id = NULL, motivation = NULL, candidate_note = NULL, relationship = NULL, cv_file_id = NULL,
              rejection_reason = NULL, hire_left_reason = NULL, erased_at = $3, updated_at = $3
        WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [organisationId, referralIds, now],
    );
    await tx.query(`UPDATE referral_events SET note = NULL WHERE organisation_id = $1 AND referral_id = ANY($2::uuid[]) AND note IS NOT NULL`, [organisationId, referralIds]);
    await tx.query(`DELETE FROM candidate_tokens WHERE organisation_id = $1 AND referral_id = ANY($2::uuid[])`, [organisationId, referralIds]);
    await tx.query(
      `UPDATE audit_events SET data = '{"erased": true}'::jsonb
        WHERE organisation_id = $1 AND subject_type = 'referral' AND subject_id = ANY($2::uuid[]) AND data <> '{"erased": true}'::jsonb`,
      [organisationId, referralIds],
    );
  }

  /** Deletes stored_files rows and returns their storage keys; the caller removes the bytes after commit. */
  async deleteFiles(organisationId: OrganisationId, fileIds: string[], tx: Tx): Promise<string[]> {
    if (fileIds.length === 0) return [];
    // A DELETE through TypeORM's postgres driver answers [rows, rowCount].
    const [rows]: [Array<{ storage_key: string }>, number] = await tx.query(
      `DELETE FROM stored_files WHERE organisation_id = $1 AND id = ANY($2::uuid[]) RETURNING storage_key`,
      [organisationId, fileIds],
    );
    return rows.map((r) => r.storage_key);
  }

  /**
   * Every mail to the person, whatever its status: a row a worker is sending right now goes too (the worker's
   * markSent/markRetry/markFailed then update nothing and the mail is not retried). Mails to others that name the
   * person (address or full name) keep only their envelope once sent or failed: bodies are nulled, and a subject
   * naming them becomes `[erased]`.
   */
  async eraseMails(organisationId: OrganisationId, personId: string, emails: string[], names: string[], tx: Tx): Promise<number> {
    const [, deleted] = await tx.query(
      `DELETE FROM mail_messages WHERE organisation_id = $1 AND (person_id = $2 OR to_address = ANY($3::text[]))`,
      [organisationId, personId, emails],
    );
    const needles = [...emails, ...names];
    if (needles.length > 0) {
      await tx.query(
        `UPDATE mail_messages m
            SET html_body = NULL, text_body = NULL,
                subject = CASE WHEN EXISTS (SELECT 1 FROM unnest($2::text[]) x WHERE strpos(m.subject, x) > 0) THEN $3 ELSE m.subject END,
                updated_at = now()
          WHERE m.organisation_id = $1 AND m.status IN ('sent', 'failed')
            AND EXISTS (SELECT 1 FROM unnest($2::text[]) x
                         WHERE strpos(coalesce(m.text_body, ''), x) > 0 OR strpos(coalesce(m.html_body, ''), x) > 0 OR strpos(m.subject, x) > 0)`,
        [organisationId, needles, TOMBSTONE_NAME],
      );
    }
    return Number(deleted ?? 0);
  }

  /**
   * Audit events about the person (or their account) keep action, actor and date but lose their subject id and
   * their data; events of any subject whose data names them (id, address or full name) lose their data.
   */
  async scrubAudit(organisationId: OrganisationId, ids: string[], needles: string[], tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE audit_events SET data = '{"erased": true}'::jsonb,
              subject_id = CASE WHEN subject_id::text = ANY($2::text[]) THEN NULL ELSE subject_id END
        WHERE organisation_id = $1
          AND (subject_id::text = ANY($2::text[])
               OR (data <> '{"erased": true}'::jsonb
                   AND EXISTS (SELECT 1 FROM unnest($2::text[] || $3::text[]) x WHERE strpos(data::text, x) > 0)))`,
      [organisationId, ids, needles],
    );
  }

  /**
   * Import rows about the person keep their place (outcomes are matched by position) but lose every value. Errors of
   * other rows that name them (`email_of_other_employee` carries their employee number) keep only field and code.
   */
  async scrubImports(organisationId: OrganisationId, personId: string, emails: string[], employeeNumber: string | null, tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE employee_imports i
          SET rows = (SELECT jsonb_agg(CASE WHEN ${IMPORT_ROW_ABOUT}
                                            THEN r.row || jsonb_build_object('employeeNumber', '', 'name', '', 'personId', NULL, 'values', NULL,
                                                                             'changes', '[]'::jsonb, 'errors', '[]'::jsonb, 'emailMatch', NULL, 'erased', true)
                                            WHEN ${IMPORT_ERRORS_NAME}
                                            THEN jsonb_set(r.row, '{errors}', (SELECT jsonb_agg(jsonb_build_object('field', e->'field', 'code', e->'code', 'message', '')
                                                                                                ORDER BY e.ord)
                                                                                 FROM jsonb_array_elements(r.row->'errors') WITH ORDINALITY AS e(e, ord)))
                                            ELSE r.row END ORDER BY r.ord)
                        FROM jsonb_array_elements(i.rows) WITH ORDINALITY AS r(row, ord)),
              updated_at = now()
        WHERE i.organisation_id = $1
          AND EXISTS (SELECT 1 FROM jsonb_array_elements(i.rows) r(row) WHERE ${IMPORT_ROW_ABOUT} OR ${IMPORT_ERRORS_NAME})`,
      [organisationId, personId, emails, employeeNumber],
    );
  }

  /** Rate-limit counters keyed by the person's address (no organisation: keys are global). */
  async eraseRateLimits(emails: string[], tx: Tx): Promise<void> {
    if (emails.length === 0) return;
    await tx.query(`DELETE FROM rate_limit_counters WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) e WHERE right(key, length(e) + 7) = ':email:' || e)`, [emails]);
  }

  /** The whole person: every table with a person foreign key cascades (users → sessions, tokens, share links, points). */
  async deletePerson(organisationId: OrganisationId, personId: string, tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM people WHERE organisation_id = $1 AND id = $2`, [organisationId, personId]);
  }

  /**
   * Keeps the person and account rows as an empty tombstone (payroll and referral records point at the account and
   * cannot change), and deletes everything else about them.
   */
  async tombstone(organisationId: OrganisationId, personId: string, userId: string, now: Date, tx: Tx): Promise<void> {
    for (const table of ['phase_transitions', 'touchpoints', 'consents', 'consent_events', 'talent_pool_members', 'talent_pool_signups',
      'person_tokens', 'event_invitations', 'preboarding_checklists', 'offboardings', 'job_alert_subscriptions', 'job_alert_deliveries',
      'person_skills', 'person_occupations', 'person_match_profiles']) {
      await tx.query(`DELETE FROM ${table} WHERE organisation_id = $1 AND person_id = $2`, [organisationId, personId]);
    }
    // Newsletter figures keep their row counts; the row forgets the address and the open/click times.
    await tx.query(
      `UPDATE newsletter_deliveries SET email = 'erased', opened_at = NULL, clicked_at = NULL, personal = NULL, updated_at = $3
        WHERE organisation_id = $1 AND person_id = $2`,
      [organisationId, personId, now],
    );
    for (const table of ['sessions', 'login_tokens', 'points_events', 'preboarding_hr_digests']) {
      await tx.query(`DELETE FROM ${table} WHERE organisation_id = $1 AND user_id = $2`, [organisationId, userId]);
    }
    for (const table of ['share_links', 'refused_referrals']) {
      const column = table === 'share_links' ? 'owner_user_id' : 'referrer_user_id';
      await tx.query(`DELETE FROM ${table} WHERE organisation_id = $1 AND ${column} = $2`, [organisationId, userId]);
    }
    await tx.query(
      `UPDATE people SET first_name = $3, last_name = '', email = NULL, phone = NULL, location = NULL, function_title = NULL,
              department = NULL, skills = '{}', tags = '{}', interests = '{}', start_date = NULL, boomerang_at = NULL,
              employee_number = NULL, employment_type = NULL, erased_at = $4, updated_at = $4
        WHERE organisation_id = $1 AND id = $2`,
      [organisationId, personId, TOMBSTONE_NAME, now],
    );
    // The account can never sign in again: no address that receives mail, no password, deactivated (login, magic
    // links, invitations and session lookups all require another status), and its sessions and login tokens are gone.
    await tx.query(
      `UPDATE users SET email = 'erased-' || id || '@erased.invalid', password_hash = NULL, status = 'deactivated',
              deactivated_at = COALESCE(deactivated_at, $3), last_login_at = NULL, leaderboard_opt_in = false, updated_at = $3
        WHERE organisation_id = $1 AND id = $2`,
      [organisationId, userId, now],
    );
  }
}
