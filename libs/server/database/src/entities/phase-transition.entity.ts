import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Phase, PhaseCause } from '@kring/shared-domain';
import { OrganisationId } from '../organisation-id';

/** Append-only: one row per phase change of a person (the first row has no from_phase). */
@Entity('phase_transitions')
export class PhaseTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: OrganisationId;

  @Column({ type: 'uuid' })
  personId: string;

  @Column({ type: 'text', nullable: true })
  fromPhase: Phase | null;

  @Column({ type: 'text' })
  toPhase: Phase;

  @Column({ type: 'text' })
  cause: PhaseCause;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
