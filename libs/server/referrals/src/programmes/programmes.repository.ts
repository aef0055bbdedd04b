import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';
import type { ProgrammeKind } from '@kring/shared-domain';
import { ProgrammeEntity, ProgrammeVacancyEntity } from '../entities';
import type { ProgrammeStatus } from './programme-choice';

export interface ProgrammeFilters {
  status?: ProgrammeStatus;
  kind?: ProgrammeKind;
  limit: number;
  offset: number;
}

export type ProgrammeChanges = Partial<
  Omit<ProgrammeEntity, 'id' | 'organisationId' | 'createdAt' | 'updatedAt'>
>;

/** The condition for each derived status, given `:now`. Mirrors statusOf() in programme-choice.ts. */
const STATUS_WHERE: Record<ProgrammeStatus, string> = {
  archived: 'p.archivedAt IS NOT NULL',
  scheduled: 'p.archivedAt IS NULL AND p.startsAt > :now',
  ended: 'p.archivedAt IS NULL AND p.endsAt <= :now',
  active: 'p.archivedAt IS NULL AND (p.startsAt IS NULL OR p.startsAt <= :now) AND (p.endsAt IS NULL OR p.endsAt > :now)',
};

@Injectable()
export class ProgrammesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(organisationId: OrganisationId, id: string, tx?: Tx): Promise<ProgrammeEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(ProgrammeEntity, { organisationId, id });
  }

  /** Every programme not archived: the candidates for a referral. An organisation has a handful, not thousands. */
  listUnarchived(organisationId: OrganisationId, tx?: Tx): Promise<ProgrammeEntity[]> {
    return managerOf(this.dataSource, tx)
      .createQueryBuilder(ProgrammeEntity, 'p')
      .where('p.organisationId = :organisationId AND p.archivedAt IS NULL', { organisationId })
      .getMany();
  }

  async list(
    organisationId: OrganisationId,
    filters: ProgrammeFilters,
    now: Date,
  ): Promise<{ items: ProgrammeEntity[]; total: number }> {
    const qb = this.dataSource
      .createQueryBuilder(ProgrammeEntity, 'p')
      .where('p.organisationId = :organisationId', { organisationId });
    if (filters.status) qb.andWhere(STATUS_WHERE[filters.status], { now });
    if (filters.kind) qb.andWhere('p.kind = :kind', { kind: filters.kind });
    const [items, total] = await qb
      .orderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id')
      .take(filters.limit)
      .skip(filters.offset)
      .getManyAndCount();
    return { items, total };
  }

  async insert(organisationId: OrganisationId, values: ProgrammeChanges, tx?: Tx): Promise<string> {
    const result = await managerOf(this.dataSource, tx).insert(ProgrammeEntity, { ...values, organisationId });
    return result.identifiers[0]!['id'] as string;
  }

  async update(organisationId: OrganisationId, id: string, changes: ProgrammeChanges, tx?: Tx): Promise<void> {
    if (!Object.keys(changes).length) return;
    await managerOf(this.dataSource, tx).update(ProgrammeEntity, { organisationId, id }, changes);
  }

  /** Replaces the vacancies a `selected` programme covers (an empty list clears them). */
  async replaceVacancies(organisationId: OrganisationId, programmeId: string, vacancyIds: string[], tx?: Tx): Promise<void> {
    const manager = managerOf(this.dataSource, tx);
    await manager.delete(ProgrammeVacancyEntity, { organisationId, programmeId });
    if (vacancyIds.length) {
      await manager.insert(
        ProgrammeVacancyEntity,
        vacancyIds.map((vacancyId) => ({ organisationId, programmeId, vacancyId })),
      );
    }
  }

  /** The vacancies each of the given programmes selects, in one query. */
  async vacancyIdsOf(organisationId: OrganisationId, programmeIds: string[], tx?: Tx): Promise<Map<string, string[]>> {
    const byProgramme = new Map<string, string[]>(programmeIds.map((id) => [id, []]));
    if (!programmeIds.length) return byProgramme;
    const rows: Array<{ programmeId: string; vacancyId: string }> = await managerOf(this.dataSource, tx).query(
      `SELECT programme_id AS "programmeId", vacancy_id AS "vacancyId" FROM programme_vacancies
        WHERE organisation_id = $1 AND programme_id = ANY($2::uuid[]) ORDER BY vacancy_id`,
      [organisationId, programmeIds],
    );
    for (const row of rows) byProgramme.get(row.programmeId)!.push(row.vacancyId);
    return byProgramme;
  }

  /** For a page of vacancies: which of the given programmes select each vacancy, in one query. */
  async selectionsOf(
    organisationId: OrganisationId,
    programmeIds: string[],
    vacancyIds: string[],
    tx?: Tx,
  ): Promise<Map<string, Set<string>>> {
    const byVacancy = new Map<string, Set<string>>(vacancyIds.map((id) => [id, new Set<string>()]));
    if (!programmeIds.length || !vacancyIds.length) return byVacancy;
    const rows: Array<{ programmeId: string; vacancyId: string }> = await managerOf(this.dataSource, tx).query(
      `SELECT programme_id AS "programmeId", vacancy_id AS "vacancyId" FROM programme_vacancies
        WHERE organisation_id = $1 AND programme_id = ANY($2::uuid[]) AND vacancy_id = ANY($3::uuid[])`,
      [organisationId, programmeIds, vacancyIds],
    );
    for (const row of rows) byVacancy.get(row.vacancyId)!.add(row.programmeId);
    return byVacancy;
  }

  /** The contract type of a person (for employees), which decides between employee_permanent and employee_flex. */
  async employmentTypeOf(organisationId: OrganisationId, personId: string, tx?: Tx): Promise<'permanent' | 'flex' | null> {
    const rows: Array<{ employmentType: 'permanent' | 'flex' | null }> = await managerOf(this.dataSource, tx).query(
      `SELECT employment_type AS "employmentType" FROM people WHERE organisation_id = $1 AND id = $2`,
      [organisationId, personId],
    );
    return rows[0]?.employmentType ?? null;
  }
}
