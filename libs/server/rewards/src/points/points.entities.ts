import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OrganisationId } from '@kring/server-database';
import type { PointsKind, PointsLevel } from './points-settings';

/** An organisation's point values and levels (absent: the defaults). Values apply to events from the change on. */
@Entity('points_settings')
export class PointsSettingsEntity {
  @PrimaryColumn({ type: 'uuid' }) organisationId: OrganisationId;
  @Column({ type: 'integer' }) sharePoints: number;
  @Column({ type: 'integer' }) referralPoints: number;
  @Column({ type: 'integer' }) interviewPoints: number;
  @Column({ type: 'integer' }) hirePoints: number;
  @Column({ type: 'jsonb' }) levels: PointsLevel[];
  @Column({ type: 'uuid', nullable: true }) updatedByUserId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/**
 * One recognition-points award: written only by database triggers (or points_catch_up()), once per
 * (user, kind, subject), with the value in force then; never updated. `createdAt` is when the fact happened.
 */
@Entity('points_events')
export class PointsEventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) organisationId: OrganisationId;
  @Column({ type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) kind: PointsKind;
  /** The share link (share) or the referral (referral, interview, hire). */
  @Column({ type: 'uuid' }) subjectId: string;
  @Column({ type: 'integer' }) points: number;
  /** The referral's programme; null for shares (a link is per vacancy, not per programme). */
  @Column({ type: 'uuid', nullable: true }) programmeId: string | null;
  @Column({ type: 'uuid', nullable: true }) vacancyId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

export const POINTS_ENTITIES = [PointsSettingsEntity, PointsEventEntity];
