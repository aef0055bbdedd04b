import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, Clock, InjectConfig } from '@kring/server-config';
import { asOrganisationId } from '@kring/server-database';
import { Outbox } from '@kring/server-mail';
import type { Locale } from '@kring/shared-domain';
import { PipelineRepository } from './pipeline.repository';
import { StageNamesRepository } from './stage-names';

/** Referrals that sat in one open stage longer than this get into HR's daily digest. */
export const IDLE_DIGEST_DAYS = 5;
const MAX_ITEMS = 50;

/**
 * Once a day, every active HR admin of an organisation with idle referrals gets one mail listing them,
 * so no candidate waits in silence. Idempotent per day: the job is a singleton per date.
 */
@Injectable()
export class IdleDigestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pipeline: PipelineRepository,
    private readonly stageNames: StageNamesRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    @InjectConfig('app') private readonly app: AppConfig,
  ) {}

  async send(): Promise<number> {
    const now = this.clock.now();
    const idle = await this.pipeline.idle(new Date(now.getTime() - IDLE_DIGEST_DAYS * 86_400_000));
    const byOrganisation = new Map<string, typeof idle>();
    for (const row of idle) byOrganisation.set(row.organisationId, [...(byOrganisation.get(row.organisationId) ?? []), row]);
    let sent = 0;
    for (const [rawId, rows] of byOrganisation) {
      const organisationId = asOrganisationId(rawId);
      const names = await this.stageNames.get(organisationId);
      const recipients: Array<{ email: string; personId: string; firstName: string; locale: Locale; organisationName: string }> = await this.dataSource.query(
        `SELECT u.email, u.person_id AS "personId", p.first_name AS "firstName", u.locale, o.name AS "organisationName"
           FROM users u JOIN people p ON p.id = u.person_id JOIN organisations o ON o.id = u.organisation_id
          WHERE u.organisation_id = $1 AND u.status = 'active' AND 'hr_admin' = ANY(u.roles)`,
        [organisationId],
      );
      await this.dataSource.transaction(async (tx) => {
        for (const hr of recipients) {
          await this.outbox.enqueue(tx, organisationId, {
            to: hr.email,
            personId: hr.personId,
            locale: hr.locale,
            template: 'referral_idle_digest',
            data: {
              organisationName: hr.organisationName,
              firstName: hr.firstName,
              idleDays: IDLE_DIGEST_DAYS,
              pipelineUrl: `${this.app.publicUrl}/referrals`,
              items: rows.slice(0, MAX_ITEMS).map((row) => ({
                candidateName: row.candidateName,
                vacancyTitle: row.vacancyTitle,
                stageName: names[hr.locale][row.stage],
                daysIdle: Math.floor((now.getTime() - new Date(row.stageChangedAt).getTime()) / 86_400_000),
              })),
            },
          });
          sent++;
        }
      });
    }
    return sent;
  }
}
