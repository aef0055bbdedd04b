import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationId } from '../organisation-id';

/** Columns every table has. */
export abstract class BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Every domain row belongs to exactly one organisation. */
export abstract class OrganisationScopedEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  organisationId: OrganisationId;
}
