import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ConsentPurpose, ConsentStatus } from '@kring/shared-domain';
import { OrganisationScopedEntity } from './base.entity';
import { OrganisationId } from '../organisation-id';

/** A person's current consent for one purpose. Change it only through ConsentsRepository (it writes the history). */
@Entity('consents')
export class ConsentEntity extends OrganisationScopedEntity {
  @Column({ type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  purpose: ConsentPurpose;

  @Column({ type: 'text' })
  status: ConsentStatus;

  @Column({ type: 'text', default: 'consent' })
  legalBasis: 'consent' | 'legitimate_interest' | 'contract';

  /** Where it was given or changed: `talent_pool_form`, `preference_centre`, `offboarding`, `hr`, ... */
  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'timestamptz', nullable: true })
  requestedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  givenAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  /** When the renewal reminder was sent for the current expiry. */
  @Column({ type: 'timestamptz', nullable: true })
  remindedAt: Date | null;
}

/** Append-only history of consent changes (what the timeline and an export show). */
@Entity('consent_events')
export class ConsentEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: OrganisationId;

  @Column({ type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  purpose: ConsentPurpose;

  @Column({ type: 'text' })
  status: ConsentStatus;

  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;
}
