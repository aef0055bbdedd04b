import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';
import { OPEN_STAGES, type Locale, type OpenStage, type Stage } from '@kring/shared-domain';
import { PipelineStageNameEntity } from '../entities/share-link.entity';

export const DEFAULT_STAGE_NAMES: Record<Locale, Record<Stage, string>> = {
  nl: { new: 'Nieuw', screening: 'Screening', interview: 'Gesprek', offer: 'Aanbod', hired: 'Aangenomen', rejected: 'Afgewezen', withdrawn: 'Teruggetrokken' },
  en: { new: 'New', screening: 'Screening', interview: 'Interview', offer: 'Offer', hired: 'Hired', rejected: 'Rejected', withdrawn: 'Withdrawn' },
};

export type StageNames = Record<Locale, Record<Stage, string>>;

/** The names an organisation gives its open stages (outcomes keep fixed names), with Kring's defaults. */
@Injectable()
export class StageNamesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(organisationId: OrganisationId, tx?: Tx): Promise<StageNames> {
    const rows = await managerOf(this.dataSource, tx).findBy(PipelineStageNameEntity, { organisationId });
    const names: StageNames = { nl: { ...DEFAULT_STAGE_NAMES.nl }, en: { ...DEFAULT_STAGE_NAMES.en } };
    for (const row of rows) {
      names.nl[row.stage] = row.nameNl;
      names.en[row.stage] = row.nameEn;
    }
    return names;
  }

  async set(organisationId: OrganisationId, names: Array<{ stage: OpenStage; nameNl: string; nameEn: string }>): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.delete(PipelineStageNameEntity, { organisationId });
      const rows = names.filter((n) => (OPEN_STAGES as readonly string[]).includes(n.stage)).map((n) => ({ ...n, organisationId }));
      if (rows.length) await tx.insert(PipelineStageNameEntity, rows);
    });
  }
}
