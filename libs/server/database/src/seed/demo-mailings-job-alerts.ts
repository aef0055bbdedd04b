import type { EntityManager } from 'typeorm';

const ALUMNUS_EMAIL = 'alumnus@demo.kring.localhost';

/**
 * Demo job alerts. Runs on every seed: must do nothing when its data is already there.
 * The story at Zorggroep De Linde: Anouk Bakker (the demo alumnus, left at the end of a temporary contract)
 * hopes for a permanent place: a daily alert for "verpleegkundige" around Utrecht in permanent employment,
 * and a weekly one for anything with wound care. She already consented to job alerts when she left.
 */
export async function seedDemoMailingsJobAlerts(tx: EntityManager, organisationId: string, now: Date): Promise<void> {
  const [alumnus] = await tx.query(`SELECT id FROM people WHERE organisation_id = $1 AND email = $2`, [organisationId, ALUMNUS_EMAIL]);
  if (!alumnus) return;
  const [done] = await tx.query(`SELECT 1 FROM job_alert_subscriptions WHERE organisation_id = $1 AND person_id = $2 LIMIT 1`, [organisationId, alumnus.id]);
  if (done) return;
  const createdAt = new Date(now.getTime() - 60 * 86_400_000);
  const lastDigestAt = new Date(now.getTime() - 86_400_000);
  await tx.query(
    `INSERT INTO job_alert_subscriptions (organisation_id, person_id, keywords, functions, skills, locations, employment_types, frequency, last_digest_at, created_at, updated_at)
     VALUES ($1, $2, 'verpleegkundige', '{}', '{}', '{utrecht}', '{permanent}', 'daily', $3, $4, $4),
            ($1, $2, '', '{}', '{wondzorg}', '{}', '{}', 'weekly', $3, $4, $4)`,
    [organisationId, alumnus.id, lastDigestAt, createdAt],
  );
}
