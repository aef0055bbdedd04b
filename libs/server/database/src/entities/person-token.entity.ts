import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationId } from '../organisation-id';

/**
 * A link sent to a person that acts for them without login, for one purpose (double opt-in, RSVP,
 * preboarding checklist, stay-in-touch consent, ...). Only the SHA-256 of the token is stored.
 */
@Entity('person_tokens')
export class PersonTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: OrganisationId;

  @Column({ type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  purpose: string;

  /** What the link is about (an event, a checklist, ...), when it is about one thing. */
  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ type: 'bytea' })
  tokenHash: Buffer;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
