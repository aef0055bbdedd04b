import { Column, Entity } from 'typeorm';
import type { Locale, PersonSource, Phase } from '@kring/shared-domain';
import { OrganisationScopedEntity } from './base.entity';

/**
 * Anyone an organisation has a relationship with: candidate, employee, alumnus, contact.
 * The centre of ERM: exactly one phase at a time (history in phase_transitions; change it only through
 * PhasesRepository), consents per purpose, touchpoints, pool memberships.
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

  @Column({ type: 'text', nullable: true })
  location: string | null;

  /** Job title / function (functie), free text. */
  @Column({ type: 'text', nullable: true })
  functionTitle: string | null;

  @Column({ type: 'text', nullable: true })
  department: string | null;

  /** Skill tags (lower-case); ESCO concepts come with the search & match issue. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  /** HR's free labels (lower-case). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  /** What a talent-pool contact said they are interested in. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  interests: string[];

  @Column({ type: 'text', default: 'manual' })
  source: PersonSource;

  /** First working day (employees and starters); reaching it moves an `entry` person to `employment`. */
  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  phaseChangedAt: Date;

  /** Set when a former employee (exit phase) came back: a boomerang. */
  @Column({ type: 'timestamptz', nullable: true })
  boomerangAt: Date | null;

  /**
   * Set when the person's data was erased but an empty tombstone row had to stay (payroll records point at their
   * account). Such a person is invisible: every people list and lookup excludes it (docs/developer/erm-privacy.md).
   */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;
}
