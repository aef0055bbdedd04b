import type { EntityManager } from 'typeorm';
import { seedDemoErmEvents } from './demo-erm-events';
import { seedDemoErmOffboarding } from './demo-erm-offboarding';
import { seedDemoErmPeople } from './demo-erm-people';
import { seedDemoErmPools } from './demo-erm-pools';
import { seedDemoErmPreboarding } from './demo-erm-preboarding';

/** Demo ERM data (people across the phases, pools, events, starters, leavers); each part skips itself when present. */
export async function seedDemoErm(tx: EntityManager, organisationId: string, now: Date): Promise<void> {
  await seedDemoErmPeople(tx, organisationId, now);
  await seedDemoErmPools(tx, organisationId, now);
  await seedDemoErmEvents(tx, organisationId, now);
  await seedDemoErmPreboarding(tx, organisationId, now);
  await seedDemoErmOffboarding(tx, organisationId, now);
}
