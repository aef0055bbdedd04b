import { Column, Entity } from 'typeorm';
import { OrganisationScopedEntity } from '@kring/server-database';
import type { Locale, Role } from '@kring/shared-domain';

export type UserStatus = 'invited' | 'active' | 'deactivated';

/** A login for one person of one organisation. Email is unique across Kring (it is the login name). */
@Entity('users')
export class UserEntity extends OrganisationScopedEntity {
  @Column({ type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  email: string;

  /** argon2id hash; null for accounts that sign in with one-time links only. */
  @Column({ type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ type: 'text', default: 'invited' })
  status: UserStatus;

  @Column({ type: 'text', default: 'nl' })
  locale: Locale;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  /** Shown by name on the points leaderboard (opt-in; PATCH /api/me/recognition). Others appear anonymously. */
  @Column({ type: 'boolean', default: false })
  leaderboardOptIn: boolean;
}
