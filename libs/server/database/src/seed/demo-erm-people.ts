import type { EntityManager } from 'typeorm';

/** Demo ERM people data. Runs on every seed: must do nothing when its data is already there. */
export async function seedDemoErmPeople(_tx: EntityManager, _organisationId: string, _now: Date): Promise<void> {}
