import { Column, Entity } from 'typeorm';
import { OrganisationScopedEntity } from '@kring/server-database';

export type LoginTokenPurpose = 'magic_link' | 'invitation';

/** A single-use token sent by mail (magic link, invitation). Only its SHA-256 is stored. */
@Entity('login_tokens')
export class LoginTokenEntity extends OrganisationScopedEntity {
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  purpose: LoginTokenPurpose;

  @Column({ type: 'bytea' })
  tokenHash: Buffer;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
