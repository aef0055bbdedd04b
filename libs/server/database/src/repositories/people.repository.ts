import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { normaliseEmail, type Locale, type PersonSource } from '@kring/shared-domain';
import { PersonEntity } from '../entities/person.entity';
import { OrganisationId } from '../organisation-id';
import { managerOf, Tx } from './transaction';

export interface NewPerson {
  firstName: string;
  lastName?: string;
  email?: string | null;
  phone?: string | null;
  locale?: Locale;
  source?: PersonSource;
}

@Injectable()
export class PeopleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(organisationId: OrganisationId, id: string, tx?: Tx): Promise<PersonEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(PersonEntity, { organisationId, id });
  }

  findByEmail(organisationId: OrganisationId, email: string, tx?: Tx): Promise<PersonEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(PersonEntity, { organisationId, email: normaliseEmail(email) });
  }

  async create(organisationId: OrganisationId, input: NewPerson, tx?: Tx): Promise<PersonEntity> {
    const manager = managerOf(this.dataSource, tx);
    const email = input.email ? normaliseEmail(input.email) : null;
    const result = await manager.insert(PersonEntity, { ...input, email, organisationId });
    return manager.findOneByOrFail(PersonEntity, { organisationId, id: result.identifiers[0]!['id'] as string });
  }

  /** Returns the person with this email in the organisation, creating them when there is none (one round trip when new). */
  async findOrCreateByEmail(organisationId: OrganisationId, input: NewPerson & { email: string }, tx?: Tx): Promise<PersonEntity> {
    const manager = managerOf(this.dataSource, tx);
    const email = normaliseEmail(input.email);
    const [row]: Array<{ id: string; locale: Locale; phase: PersonEntity['phase']; phase_changed_at: Date; created_at: Date; updated_at: Date }> =
      await manager.query(
        `INSERT INTO people (organisation_id, first_name, last_name, email, phone, locale, source)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (organisation_id, email) WHERE email IS NOT NULL DO NOTHING
         RETURNING id, locale, phase, phase_changed_at, created_at, updated_at`,
        [organisationId, input.firstName, input.lastName ?? '', email, input.phone ?? null, input.locale ?? 'nl', input.source ?? 'manual'],
      );
    if (!row) return manager.findOneByOrFail(PersonEntity, { organisationId, email });
    return manager.create(PersonEntity, {
      id: row.id,
      organisationId,
      firstName: input.firstName,
      lastName: input.lastName ?? '',
      email,
      phone: input.phone ?? null,
      locale: row.locale,
      phase: row.phase,
      employmentType: null,
      employeeNumber: null,
      location: null,
      functionTitle: null,
      department: null,
      skills: [],
      tags: [],
      interests: [],
      source: input.source ?? 'manual',
      startDate: null,
      phaseChangedAt: row.phase_changed_at,
      boomerangAt: null,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }
}
