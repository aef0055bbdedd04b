import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, type OrganisationId, type Tx } from '@kring/server-database';
import type { Locale } from '@kring/shared-domain';
import type { NewsletterKind } from './eligibility';
import type { NewsletterVariantContent } from './newsletter-render';

export const NEWSLETTER_STATUSES = ['draft', 'scheduled', 'sending', 'sent', 'cancelled'] as const;
export const NEWSLETTER_KINDS = ['newsletter', 'activation'] as const satisfies readonly NewsletterKind[];
export type NewsletterStatus = (typeof NEWSLETTER_STATUSES)[number];

export interface NewsletterRow {
  id: string;
  organisationId: OrganisationId;
  name: string;
  status: NewsletterStatus;
  kind: NewsletterKind;
  segmentId: string | null;
  /** Activation mails: the programme they are about, and its name. */
  programmeId: string | null;
  programmeName: string | null;
  scheduledAt: Date | null;
  createdByUserId: string | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  cancelledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Counted in SQL from the delivery rows. `interrupted` is part of `failed` (see the in-flight rule). */
export interface NewsletterFigures {
  recipients: number;
  queued: number;
  sending: number;
  sent: number;
  failed: number;
  interrupted: number;
  skipped: number;
  bounced: number;
  unsubscribed: number;
  /** Deliveries with a recorded first open / first click (only meaningful where the organisation tracks). */
  opened: number;
  clicked: number;
}

const COLUMNS = `id, organisation_id AS "organisationId", name, status, kind, segment_id AS "segmentId", programme_id AS "programmeId",
  (SELECT pr.name FROM programmes pr WHERE pr.organisation_id = newsletters.organisation_id AND pr.id = newsletters.programme_id) AS "programmeName",
  scheduled_at AS "scheduledAt",
  created_by_user_id AS "createdByUserId", started_at AS "startedAt", finished_at AS "finishedAt", cancelled_at AS "cancelledAt",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

/** Newsletters and their language variants; every query is scoped by organisation first. */
@Injectable()
export class NewslettersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(
    organisationId: OrganisationId,
    values: { name: string; segmentId: string | null; programmeId?: string | null; createdByUserId: string; now: Date },
    tx: Tx,
  ): Promise<string> {
    const programmeId = values.programmeId ?? null;
    const [row] = (await tx.query(
      `INSERT INTO newsletters (organisation_id, name, kind, segment_id, programme_id, created_by_user_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
      [organisationId, values.name, programmeId ? 'activation' : 'newsletter', values.segmentId, programmeId, values.createdByUserId, values.now],
    )) as { id: string }[];
    return row!.id;
  }

  async find(organisationId: OrganisationId, id: string, tx?: Tx, lock = false): Promise<NewsletterRow | null> {
    const rows = (await managerOf(this.dataSource, tx).query(
      `SELECT ${COLUMNS} FROM newsletters WHERE organisation_id = $1 AND id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [organisationId, id],
    )) as NewsletterRow[];
    return rows[0] ?? null;
  }

  /** Newest first; optionally only one kind, or only the activation mails of one programme. */
  list(organisationId: OrganisationId, filter: { kind?: NewsletterKind; programmeId?: string } = {}, limit = 200): Promise<NewsletterRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM newsletters
        WHERE organisation_id = $1 AND ($2::text IS NULL OR kind = $2) AND ($3::uuid IS NULL OR programme_id = $3)
        ORDER BY created_at DESC, id LIMIT $4`,
      [organisationId, filter.kind ?? null, filter.programmeId ?? null, limit],
    );
  }

  /** The programme of an activation mail, if it is this organisation's. */
  async programmeExists(organisationId: OrganisationId, programmeId: string, tx?: Tx): Promise<boolean> {
    const rows = (await managerOf(this.dataSource, tx).query(`SELECT 1 FROM programmes WHERE organisation_id = $1 AND id = $2`, [
      organisationId,
      programmeId,
    ])) as unknown[];
    return rows.length === 1;
  }

  async update(
    organisationId: OrganisationId,
    id: string,
    values: { name?: string; segmentId?: string | null; now: Date },
    tx: Tx,
  ): Promise<void> {
    await tx.query(
      `UPDATE newsletters SET name = COALESCE($3, name),
              segment_id = CASE WHEN $4::boolean THEN $5::uuid ELSE segment_id END, updated_at = $6
        WHERE organisation_id = $1 AND id = $2`,
      [organisationId, id, values.name ?? null, values.segmentId !== undefined, values.segmentId ?? null, values.now],
    );
  }

  async setStatus(
    organisationId: OrganisationId,
    id: string,
    values: { status: NewsletterStatus; now: Date; scheduledAt?: Date | null },
    tx: Tx,
  ): Promise<void> {
    await tx.query(
      `UPDATE newsletters
          SET status = $3, updated_at = $4,
              scheduled_at = CASE WHEN $5::boolean THEN $6::timestamptz ELSE scheduled_at END,
              started_at = CASE WHEN $3 = 'sending' THEN $4 ELSE started_at END,
              finished_at = CASE WHEN $3 = 'sent' THEN $4 ELSE finished_at END,
              cancelled_at = CASE WHEN $3 = 'cancelled' THEN $4 ELSE cancelled_at END
        WHERE organisation_id = $1 AND id = $2`,
      [organisationId, id, values.status, values.now, values.scheduledAt !== undefined, values.scheduledAt ?? null],
    );
  }

  /** A sent newsletter with rows queued again (a resend of interrupted rows) is sending again; started_at stays. */
  async reopen(organisationId: OrganisationId, id: string, now: Date, tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE newsletters SET status = 'sending', finished_at = NULL, updated_at = $3
        WHERE organisation_id = $1 AND id = $2 AND status IN ('sending', 'sent')`,
      [organisationId, id, now],
    );
  }

  /** Replaces the given languages' variants (languages not given stay). */
  async upsertVariants(organisationId: OrganisationId, id: string, variants: NewsletterVariantContent[], now: Date, tx: Tx): Promise<void> {
    for (const v of variants) {
      await tx.query(
        `INSERT INTO newsletter_variants (organisation_id, newsletter_id, locale, subject, preheader, body_markdown, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT ON CONSTRAINT pk_newsletter_variants
         DO UPDATE SET subject = EXCLUDED.subject, preheader = EXCLUDED.preheader, body_markdown = EXCLUDED.body_markdown,
                       updated_at = EXCLUDED.updated_at`,
        [organisationId, id, v.locale, v.subject, v.preheader, v.bodyMarkdown, now],
      );
    }
  }

  async removeVariants(organisationId: OrganisationId, id: string, locales: Locale[], tx: Tx): Promise<void> {
    if (locales.length === 0) return;
    await tx.query(`DELETE FROM newsletter_variants WHERE organisation_id = $1 AND newsletter_id = $2 AND locale = ANY($3::text[])`, [
      organisationId,
      id,
      locales,
    ]);
  }

  variants(organisationId: OrganisationId, id: string, tx?: Tx): Promise<NewsletterVariantContent[]> {
    return managerOf(this.dataSource, tx).query(
      `SELECT locale, subject, preheader, body_markdown AS "bodyMarkdown" FROM newsletter_variants
        WHERE organisation_id = $1 AND newsletter_id = $2 ORDER BY locale`,
      [organisationId, id],
    );
  }

  async organisation(organisationId: OrganisationId, tx?: Tx): Promise<{ name: string; defaultLocale: Locale; mailTracking: boolean }> {
    const [row] = (await managerOf(this.dataSource, tx).query(
      `SELECT name, default_locale AS "defaultLocale", mail_tracking AS "mailTracking" FROM organisations WHERE id = $1`,
      [organisationId],
    )) as { name: string; defaultLocale: Locale; mailTracking: boolean }[];
    return row!;
  }

  async segmentExists(organisationId: OrganisationId, segmentId: string, tx?: Tx): Promise<boolean> {
    const rows = (await managerOf(this.dataSource, tx).query(`SELECT 1 FROM segments WHERE organisation_id = $1 AND id = $2`, [
      organisationId,
      segmentId,
    ])) as unknown[];
    return rows.length === 1;
  }

  /** Figures of one newsletter, one pass over its delivery rows. */
  async figures(organisationId: OrganisationId, id: string, interruptedReason: string, tx?: Tx): Promise<NewsletterFigures> {
    const [row] = (await managerOf(this.dataSource, tx).query(
      `SELECT count(*)::int AS recipients,
              count(*) FILTER (WHERE status = 'queued')::int AS queued,
              count(*) FILTER (WHERE status = 'sending')::int AS sending,
              count(*) FILTER (WHERE status = 'sent')::int AS sent,
              count(*) FILTER (WHERE status = 'failed')::int AS failed,
              count(*) FILTER (WHERE status = 'failed' AND last_error = $3)::int AS interrupted,
              count(*) FILTER (WHERE status = 'skipped')::int AS skipped,
              count(*) FILTER (WHERE bounced_at IS NOT NULL)::int AS bounced,
              count(*) FILTER (WHERE unsubscribed_at IS NOT NULL)::int AS unsubscribed,
              count(*) FILTER (WHERE opened_at IS NOT NULL)::int AS opened,
              count(*) FILTER (WHERE clicked_at IS NOT NULL)::int AS clicked
         FROM newsletter_deliveries WHERE organisation_id = $1 AND newsletter_id = $2`,
      [organisationId, id, interruptedReason],
    )) as NewsletterFigures[];
    return row!;
  }
}
