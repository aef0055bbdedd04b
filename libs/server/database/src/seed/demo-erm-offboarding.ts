import type { EntityManager } from 'typeorm';

/** Demo ERM offboarding data. Runs on every seed: must do nothing when its data is already there. */
export async function seedDemoErmOffboarding(_tx: EntityManager, _organisationId: string, _now: Date): Promise<void> {}
