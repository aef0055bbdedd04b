import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';
import { programmeMailableSql, referrerAdmittedSql } from '../newsletters/eligibility';
import { normaliseEmail, type SuppressionReason } from './preferences.constants';

export interface PreferencePerson {
  personId: string;
  firstName: string;
  email: string | null;
  organisationName: string;
}

export interface SuppressionRow {
  email: string;
  reason: SuppressionReason;
  source: string;
  detail: string | null;
  createdAt: Date;
}

/** SQL of the preference centre, unsubscribe and suppression list. Every query is scoped by organisation first. */
@Injectable()
export class PreferencesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The person a link or session acts for (null when erased or gone). */
  async person(organisationId: OrganisationId, personId: string, tx?: Tx): Promise<PreferencePerson | null> {
    const [row]: Array<{ id: string; first_name: string; email: string | null; organisation_name: string }> = await managerOf(this.dataSource, tx).query(
      `SELECT p.id, p.first_name, p.email, o.name AS organisation_name
         FROM people p JOIN organisations o ON o.id = p.organisation_id
        WHERE p.organisation_id = $1 AND p.id = $2 AND p.erased_at IS NULL`,
      [organisationId, personId],
    );
    return row ? { personId: row.id, firstName: row.first_name, email: row.email, organisationName: row.organisation_name } : null;
  }

  /** The person is an active referrer admitted by a programme that is not archived or ended: programme mails apply. */
  async receivesProgrammeMails(organisationId: OrganisationId, personId: string, now: Date, tx?: Tx): Promise<boolean> {
    const rows: unknown[] = await managerOf(this.dataSource, tx).query(
      `SELECT 1 FROM users u JOIN people p ON p.organisation_id = u.organisation_id AND p.id = u.person_id
         JOIN programmes pr ON pr.organisation_id = u.organisation_id
        WHERE u.organisation_id = $1 AND u.person_id = $2 AND ${programmeMailableSql('pr', '$3')} AND ${referrerAdmittedSql('u', 'p', 'pr')}
        LIMIT 1`,
      [organisationId, personId, now],
    );
    return rows.length > 0;
  }

  async isSuppressed(organisationId: OrganisationId, email: string | null, tx?: Tx): Promise<boolean> {
    if (!email) return false;
    const rows: unknown[] = await managerOf(this.dataSource, tx).query(
      `SELECT 1 FROM mail_suppressions WHERE organisation_id = $1 AND email = $2`,
      [organisationId, normaliseEmail(email)],
    );
    return rows.length > 0;
  }

  /**
   * Marks a newsletter delivery unsubscribed (first time only). The table belongs to the newsletters area; the
   * statement runs in a savepoint so that a missing table never breaks the unsubscribe itself.
   */
  async markDeliveryUnsubscribed(organisationId: OrganisationId, deliveryId: string, at: Date, tx: Tx): Promise<void> {
    await this.optional(tx, `UPDATE newsletter_deliveries SET unsubscribed_at = $3 WHERE organisation_id = $1 AND id = $2 AND unsubscribed_at IS NULL`, [
      organisationId,
      deliveryId,
      at,
    ]);
  }

  /** Marks the newsletter delivery with this Message-ID bounced (first time only); its organisation, if found. */
  async markDeliveryBounced(messageId: string, at: Date, tx: Tx): Promise<OrganisationId | null> {
    const rows = await this.optional<{ organisation_id: OrganisationId }>(
      tx,
      `UPDATE newsletter_deliveries SET bounced_at = COALESCE(bounced_at, $2) WHERE message_id IN ($1, '<' || $1 || '>') RETURNING organisation_id`,
      [messageId, at],
    );
    return rows[0]?.organisation_id ?? null;
  }

  /** The organisation of an outbox mail by its Message-ID. */
  async organisationOfMessage(messageId: string, tx: Tx): Promise<OrganisationId | null> {
    const [row]: Array<{ organisation_id: OrganisationId }> = await tx.query(`SELECT organisation_id FROM mail_messages WHERE message_id IN ($1, '<' || $1 || '>')`, [messageId]);
    return row?.organisation_id ?? null;
  }

  async organisationBySlug(slug: string, tx: Tx): Promise<OrganisationId | null> {
    const [row]: Array<{ id: OrganisationId }> = await tx.query(`SELECT id FROM organisations WHERE slug = $1`, [slug]);
    return row?.id ?? null;
  }

  /** The people of an organisation with this address (people.email is stored normalised). */
  async peopleWithEmail(organisationId: OrganisationId, email: string, tx: Tx): Promise<string[]> {
    const rows: Array<{ id: string }> = await tx.query(
      `SELECT id FROM people WHERE organisation_id = $1 AND email = $2 AND erased_at IS NULL`,
      [organisationId, normaliseEmail(email)],
    );
    return rows.map((r) => r.id);
  }

  /** Adds a suppression; true when it is new (an existing one is kept as it was). */
  async suppress(
    organisationId: OrganisationId,
    entry: { email: string; reason: SuppressionReason; source: string; detail: string | null; at: Date },
    tx?: Tx,
  ): Promise<boolean> {
    const rows: unknown[] = await managerOf(this.dataSource, tx).query(
      `INSERT INTO mail_suppressions (organisation_id, email, reason, source, detail, created_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ON CONSTRAINT pk_mail_suppressions DO NOTHING RETURNING email`,
      [organisationId, normaliseEmail(entry.email), entry.reason, entry.source, entry.detail, entry.at],
    );
    return rows.length > 0;
  }

  /** Removes a suppression; the removed row, or null. */
  async unsuppress(organisationId: OrganisationId, email: string, tx?: Tx): Promise<SuppressionRow | null> {
    const rows = rowsOf<RawSuppression>(
      await managerOf(this.dataSource, tx).query(
        `DELETE FROM mail_suppressions WHERE organisation_id = $1 AND email = $2 RETURNING email, reason, source, detail, created_at`,
        [organisationId, normaliseEmail(email)],
      ),
    );
    return rows[0] ? toSuppression(rows[0]) : null;
  }

  async list(organisationId: OrganisationId, page: { limit: number; offset: number; q?: string }): Promise<{ items: SuppressionRow[]; total: number }> {
    const q = page.q?.trim() ? `%${page.q.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows: Array<RawSuppression & { total: string }> = await this.dataSource.query(
      `SELECT email, reason, source, detail, created_at, count(*) OVER () AS total
         FROM mail_suppressions
        WHERE organisation_id = $1 AND ($2::text IS NULL OR email LIKE $2)
        ORDER BY created_at DESC, email
        LIMIT $3 OFFSET $4`,
      [organisationId, q, page.limit, page.offset],
    );
    if (!rows.length && page.offset > 0) {
      const [count] = await this.dataSource.query(
        `SELECT count(*) AS total FROM mail_suppressions WHERE organisation_id = $1 AND ($2::text IS NULL OR email LIKE $2)`,
        [organisationId, q],
      );
      return { items: [], total: Number(count.total) };
    }
    return { items: rows.map(toSuppression), total: rows.length ? Number(rows[0].total) : 0 };
  }

  private async optional<T>(tx: Tx, sql: string, params: unknown[]): Promise<T[]> {
    const [exists] = await tx.query(`SELECT to_regclass('newsletter_deliveries') IS NOT NULL AS present`);
    if (!exists.present) return [];
    await tx.query('SAVEPOINT mailings_optional');
    try {
      const rows = rowsOf<T>(await tx.query(sql, params));
      await tx.query('RELEASE SAVEPOINT mailings_optional');
      return rows;
    } catch {
      await tx.query('ROLLBACK TO SAVEPOINT mailings_optional');
      return [];
    }
  }
}

/** TypeORM answers UPDATE/DELETE ... RETURNING with [rows, count], SELECT/INSERT with rows. */
function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

interface RawSuppression {
  email: string;
  reason: SuppressionReason;
  source: string;
  detail: string | null;
  created_at: Date;
}

const toSuppression = (row: RawSuppression): SuppressionRow => ({
  email: row.email,
  reason: row.reason,
  source: row.source,
  detail: row.detail,
  createdAt: row.created_at,
});
