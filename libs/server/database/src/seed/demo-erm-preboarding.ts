import type { EntityManager } from 'typeorm';
import { officeTime } from './demo-erm-time';

const DAY = 86_400_000;
const TEMPLATE_NAME = 'Welkom bij Zorggroep De Linde';

/** [title nl, title en, description nl, description en, offset in days from the start date, assignee]. */
const TASKS: Array<[string, string, string | null, string | null, number, 'starter' | 'hr']> = [
  ["Upload je identiteitsbewijs en diploma's", 'Upload your ID and diplomas', 'Een foto of scan is genoeg.', 'A photo or scan will do.', -14, 'starter'],
  ['VOG aanvragen', 'Request the certificate of conduct (VOG)', null, null, -10, 'hr'],
  ['Kennismaken met je buddy', 'Meet your buddy', 'Je buddy belt je voor een kop koffie op de afdeling.', 'Your buddy calls you for a coffee on the ward.', -7, 'starter'],
  ['Rooster, pas en account klaarzetten', 'Prepare roster, badge and account', null, null, -3, 'hr'],
  ['Eerste werkdag: meld je om 8.30 uur bij de receptie', 'First day: report to reception at 8:30', null, null, 0, 'starter'],
  ['Volg de e-learning Veilig werken', "Complete the 'Working safely' e-learning", null, null, 5, 'starter'],
];

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Demo ERM preboarding: the default checklist template, a checklist for Noah Smit (hired through a referral,
 * starts in two weeks), one for Lisa Bakker (starts in five days, halfway through her list) and one for every other
 * hired person with a start date (Bas Hoekstra and Nina Willems from demo-erm-people).
 * Runs on every seed: does nothing when the template is already there. No links are mailed; HR can send them.
 */
export async function seedDemoErmPreboarding(tx: EntityManager, organisationId: string, now: Date): Promise<void> {
  const existing: unknown[] = await tx.query(`SELECT 1 FROM preboarding_templates WHERE organisation_id = $1 AND lower(name) = lower($2)`, [organisationId, TEMPLATE_NAME]);
  if (existing.length) return;
  const hasDefault = (await tx.query(`SELECT 1 FROM preboarding_templates WHERE organisation_id = $1 AND is_default`, [organisationId])).length > 0;
  const [template] = await tx.query(`INSERT INTO preboarding_templates (organisation_id, name, is_default) VALUES ($1, $2, $3) RETURNING id`, [
    organisationId,
    TEMPLATE_NAME,
    !hasDefault,
  ]);
  for (const [i, [titleNl, titleEn, descriptionNl, descriptionEn, offset, assignee]] of TASKS.entries()) {
    await tx.query(
      `INSERT INTO preboarding_template_tasks (organisation_id, template_id, position, title_nl, title_en, description_nl, description_en, due_offset_days, assignee)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [organisationId, template.id, i + 1, titleNl, titleEn, descriptionNl, descriptionEn, offset, assignee],
    );
  }

  // Noah Smit was hired through a referral (demo-referrals); his start date is on the referral.
  const [noah] = await tx.query(
    `SELECT p.id, coalesce(p.start_date, r.start_date)::text AS start_date FROM people p
     LEFT JOIN referrals r ON r.organisation_id = p.organisation_id AND r.hired_person_id = p.id
     WHERE p.organisation_id = $1 AND p.email = 'noah.smit@example.nl' AND p.phase = 'entry' LIMIT 1`,
    [organisationId],
  );
  const noahStart = noah?.start_date ?? day(new Date(now.getTime() + 14 * DAY));
  if (noah) {
    await tx.query(`UPDATE people SET start_date = $3 WHERE organisation_id = $1 AND id = $2 AND start_date IS NULL`, [organisationId, noah.id, noahStart]);
    await checklist(tx, organisationId, template.id, noah.id, noahStart, now, 0);
  }

  const [lisa] = await tx.query(
    `INSERT INTO people (organisation_id, first_name, last_name, email, locale, phase, start_date, department, function_title, location, source, phase_changed_at, created_at, updated_at)
     VALUES ($1, 'Lisa', 'Bakker', 'lisa.bakker@example.nl', 'nl', 'entry', $2, 'Verpleeghuis De Linde', 'Verzorgende IG', 'Zeist', 'manual', $3, $3, $3)
     ON CONFLICT DO NOTHING RETURNING id`,
    [organisationId, day(new Date(now.getTime() + 5 * DAY)), officeTime(now, 20, 11, 0)],
  );
  if (lisa) await checklist(tx, organisationId, template.id, lisa.id, day(new Date(now.getTime() + 5 * DAY)), now, 3);

  // Other starters with a start date and no checklist yet get the default one, the first task done when they start within three weeks.
  const starters: Array<{ id: string; start_date: string }> = await tx.query(
    `SELECT p.id, p.start_date::text AS start_date FROM people p
      WHERE p.organisation_id = $1 AND p.phase = 'entry' AND p.start_date IS NOT NULL AND p.start_date >= ($2::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date
        AND NOT EXISTS (SELECT 1 FROM preboarding_checklists c WHERE c.organisation_id = p.organisation_id AND c.person_id = p.id)
      ORDER BY p.start_date, p.id`,
    [organisationId, now],
  );
  for (const starter of starters) {
    const soon = new Date(`${starter.start_date}T12:00:00Z`).getTime() - now.getTime() < 21 * DAY;
    await checklist(tx, organisationId, template.id, starter.id, starter.start_date, now, soon ? 1 : 0);
  }
}

/** A checklist copied from the template; the first `done` tasks are ticked (a day after they were due, or yesterday). */
async function checklist(tx: EntityManager, organisationId: string, templateId: string, personId: string, startDate: string, now: Date, done: number): Promise<void> {
  const [row] = await tx.query(
    `INSERT INTO preboarding_checklists (organisation_id, person_id, template_id, template_name, start_date, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT ON CONSTRAINT uq_preboarding_checklists_person_start DO NOTHING RETURNING id`,
    [organisationId, personId, templateId, TEMPLATE_NAME, startDate, officeTime(now, 12, 9, 15)],
  );
  if (!row) return;
  await tx.query(
    `INSERT INTO preboarding_tasks (organisation_id, checklist_id, position, title_nl, title_en, description_nl, description_en, due_offset_days, due_on, assignee,
                                    done_at, first_done_at)
     SELECT $1, $2, tt.position, tt.title_nl, tt.title_en, tt.description_nl, tt.description_en, tt.due_offset_days, $4::date + tt.due_offset_days, tt.assignee,
            CASE WHEN tt.position <= $5 THEN $6::timestamptz END, CASE WHEN tt.position <= $5 THEN $6::timestamptz END
     FROM preboarding_template_tasks tt WHERE tt.organisation_id = $1 AND tt.template_id = $3`,
    [organisationId, row.id, templateId, startDate, done, officeTime(now, 1, 14, 40)],
  );
  if (done > 0) {
    await tx.query(
      `INSERT INTO touchpoints (organisation_id, person_id, kind, channel, phase, occurred_at, subject_type, subject_id, note)
       SELECT t.organisation_id, $3, 'preboarding_task_done', 'preboarding', 'entry', t.done_at, 'preboarding_task', t.id, t.title_nl
       FROM preboarding_tasks t WHERE t.organisation_id = $1 AND t.checklist_id = $2 AND t.done_at IS NOT NULL AND t.assignee = 'starter'`,
      [organisationId, row.id, personId],
    );
  }
}
