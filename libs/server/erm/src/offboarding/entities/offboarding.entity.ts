import { Column, Entity } from 'typeorm';
import { OrganisationScopedEntity } from '@kring/server-database';
import type { OffboardingReason, OffboardingSource, OffboardingStatus } from '../offboarding.constants';

/** HR's record that an employee leaves; executed on the leaving date (Europe/Amsterdam) by the worker. */
@Entity('offboardings')
export class OffboardingEntity extends OrganisationScopedEntity {
  @Column({ type: 'uuid' })
  personId: string;

  @Column({ type: 'date' })
  leavingDate: string;

  @Column({ type: 'text' })
  reason: OffboardingReason;

  @Column({ type: 'boolean' })
  eligibleForRehire: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Where the stay-in-touch mail goes and the alumnus' new login email (the work mailbox closes on leaving). */
  @Column({ type: 'text', nullable: true })
  privateEmail: string | null;

  @Column({ type: 'text', default: 'scheduled' })
  status: OffboardingStatus;

  @Column({ type: 'text', default: 'hr' })
  source: OffboardingSource;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;
}
