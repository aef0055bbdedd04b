import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { normaliseEmail, type Locale } from '@kring/shared-domain';
import { PersonEntity } from '../entities/person.entity';
import { OrganisationId } from '../organisation-id';
import { managerOf, Tx } from './transaction';

export interface NewPerson {
  firstName: string;
  lastName?: string;
  email?: string | null;
  phone?: string | null;
  locale?: Locale;
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

  /** Returns the person with this email in the organisation, creating them when there is none. */
  async findOrCreateByEmail(organisationId: OrganisationId, input: NewPerson & { email: string }, tx?: Tx) {
    const manager = managerOf(this.dataSource, tx);
    const email = normaliseEmail(input.email);
    await manager
      .createQueryBuilder()
      .insert()
      .into(PersonEntity)
      .values({ ...input, email, organisationId })
      .orIgnore()
      .execute();
    return manager.findOneByOrFail(PersonEntity, { organisationId, email });
  }
}
