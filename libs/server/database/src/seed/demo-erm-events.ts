import type { EntityManager } from 'typeorm';

/** Demo ERM events data. Runs on every seed: must do nothing when its data is already there. */
export async function seedDemoErmEvents(_tx: EntityManager, _organisationId: string, _now: Date): Promise<void> {}
