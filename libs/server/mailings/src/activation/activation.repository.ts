import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, type OrganisationId, type Tx } from '@kring/server-database';
import type { Locale } from '@kring/shared-domain';
import { activationEligibleSql, programmeMailableSql } from '../newsletters/eligibility';

/** Share links per recipient in an activation mail: the programme's most recently opened vacancies. */
export const ACTIVATION_MAX_LINKS = 5;

/** The share-code alphabet of @kring/server-referrals (no 0/O, 1/I): 32 letters. */
const SHARE_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/**
 * An 8-letter share code per row, drawn in SQL from gen_random_uuid() (a strong random source): bytes 0–5 of a v4
 * UUID are fully random, their base64 is 8 characters of 6 random bits each, and `translate` maps the 64 base64
 * characters two-to-one onto the 32 letters, so every letter is uniform. Evaluated per row (it is in the select list).
 */
const SHARE_CODE_SQL = `translate(encode(substring(uuid_send(gen_random_uuid()) FROM 1 FOR 6), 'base64'), '${BASE64}', '${SHARE_CODE_ALPHABET}${SHARE_CODE_ALPHABET}')`;

/**
 * Set transaction-locally while activation mails create share links: the points trigger (tr_share_links_points)
 * then awards no share points, because a link HR's mail made for someone is not that person sharing.
 */
const SHARE_POINTS_SETTING = 'kring.share_link_points';

export interface ActivationProgramme {
  id: string;
  name: string;
  mailable: boolean;
}

/** What each delivery row's `personal` holds (rendered by compileActivation). */
export interface ActivationPersonal {
  programmeName: string;
  /** The referrer's own share links, newest vacancy first (the `/email` channel of each link, so clicks count per channel). */
  links: Array<{ title: string; url: string }>;
  /** The open vacancies in the portal, where every other vacancy can be shared. */
  overviewUrl: string;
}

/**
 * The recipients of an activation mail (users `u` with people `p`) for newsletter row `n` at `at`: the rule of
 * activationEligibleSql. `$1` = organisation, `$2` = newsletter, `$3` = now.
 */
const RECIPIENTS_FROM = `
  FROM newsletters n
  JOIN programmes pr ON pr.organisation_id = n.organisation_id AND pr.id = n.programme_id
  JOIN users u ON u.organisation_id = n.organisation_id
  JOIN people p ON p.organisation_id = u.organisation_id AND p.id = u.person_id`;
const RECIPIENTS_WHERE = `
 WHERE n.organisation_id = $1 AND n.id = $2 AND n.kind = 'activation'
   AND ${activationEligibleSql('p', '$3', 'n')}`;
const RECIPIENTS_SQL = `${RECIPIENTS_FROM} ${RECIPIENTS_WHERE}`;
/**
 * The recipients once (materialised, so the eligibility checks run per person, not per person and vacancy), then
 * their programme `pr` again for the per-recipient vacancies.
 */
const RECIPIENTS_CTE = `recipients AS MATERIALIZED (SELECT u.id AS user_id, p.id AS person_id, p.email, p.locale ${RECIPIENTS_SQL})`;
const RECIPIENT_PROGRAMME_JOIN = `
  JOIN newsletters rn ON rn.organisation_id = $1 AND rn.id = $2
  JOIN programmes pr ON pr.organisation_id = rn.organisation_id AND pr.id = rn.programme_id`;

/**
 * The open vacancies of programme `pr` that user `u` may share, newest first, at most ACTIVATION_MAX_LINKS: every open
 * vacancy (`all_open`) or the selected ones; a hiring manager's own vacancy only when the programme allows the hiring team.
 */
const vacanciesSql = (user: string | null) => `
  SELECT v.id, v.title, COALESCE(v.opened_at, v.created_at) AS opened
    FROM vacancies v
   WHERE v.organisation_id = pr.organisation_id AND v.status = 'open'
     AND (pr.vacancy_scope = 'all_open'
          OR EXISTS (SELECT 1 FROM programme_vacancies pv WHERE pv.programme_id = pr.id AND pv.vacancy_id = v.id))
     ${user ? `AND (pr.allow_hiring_team_referrals OR v.hiring_manager_user_id IS DISTINCT FROM ${user})` : ''}
   ORDER BY COALESCE(v.opened_at, v.created_at) DESC, v.id
   LIMIT ${ACTIVATION_MAX_LINKS}`;

