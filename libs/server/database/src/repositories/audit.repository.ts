import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../entities/audit-event.entity';
import { OrganisationId } from '../organisation-id';
import { managerOf, Tx } from './transaction';

export interface AuditEventInput {
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  data?: Record<string, unknown>;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(organisationId: OrganisationId, event: AuditEventInput, tx?: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).insert(AuditEventEntity, { ...event, organisationId, data: event.data ?? {} });
  }

  list(organisationId: OrganisationId, limit = 100): Promise<AuditEventEntity[]> {
    return this.dataSource.manager.find(AuditEventEntity, {
      where: { organisationId },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }
}
