import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Phase, TouchpointChannel, TouchpointKind } from '@kring/shared-domain';
import { OrganisationId } from '../organisation-id';

/** Append-only log of interactions with a person; feeds the timeline, engagement and the dashboard. */
@Entity('touchpoints')
export class TouchpointEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: OrganisationId;

  @Column({ type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  kind: TouchpointKind;

  @Column({ type: 'text' })
  channel: TouchpointChannel;

  /** The person's phase when it happened. */
  @Column({ type: 'text' })
  phase: Phase;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  /** What it was about, e.g. `event` + event id, `mail_message` + message id. */
  @Column({ type: 'text', nullable: true })
  subjectType: string | null;

  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'jsonb', default: {} })
  data: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
