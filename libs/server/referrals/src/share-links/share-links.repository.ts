import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { asOrganisationId, OrganisationId } from '@kring/server-database';
import type { ShareChannel } from '@kring/shared-domain';

/** No 0/O and 1/I: codes are read aloud and typed from posters. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const newShareCode = (length = 8) => Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

export interface ShareLinkRow {
  id: string;
  organisationId: OrganisationId;
  code: string;
  ownerUserId: string;
  vacancyId: string;
}

@Injectable()
export class ShareLinksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The owner's link for a vacancy, created on first use; a code collision just draws another code. */
  async findOrCreate(organisationId: OrganisationId, ownerUserId: string, vacancyId: string): Promise<ShareLinkRow> {
    for (let attempt = 0; attempt < 5; attempt++) {
      await this.dataSource.query(
        `INSERT INTO share_links (organisation_id, code, owner_user_id, vacancy_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [organisationId, newShareCode(), ownerUserId, vacancyId],
      );
      const rows: ShareLinkRow[] = await this.dataSource.query(
        `SELECT id, organisation_id AS "organisationId", code, owner_user_id AS "ownerUserId", vacancy_id AS "vacancyId"
           FROM share_links WHERE organisation_id = $1 AND owner_user_id = $2 AND vacancy_id = $3`,
        [organisationId, ownerUserId, vacancyId],
      );
      if (rows[0]) return { ...rows[0], organisationId: asOrganisationId(rows[0].organisationId) };
    }
    throw new Error('could not allocate a share code');
  }

  /** A link by its public code: the entry point that establishes the organisation for public pages. */
  async findByCode(code: string): Promise<ShareLinkRow | null> {
    const rows: ShareLinkRow[] = await this.dataSource.query(
      `SELECT id, organisation_id AS "organisationId", code, owner_user_id AS "ownerUserId", vacancy_id AS "vacancyId"
         FROM share_links WHERE code = $1`,
      [code],
    );
    return rows[0] ? { ...rows[0], organisationId: asOrganisationId(rows[0].organisationId) } : null;
  }

  async countVisit(organisationId: OrganisationId, shareLinkId: string, channel: ShareChannel, day: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO share_link_clicks (organisation_id, share_link_id, channel, day, clicks) VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (share_link_id, channel, day) DO UPDATE SET clicks = share_link_clicks.clicks + 1`,
      [organisationId, shareLinkId, channel, day],
    );
  }

  async clicks(organisationId: OrganisationId, shareLinkId: string): Promise<Partial<Record<ShareChannel, number>>> {
    const rows: Array<{ channel: ShareChannel; clicks: number }> = await this.dataSource.query(
      `SELECT channel, sum(clicks)::int AS clicks FROM share_link_clicks WHERE organisation_id = $1 AND share_link_id = $2 GROUP BY channel`,
      [organisationId, shareLinkId],
    );
    return Object.fromEntries(rows.map((r) => [r.channel, r.clicks]));
  }

  /** What a public page shows: the vacancy, its organisation and the referrer's first name. */
  async publicView(organisationId: OrganisationId, link: ShareLinkRow) {
    const rows: Array<{
      organisationName: string;
      organisationLocale: 'nl' | 'en';
      referrerFirstName: string;
      ownerActive: boolean;
      title: string;
      descriptionMarkdown: string;
      location: string | null;
      department: string | null;
      employmentType: string;
      hoursMin: number | null;
      hoursMax: number | null;
      status: string;
    }> = await this.dataSource.query(
      `SELECT o.name AS "organisationName", o.default_locale AS "organisationLocale", p.first_name AS "referrerFirstName",
              (u.status = 'active') AS "ownerActive", v.title, v.description_markdown AS "descriptionMarkdown", v.location,
              v.department, v.employment_type AS "employmentType", v.hours_min::float8 AS "hoursMin", v.hours_max::float8 AS "hoursMax", v.status
         FROM share_links s
         JOIN organisations o ON o.id = s.organisation_id
         JOIN users u ON u.id = s.owner_user_id
         JOIN people p ON p.id = u.person_id
         JOIN vacancies v ON v.id = s.vacancy_id
        WHERE s.organisation_id = $1 AND s.id = $2`,
      [organisationId, link.id],
    );
    return rows[0] ?? null;
  }
}
