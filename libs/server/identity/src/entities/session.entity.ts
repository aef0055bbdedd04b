import { Column, Entity } from 'typeorm';
import { OrganisationScopedEntity } from '@kring/server-database';

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is stored. */
@Entity('sessions')
export class SessionEntity extends OrganisationScopedEntity {
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'bytea' })
  tokenHash: Buffer;

  @Column({ type: 'text' })
  csrfToken: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  @Column({ type: 'text', nullable: true })
  userAgent: string | null;
}
