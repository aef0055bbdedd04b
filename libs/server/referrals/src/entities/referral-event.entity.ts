import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationId } from '@kring/server-database';

/** Append-only history of a referral: stage changes and consent decisions (who, when, from, to, note). */
@Entity('referral_events')
export class ReferralEventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) organisationId: OrganisationId;
  @Column({ type: 'uuid' }) referralId: string;
  @Column({ type: 'text' }) kind: 'stage' | 'consent';
  @Column({ type: 'text', nullable: true }) fromValue: string | null;
  @Column({ type: 'text' }) toValue: string;
  @Column({ type: 'uuid', nullable: true }) actorUserId: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** A referral the server refused (e.g. a candidate already owned), kept so HR can see attempts. */
@Entity('refused_referrals')
export class RefusedReferralEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) organisationId: OrganisationId;
  @Column({ type: 'uuid' }) referrerUserId: string;
  @Column({ type: 'uuid', nullable: true }) programmeId: string | null;
  @Column({ type: 'uuid', nullable: true }) vacancyId: string | null;
  @Column({ type: 'text' }) reason: string;
  @Column({ type: 'uuid', nullable: true }) existingReferralId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
