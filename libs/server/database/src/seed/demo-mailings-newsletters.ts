import type { EntityManager } from 'typeorm';

/** Demo mailings (newsletters) data. Runs on every seed: must do nothing when its data is already there. */
export async function seedDemoMailingsNewsletters(_tx: EntityManager, _organisationId: string, _now: Date): Promise<void> {}
