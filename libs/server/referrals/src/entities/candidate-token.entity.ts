import { Column, Entity } from 'typeorm';
import { OrganisationScopedEntity } from '@kring/server-database';

/** Single-purpose, single-use link tokens mailed to a candidate (consent or decline). Only the hash is kept. */
@Entity('candidate_tokens')
export class CandidateTokenEntity extends OrganisationScopedEntity {
  @Column({ type: 'uuid' }) referralId: string;
  @Column({ type: 'text' }) purpose: 'consent' | 'decline';
  @Column({ type: 'bytea' }) tokenHash: Buffer;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) usedAt: Date | null;
}
