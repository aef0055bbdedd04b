import { Column, Entity } from 'typeorm';
import { OrganisationScopedEntity } from '@kring/server-database';

/** A charity the organisation lists; referrers may donate a reward to an active one. */
@Entity('charities')
export class CharityEntity extends OrganisationScopedEntity {
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'boolean', default: true }) active: boolean;
}
