import type { EntityManager } from 'typeorm';
import { seedDemoErmEvents } from './demo-erm-events';
import { seedDemoErmOffboarding } from './demo-erm-offboarding';
import { seedDemoErmPeople } from './demo-erm-people';
import { seedDemoErmPools } from './demo-erm-pools';
import { seedDemoErmPreboarding } from './demo-erm-preboarding';
import { seedDemoMailingsJobAlerts } from './demo-mailings-job-alerts';
import { seedDemoMailingsNewsletters } from './demo-mailings-newsletters';

/** Demo ERM and mailings data (people across the phases, pools, events, starters, leavers, newsletters, job alerts); each part skips itself when present. */
export async function seedDemoErm(tx: EntityManager, organisationId: string, now: Date): Promise<void> {
  await seedDemoErmPeople(tx, organisationId, now);
  await seedDemoErmPools(tx, organisationId, now);
  await seedDemoErmEvents(tx, organisationId, now);
  await seedDemoErmPreboarding(tx, organisationId, now);
  await seedDemoErmOffboarding(tx, organisationId, now);
  // Mailings build on ERM's people, segments and consents.
  await seedDemoMailingsNewsletters(tx, organisationId, now);
  await seedDemoMailingsJobAlerts(tx, organisationId, now);
}
