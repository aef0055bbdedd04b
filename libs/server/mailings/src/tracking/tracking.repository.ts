import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, type OrganisationId, type Tx } from '@kring/server-database';

/** What a hit may change: the delivery, locked. */
export interface TrackedDeliveryRow {
  id: string;
  newsletterId: string;
  personId: string;
  openedAt: Date | null;
  clickedAt: Date | null;
}

/** The tracking setting, the link secret, and first open / first click of newsletter deliveries. */
@Injectable()
export class TrackingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Tracking on or off and the link secret, as they are now (null: no such organisation). */
  async organisation(organisationId: OrganisationId, tx?: Tx): Promise<{ tracking: boolean; linkSecret: Buffer } | null> {
    const [row] = (await managerOf(this.dataSource, tx).query(
      `SELECT mail_tracking AS tracking, link_secret AS "linkSecret" FROM organisations WHERE id = $1`,
      [organisationId],
    )) as Array<{ tracking: boolean; linkSecret: Buffer }>;
    return row ?? null;
  }

  /** Sets the flag; answers the previous value (null: no such organisation). Locks the organisation row. */
  async setTracking(organisationId: OrganisationId, tracking: boolean, at: Date, tx: Tx): Promise<boolean | null> {
    // UPDATE … RETURNING answers [rows, affected] through TypeORM.
    const [rows] = (await tx.query(
      `UPDATE organisations o SET mail_tracking = $2, updated_at = $3
         FROM (SELECT id, mail_tracking FROM organisations WHERE id = $1 FOR UPDATE) old
        WHERE o.id = old.id
        RETURNING old.mail_tracking AS previous`,
      [organisationId, tracking, at],
    )) as [Array<{ previous: boolean }>, number];
    return rows[0] ? rows[0].previous : null;
  }

  /** The delivery of this person, locked (concurrent hits of one delivery are serialised, so each first is recorded once). */
  async deliveryForUpdate(organisationId: OrganisationId, deliveryId: string, personId: string, tx: Tx): Promise<TrackedDeliveryRow | null> {
    const [row] = (await tx.query(
      `SELECT id, newsletter_id AS "newsletterId", person_id AS "personId", opened_at AS "openedAt", clicked_at AS "clickedAt"
         FROM newsletter_deliveries
        WHERE organisation_id = $1 AND id = $2 AND person_id = $3
        FOR UPDATE`,
      [organisationId, deliveryId, personId],
    )) as TrackedDeliveryRow[];
    return row ?? null;
  }

  /** Sets opened_at and/or clicked_at only where still empty. */
  async markFirst(organisationId: OrganisationId, deliveryId: string, what: { opened: boolean; clicked: boolean }, at: Date, tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE newsletter_deliveries
          SET opened_at = CASE WHEN $3 AND opened_at IS NULL THEN $5 ELSE opened_at END,
              clicked_at = CASE WHEN $4 AND clicked_at IS NULL THEN $5 ELSE clicked_at END
        WHERE organisation_id = $1 AND id = $2 AND (($3 AND opened_at IS NULL) OR ($4 AND clicked_at IS NULL))`,
      [organisationId, deliveryId, what.opened, what.clicked, at],
    );
  }
}
