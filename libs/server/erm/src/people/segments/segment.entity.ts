import { Column, Entity } from 'typeorm';
import { OrganisationScopedEntity } from '@kring/server-database';
import type { PeopleFilter } from '../filter/people-filter';

/** A saved filter over people (segment), e.g. "Alumni Utrecht". Used by events and mailings to pick recipients. */
@Entity('segments')
export class SegmentEntity extends OrganisationScopedEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'jsonb', default: {} })
  filter: PeopleFilter;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;
}
