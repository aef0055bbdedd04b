import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrganisationEntity } from '../entities/organisation.entity';
import { OrganisationId } from '../organisation-id';

@Injectable()
export class OrganisationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** An organisation may only read itself. */
  findById(organisationId: OrganisationId): Promise<OrganisationEntity | null> {
    return this.dataSource.manager.findOneBy(OrganisationEntity, { id: organisationId });
  }
}
