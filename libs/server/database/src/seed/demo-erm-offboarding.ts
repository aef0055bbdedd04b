import type { EntityManager } from 'typeorm';
import { officeTime } from './demo-erm-time';

const ALUMNUS_EMAIL = 'alumnus@demo.kring.localhost';
const UPCOMING_LEAVER_EMAIL = 'iris.dekker@example.nl';

/**
 * Demo ERM offboarding data. Runs on every seed: must do nothing when its data is already there.
 * The story at Zorggroep De Linde: every current employee has a payroll number; Anouk Bakker (the demo
 * alumnus) left four months ago at the end of her contract, said yes to the newsletter and job alerts, and
 * may come back; planner Iris Dekker resigned and leaves in three weeks.
 */
export async function seedDemoErmOffboarding(tx: EntityManager, organisationId: string, now: Date): Promise<void> {
  const [done] = await tx.query(`SELECT 1 FROM offboardings WHERE organisation_id = $1 LIMIT 1`, [organisationId]);
  if (done) return;
  const today = `($2::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date`;

  // Payroll numbers for current employees (the import matches on them).
  await tx.query(
    `WITH numbered AS (
       SELECT id, row_number() OVER (ORDER BY created_at, id) AS n FROM people
       WHERE organisation_id = $1 AND phase IN ('entry', 'employment') AND employee_number IS NULL
     )
     UPDATE people p SET employee_number = 'DL' || (1000 + n.n)::text, employment_type = coalesce(p.employment_type, 'permanent')
       FROM numbered n
      WHERE p.organisation_id = $1 AND p.id = n.id
        AND NOT EXISTS (SELECT 1 FROM people q WHERE q.organisation_id = $1 AND q.employee_number = 'DL' || (1000 + n.n)::text)`,
    [organisationId],
  );

  // The alumnus: a completed offboarding, her exit in the history, and stay-in-touch consents from the leaving mail.
  const [alumnus] = await tx.query(`SELECT id, phase FROM people WHERE organisation_id = $1 AND email = $2`, [organisationId, ALUMNUS_EMAIL]);
  if (alumnus) {
    // Her offboarding completed the morning after her last working day, 120 days ago.
    const leftAt = officeTime(now, 119, 9, 0);
    const hiredAt = officeTime(now, 120 + 3 * 365, 9, 30);
    await tx.query(`UPDATE people SET employee_number = coalesce(employee_number, 'DL0907'), department = coalesce(department, 'Revalidatie'), location = coalesce(location, 'Utrecht') WHERE organisation_id = $1 AND id = $2`, [organisationId, alumnus.id]);
    await tx.query(
      `INSERT INTO offboardings (organisation_id, person_id, leaving_date, reason, eligible_for_rehire, note, status, source, completed_at, created_at, updated_at)
       VALUES ($1, $3, (${today}) - 120, 'end_of_contract', true, 'Tijdelijk contract afgelopen; wil graag terugkomen als er een vaste plek is.', 'completed', 'hr', $4::timestamptz, $4::timestamptz - interval '30 days 2 hours', $4::timestamptz)`,
      [organisationId, now, alumnus.id, leftAt],
    );
    if (alumnus.phase === 'exit') {
      // Seeded straight into `exit` today (demo-seed): her record and first history row date from when she was hired,
      // three years before she left, as if she had been created in `employment` then. She reads Dutch.
      await tx.query(
        `UPDATE people SET created_at = least(created_at, $3), phase_changed_at = $4, locale = 'nl' WHERE organisation_id = $1 AND id = $2`,
        [organisationId, alumnus.id, hiredAt, leftAt],
      );
      await tx.query(`UPDATE users SET locale = 'nl' WHERE organisation_id = $1 AND person_id = $2`, [organisationId, alumnus.id]);
      await tx.query(
        `UPDATE phase_transitions SET to_phase = 'employment', occurred_at = $3
          WHERE organisation_id = $1 AND person_id = $2 AND cause = 'created' AND from_phase IS NULL AND to_phase = 'exit'`,
        [organisationId, alumnus.id, hiredAt],
      );
      // How she got to `exit`, as the offboarding job would have recorded it.
      await tx.query(
        `INSERT INTO phase_transitions (organisation_id, person_id, from_phase, to_phase, cause, reason, occurred_at)
         SELECT $1, $2, 'employment', 'exit', 'offboarded', 'end_of_contract', $3
         WHERE NOT EXISTS (SELECT 1 FROM phase_transitions WHERE organisation_id = $1 AND person_id = $2 AND cause = 'offboarded')`,
        [organisationId, alumnus.id, leftAt],
      );
    }
    for (const purpose of ['newsletter', 'job_alerts']) {
      const givenAt = officeTime(now, 117, purpose === 'newsletter' ? 10 : 11, 20);
      const expiresAt = new Date(givenAt);
      expiresAt.setUTCMonth(expiresAt.getUTCMonth() + 24);
      const [inserted] = await tx.query(
        `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at, expires_at, created_at, updated_at)
         VALUES ($1, $2, $3, 'granted', 'offboarding', $4, $5, $4, $4)
         ON CONFLICT (organisation_id, person_id, purpose) DO NOTHING RETURNING id`,
        [organisationId, alumnus.id, purpose, givenAt, expiresAt],
      );
      if (inserted) {
        await tx.query(
          `INSERT INTO consent_events (organisation_id, person_id, purpose, status, source, expires_at, occurred_at) VALUES ($1, $2, $3, 'granted', 'offboarding', $4, $5)`,
          [organisationId, alumnus.id, purpose, expiresAt, givenAt],
        );
      }
    }
  }

  // The upcoming leaver: scheduled; the worker carries it out the day after her last working day.
  const [leaver] = await tx.query(`SELECT id FROM people WHERE organisation_id = $1 AND email = $2 AND phase IN ('entry', 'employment')`, [organisationId, UPCOMING_LEAVER_EMAIL]);
  if (leaver) {
    await tx.query(
      `INSERT INTO offboardings (organisation_id, person_id, leaving_date, reason, eligible_for_rehire, note, status, source, created_at, updated_at)
       VALUES ($1, $3, (${today}) + 21, 'resignation', true, 'Gaat dichter bij huis werken (Amersfoort).', 'scheduled', 'hr', $4, $4)`,
      [organisationId, now, leaver.id, officeTime(now, 2, 13, 10)],
    );
  }
}
