import { Column, Entity } from 'typeorm';
import type { Locale } from '@kring/shared-domain';
import { BaseEntity } from './base.entity';
import { OrganisationId } from '../organisation-id';

@Entity('organisations')
export class OrganisationEntity extends BaseEntity {
  declare id: OrganisationId;

  @Column({ type: 'text' })
  name: string;

  /** Short, URL-safe, unique name used in public links (e.g. the "keep me posted" form). */
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text', default: 'nl' })
  defaultLocale: Locale;

  /** ISO 4217 code of the money the organisation pays rewards in (new reward rules default to it). */
  @Column({ type: 'text', default: 'EUR' })
  currency: string;

  /** Signs the links in this organisation's bulk mail (unsubscribe, preferences). Never selected unless asked for. */
  @Column({ type: 'bytea', select: false, default: () => 'kring_new_link_secret()' })
  linkSecret: Buffer;

  /** Open and click tracking of bulk mail (issue 6): off unless HR turns it on. */
  @Column({ name: 'mail_tracking', type: 'boolean', default: false })
  mailTracking: boolean;
}
