import { Column, Entity } from 'typeorm';
import type { Locale, Phase } from '@kring/shared-domain';
import { OrganisationScopedEntity } from './base.entity';

/**
 * Anyone an organisation has a relationship with: candidate, employee, alumnus, contact.
 * The centre of ERM; later issues add phases history, consents, skills and touchpoints.
 */
@Entity('people')
export class PersonEntity extends OrganisationScopedEntity {
  @Column({ type: 'text' })
  firstName: string;

  @Column({ type: 'text', default: '' })
  lastName: string;

  /** Normalised (trimmed, lower-case); unique per organisation when present. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', default: 'nl' })
  locale: Locale;

  @Column({ type: 'text', default: 'information' })
  phase: Phase;

  /** For employees: permanent or flex contract (programmes may admit one or both). */
  @Column({ type: 'text', nullable: true })
  employmentType: 'permanent' | 'flex' | null;

  /** The payroll's number for an employee (unique per organisation); printed on the rewards payroll export. */
  @Column({ type: 'text', nullable: true })
  employeeNumber: string | null;
}
