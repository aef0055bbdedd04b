import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, OrganisationId, Tx } from '@kring/server-database';
import { checkRefs, invalid, notFound } from '../common/validation';
import { CostInput, CostListOutput, CostOutput, ListCostsInput } from './costs.dto';

interface Actor {
  organisationId: OrganisationId;
  userId: string;
}

interface CostRow {
  id: string;
  channel: CostOutput['channel'];
  category: CostOutput['category'];
  programmeId: string | null;
  programmeName: string | null;
  periodStart: string;
  periodEnd: string;
  amountCents: string;
  description: string;
  createdAt: Date;
}

const SELECT = `
  SELECT c.id, c.channel, c.category, c.programme_id AS "programmeId", p.name AS "programmeName", c.period_start::text AS "periodStart",
         c.period_end::text AS "periodEnd", c.amount_cents AS "amountCents", c.description, c.created_at AS "createdAt"
    FROM recruitment_costs c LEFT JOIN programmes p ON p.organisation_id = c.organisation_id AND p.id = c.programme_id`;

/** Recruitment costs per channel and period (SQL kept here: one table, no other user). */
@Injectable()
export class CostsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, input: ListCostsInput): Promise<CostListOutput> {
    const params: unknown[] = [actor.organisationId];
    const where = ['c.organisation_id = $1'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (input.channel) add('c.channel = ?', input.channel);
    if (input.from) add('c.period_end >= ?::date', input.from);
    if (input.to) add('c.period_start <= ?::date', input.to);
    if (input.programmeId) add('c.programme_id = ?', input.programmeId);
    const [{ total, sum }] = await this.dataSource.query(`SELECT count(*)::int AS total, coalesce(sum(c.amount_cents), 0)::text AS sum FROM recruitment_costs c WHERE ${where.join(' AND ')}`, params);
    const rows: CostRow[] = await this.dataSource.query(
      `${SELECT} WHERE ${where.join(' AND ')} ORDER BY c.period_start DESC, c.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, input.limit ?? 50, input.offset ?? 0],
    );
    return { items: rows.map(costOutput), total, totalCents: Number(sum) };
  }

  async get(actor: Actor, id: string, tx?: Tx): Promise<CostOutput> {
    const [row]: CostRow[] = await (tx ?? this.dataSource).query(`${SELECT} WHERE c.organisation_id = $1 AND c.id = $2`, [actor.organisationId, id]);
    if (!row) throw notFound('Cost');
    return costOutput(row);
  }

  async create(actor: Actor, input: CostInput): Promise<CostOutput> {
    check(input);
    return this.dataSource.transaction(async (tx) => {
      await checkRefs(tx, actor.organisationId, { programmeId: input.programmeId });
      const [row] = await tx.query(
        `INSERT INTO recruitment_costs (organisation_id, channel, category, programme_id, period_start, period_end, amount_cents, description, created_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [actor.organisationId, input.channel, input.category, input.programmeId ?? null, input.periodStart, input.periodEnd, input.amountCents, input.description?.trim() ?? '', actor.userId],
      );
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'insights.cost_created', subjectType: 'recruitment_cost', subjectId: row.id, data: { channel: input.channel, amountCents: input.amountCents } }, tx);
      return this.get(actor, row.id, tx);
    });
  }

  async update(actor: Actor, id: string, input: CostInput): Promise<CostOutput> {
    check(input);
    return this.dataSource.transaction(async (tx) => {
      await checkRefs(tx, actor.organisationId, { programmeId: input.programmeId });
      const [, affected]: [unknown[], number] = await tx.query(
        `UPDATE recruitment_costs SET channel = $3, category = $4, programme_id = $5, period_start = $6, period_end = $7, amount_cents = $8, description = $9, updated_at = $10
          WHERE organisation_id = $1 AND id = $2`,
        [actor.organisationId, id, input.channel, input.category, input.programmeId ?? null, input.periodStart, input.periodEnd, input.amountCents, input.description?.trim() ?? '', this.clock.now()],
      );
      if (!affected) throw notFound('Cost');
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'insights.cost_changed', subjectType: 'recruitment_cost', subjectId: id, data: { channel: input.channel, amountCents: input.amountCents } }, tx);
      return this.get(actor, id, tx);
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const [, deleted]: [unknown[], number] = await tx.query(`DELETE FROM recruitment_costs WHERE organisation_id = $1 AND id = $2`, [actor.organisationId, id]);
      if (!deleted) throw notFound('Cost');
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'insights.cost_deleted', subjectType: 'recruitment_cost', subjectId: id }, tx);
    });
  }
}

function check(input: CostInput): void {
  if (input.periodEnd < input.periodStart) throw invalid('periodEnd', 'must be on or after the start of the period');
}

function costOutput(row: CostRow): CostOutput {
  return {
    id: row.id,
    channel: row.channel,
    category: row.category,
    programme: row.programmeId ? { id: row.programmeId, name: row.programmeName ?? '' } : null,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    amountCents: Number(row.amountCents),
    description: row.description,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
