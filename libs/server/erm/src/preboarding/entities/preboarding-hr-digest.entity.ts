import { Column, Entity, PrimaryColumn } from 'typeorm';
import { OrganisationId } from '@kring/server-database';

/** One row per HR admin per day they got the overdue-HR-tasks mail: at most one a day. */
@Entity('preboarding_hr_digests')
export class PreboardingHrDigestEntity {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: OrganisationId;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'timestamptz' })
  sentAt: Date;
}
