import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, OrganisationId, Tx } from '@kring/server-database';
import { checkRefs, externalRefTaken, invalid, isUniqueViolation, managedByReferral, notFound } from '../common/validation';
import { ListOffersInput, OfferInput, OfferListOutput, OfferOutput } from './offers.dto';

interface Actor {
  organisationId: OrganisationId;
  userId: string;
}

type OfferRow = Omit<OfferOutput, 'programme' | 'editable'> & { programmeId: string | null; programmeName: string | null };

const SELECT = `
  SELECT o.id, o.channel, o.referral_id AS "referralId", o.programme_id AS "programmeId", p.name AS "programmeName", o.hire_id AS "hireId",
         o.department, o.made_on::text AS "madeOn", o.outcome, o.decided_on::text AS "decidedOn", o.external_ref AS "externalRef"
    FROM offers o LEFT JOIN programmes p ON p.organisation_id = o.organisation_id AND p.id = o.programme_id`;

/** Offers of every channel: referral offers come from the pipeline (triggers), the others from HR. */
@Injectable()
export class OffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, input: ListOffersInput): Promise<OfferListOutput> {
    const params: unknown[] = [actor.organisationId];
    const where = ['o.organisation_id = $1'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (input.channel) add('o.channel = ?', input.channel);
    if (input.outcome) add('o.outcome = ?', input.outcome);
    if (input.from) add('o.made_on >= ?::date', input.from);
    if (input.to) add('o.made_on <= ?::date', input.to);
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM offers o WHERE ${where.join(' AND ')}`, params);
    const rows: OfferRow[] = await this.dataSource.query(
      `${SELECT} WHERE ${where.join(' AND ')} ORDER BY o.made_on DESC, o.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, input.limit ?? 50, input.offset ?? 0],
    );
    return { items: rows.map(offerOutput), total };
  }

  async get(actor: Actor, id: string, tx?: Tx): Promise<OfferOutput> {
    const [row]: OfferRow[] = await (tx ?? this.dataSource).query(`${SELECT} WHERE o.organisation_id = $1 AND o.id = $2`, [actor.organisationId, id]);
    if (!row) throw notFound('Offer');
    return offerOutput(row);
  }

  async create(actor: Actor, input: OfferInput): Promise<OfferOutput> {
    const v = values(input);
    return this.write(async (tx) => {
      await checkRefs(tx, actor.organisationId, { programmeId: v.programmeId, hireId: v.hireId });
      const [row] = await tx.query(
        `INSERT INTO offers (organisation_id, channel, programme_id, hire_id, department, made_on, outcome, decided_on, external_ref)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [actor.organisationId, v.channel, v.programmeId, v.hireId, v.department, v.madeOn, v.outcome, v.decidedOn, v.externalRef],
      );
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'insights.offer_created', subjectType: 'offer', subjectId: row.id, data: { channel: v.channel, outcome: v.outcome } }, tx);
      return this.get(actor, row.id, tx);
    });
  }

  async update(actor: Actor, id: string, input: OfferInput): Promise<OfferOutput> {
    const v = values(input);
    return this.write(async (tx) => {
      await this.lockEditable(actor, id, tx);
      await checkRefs(tx, actor.organisationId, { programmeId: v.programmeId, hireId: v.hireId });
      await tx.query(
        `UPDATE offers SET channel = $3, programme_id = $4, hire_id = $5, department = $6, made_on = $7, outcome = $8, decided_on = $9, external_ref = $10, updated_at = $11
          WHERE organisation_id = $1 AND id = $2`,
        [actor.organisationId, id, v.channel, v.programmeId, v.hireId, v.department, v.madeOn, v.outcome, v.decidedOn, v.externalRef, this.clock.now()],
      );
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'insights.offer_changed', subjectType: 'offer', subjectId: id, data: { channel: v.channel, outcome: v.outcome } }, tx);
      return this.get(actor, id, tx);
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await this.lockEditable(actor, id, tx);
      await tx.query(`DELETE FROM offers WHERE organisation_id = $1 AND id = $2`, [actor.organisationId, id]);
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'insights.offer_deleted', subjectType: 'offer', subjectId: id }, tx);
    });
  }

  private async lockEditable(actor: Actor, id: string, tx: Tx): Promise<void> {
    const [row] = await tx.query(`SELECT referral_id FROM offers WHERE organisation_id = $1 AND id = $2 FOR UPDATE`, [actor.organisationId, id]);
    if (!row) throw notFound('Offer');
    if (row.referral_id) throw managedByReferral();
  }

  private async write(work: (tx: Tx) => Promise<OfferOutput>): Promise<OfferOutput> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_offers_external_ref')) throw externalRefTaken();
      throw error;
    }
  }
}

function values(input: OfferInput) {
  const decidedOn = input.outcome === 'pending' ? null : (input.decidedOn ?? null);
  if (input.outcome !== 'pending' && !decidedOn) throw invalid('decidedOn', 'is required when the offer was accepted or declined');
  if (input.outcome === 'pending' && input.decidedOn) throw invalid('decidedOn', 'must be empty while the offer is pending');
  if (decidedOn && decidedOn < input.madeOn) throw invalid('decidedOn', 'must be on or after the day the offer was made');
  return {
    channel: input.channel,
    programmeId: input.programmeId ?? null,
    hireId: input.hireId ?? null,
    department: input.department?.trim() || null,
    madeOn: input.madeOn,
    outcome: input.outcome,
    decidedOn,
    externalRef: input.externalRef?.trim() || null,
  };
}

function offerOutput(row: OfferRow): OfferOutput {
  const { programmeId, programmeName, ...rest } = row;
  return { ...rest, programme: programmeId ? { id: programmeId, name: programmeName ?? '' } : null, editable: row.referralId === null };
}
