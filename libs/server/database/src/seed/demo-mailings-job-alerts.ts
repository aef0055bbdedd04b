import type { EntityManager } from 'typeorm';

/** Demo mailings (job-alerts) data. Runs on every seed: must do nothing when its data is already there. */
export async function seedDemoMailingsJobAlerts(_tx: EntityManager, _organisationId: string, _now: Date): Promise<void> {}