/** SQL of activation mails: the programme, the audience, share links and the enqueue. Scoped by organisation first. */
@Injectable()
export class ActivationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async programme(organisationId: OrganisationId, programmeId: string, now: Date, tx?: Tx): Promise<ActivationProgramme | null> {
    const [row] = (await managerOf(this.dataSource, tx).query(
      `SELECT pr.id, pr.name, (${programmeMailableSql('pr', '$3')}) AS mailable FROM programmes pr WHERE pr.organisation_id = $1 AND pr.id = $2`,
      [organisationId, programmeId, now],
    )) as ActivationProgramme[];
    return row ?? null;
  }

  /**
   * Creates the missing share links of every recipient for the vacancies their mail will show: one INSERT … SELECT …
   * ON CONFLICT DO NOTHING on (owner, vacancy), so an existing link wins and is reused. A collision of a new code
   * with an existing one (rare: 32^8 codes) fails the statement; it is retried in a savepoint with fresh codes.
   * No share points are awarded for these links (see SHARE_POINTS_SETTING). Returns the number created.
   */
  async ensureShareLinks(organisationId: OrganisationId, newsletterId: string, now: Date, tx: Tx): Promise<number> {
    await tx.query(`SELECT set_config('${SHARE_POINTS_SETTING}', 'off', true)`);
    try {
      for (let round = 1; ; round++) {
        await tx.query('SAVEPOINT activation_share_links');
        try {
          const [row] = (await tx.query(
            `WITH ${RECIPIENTS_CTE}, inserted AS (
               INSERT INTO share_links (organisation_id, code, owner_user_id, vacancy_id, created_at, updated_at)
               SELECT $1, ${SHARE_CODE_SQL}, r.user_id, v.id, $3, $3
                 FROM recipients r ${RECIPIENT_PROGRAMME_JOIN}
                 CROSS JOIN LATERAL (${vacanciesSql('r.user_id')}) v
               ON CONFLICT ON CONSTRAINT uq_share_links_owner_vacancy DO NOTHING
               RETURNING 1)
             SELECT count(*)::int AS n FROM inserted`,
            [organisationId, newsletterId, now],
          )) as { n: number }[];
          await tx.query('RELEASE SAVEPOINT activation_share_links');
          return row!.n;
        } catch (error) {
          await tx.query('ROLLBACK TO SAVEPOINT activation_share_links');
          const constraint = (error as { constraint?: string; driverError?: { constraint?: string } }).driverError?.constraint ?? (error as { constraint?: string }).constraint;
          if (constraint !== 'uq_share_links_code' || round >= 5) throw error;
        }
      }
    } finally {
      await tx.query(`SELECT set_config('${SHARE_POINTS_SETTING}', 'on', true)`);
    }
  }

  /**
   * One INSERT … SELECT of every recipient with their `personal` data (programme name, their own share links, the
   * overview URL), unique per (organisation, newsletter, person). Run ensureShareLinks first in the same transaction.
   */
  async enqueue(
    organisationId: OrganisationId,
    newsletterId: string,
    opts: { now: Date; messageIdHost: string; publicUrl: string; locales: Locale[]; defaultLocale: Locale },
    tx: Tx,
  ): Promise<number> {
    const [row] = (await tx.query(
      `WITH ${RECIPIENTS_CTE}, inserted AS (
       INSERT INTO newsletter_deliveries (id, organisation_id, newsletter_id, person_id, email, locale, next_attempt_at, message_id,
                                          personal, created_at, updated_at)
       SELECT r.id, $1, $2, r.person_id, r.email, r.locale, $3, '<' || r.id || '@' || $4 || '>', r.personal, $3, $3
         FROM (SELECT gen_random_uuid() AS id, rc.person_id, rc.email,
                      CASE WHEN rc.locale = ANY($6::text[]) THEN rc.locale ELSE $7 END AS locale,
                      jsonb_build_object(
                        'programmeName', pr.name,
                        'overviewUrl', $5 || '/vacancies',
                        'links', COALESCE((SELECT jsonb_agg(jsonb_build_object('title', v.title, 'url', $5 || '/r/' || s.code || '/email')
                                                            ORDER BY v.opened DESC, v.id)
                                             FROM (${vacanciesSql('rc.user_id')}) v
                                             JOIN share_links s ON s.owner_user_id = rc.user_id AND s.vacancy_id = v.id), '[]'::jsonb)
                      ) AS personal
                 FROM recipients rc ${RECIPIENT_PROGRAMME_JOIN}) r
       ON CONFLICT ON CONSTRAINT uq_newsletter_deliveries_recipient DO NOTHING
       RETURNING 1)
       SELECT count(*)::int AS n FROM inserted`,
      [organisationId, newsletterId, opts.now, opts.messageIdHost, opts.publicUrl, opts.locales, opts.defaultLocale],
    )) as { n: number }[];
    return row!.n;
  }

  /** Preview and test send: the programme's vacancies as they would appear, each linking to the overview. */
  async samplePersonal(organisationId: OrganisationId, programmeId: string, publicUrl: string): Promise<ActivationPersonal> {
    const rows = (await this.dataSource.query(
      `SELECT pr.name, v.title FROM programmes pr LEFT JOIN LATERAL (${vacanciesSql(null)}) v ON true
        WHERE pr.organisation_id = $1 AND pr.id = $2 ORDER BY v.opened DESC, v.id`,
      [organisationId, programmeId],
    )) as { name: string; title: string | null }[];
    const overviewUrl = `${publicUrl}/vacancies`;
    return {
      programmeName: rows[0]?.name ?? '',
      overviewUrl,
      links: rows.filter((r) => r.title !== null).map((r) => ({ title: r.title!, url: overviewUrl })),
    };
  }

  /** How many people an activation mail would reach now (the composer shows it before sending). */
  async countRecipients(organisationId: OrganisationId, newsletterId: string, now: Date): Promise<number> {
    const [row] = (await this.dataSource.query(`SELECT count(*)::int AS n ${RECIPIENTS_SQL}`, [organisationId, newsletterId, now])) as { n: number }[];
    return row!.n;
  }
}
