import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';
import { CharityEntity } from '../entities/charity.entity';

@Injectable()
export class CharitiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(organisationId: OrganisationId, activeOnly: boolean): Promise<CharityEntity[]> {
    return this.dataSource.manager.find(CharityEntity, { where: { organisationId, ...(activeOnly ? { active: true } : {}) }, order: { name: 'ASC' } });
  }

  findById(organisationId: OrganisationId, id: string, tx?: Tx): Promise<CharityEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(CharityEntity, { organisationId, id });
  }

  async isActive(organisationId: OrganisationId, id: string, tx?: Tx): Promise<boolean> {
    return (await this.findById(organisationId, id, tx))?.active === true;
  }

  async nameTaken(organisationId: OrganisationId, name: string, exceptId: string | null, tx: Tx): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM charities WHERE organisation_id = $1 AND name = $2 AND id IS DISTINCT FROM $3`, [organisationId, name, exceptId]);
    return rows.length > 0;
  }

  async insert(organisationId: OrganisationId, name: string, tx: Tx): Promise<string> {
    const result = await tx.insert(CharityEntity, { organisationId, name, active: true });
    return result.identifiers[0]!['id'] as string;
  }

  async update(organisationId: OrganisationId, id: string, changes: Partial<Pick<CharityEntity, 'name' | 'active'>>, tx: Tx): Promise<void> {
    await tx.update(CharityEntity, { organisationId, id }, changes);
  }
}
