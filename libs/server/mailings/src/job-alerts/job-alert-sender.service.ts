import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, Clock, InjectConfig } from '@kring/server-config';
import { TouchpointsRepository, type OrganisationId, type Tx } from '@kring/server-database';
import { Outbox } from '@kring/server-mail';
import { MailingLinks } from '../links/mailing-links.service';
import { JobAlertsRepository, type AlertRecipient, type AlertVacancy } from './job-alerts.repository';

export interface InstantRun {
  sent: number;
}
export interface DigestRun {
  people: number;
  sent: number;
  empty: number;
}

/**
 * Mails job alerts. Deliveries are claimed (job_alert_deliveries, unique per person and vacancy) in the same
 * transaction that enqueues the mail, so a vacancy reaches a person once, whichever path or worker comes first.
 */
@Injectable()
export class JobAlertSender {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alerts: JobAlertsRepository,
    private readonly outbox: Outbox,
    private readonly links: MailingLinks,
    private readonly touchpoints: TouchpointsRepository,
    private readonly clock: Clock,
    @InjectConfig('app') private readonly app: AppConfig,
  ) {}

  /** A vacancy was published: mail everyone with a matching instant alert who may receive it and never got it. */
  async sendInstant(organisationId: OrganisationId, vacancyId: string): Promise<InstantRun> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const vacancy = await this.alerts.vacancy(organisationId, vacancyId, tx);
      if (!vacancy || vacancy.status !== 'open') return { sent: 0 };
      const recipients = await this.alerts.claimInstant(organisationId, vacancyId, now, tx);
      const organisationName = await this.organisationName(organisationId, tx);
      for (const r of recipients) {
        const links = await this.personLinks(organisationId, r);
        const { id } = await this.outbox.enqueue(tx, organisationId, {
          to: r.email,
          personId: r.personId,
          locale: r.locale,
          template: 'job_alert_instant',
          headers: links.headers,
          data: { organisationName, firstName: r.firstName, vacancy: this.vacancyLink(vacancy), ...links.data },
        });
        await this.afterEnqueue(organisationId, r, [vacancy.id], id, now, tx);
      }
      return { sent: recipients.length };
    });
  }

  /** Hourly: every person whose daily (08:00) or weekly (Monday 08:00, Amsterdam) digest is due gets one mail, if anything is new. */
  async runDigests(): Promise<DigestRun> {
    const now = this.clock.now();
    const boundaries = await this.alerts.digestBoundaries(now);
    const run: DigestRun = { people: 0, sent: 0, empty: 0 };
    for (const organisationId of await this.alerts.organisationIds()) {
      for (const personId of await this.alerts.peopleDue(organisationId, boundaries)) {
        const result = await this.dataSource.transaction(async (tx) => {
          const subscriptionIds = await this.alerts.lockDue(organisationId, personId, boundaries, tx);
          if (!subscriptionIds.length) return 'skipped' as const; // done already, or by another worker right now
          const recipient = await this.alerts.recipient(organisationId, personId, now, tx);
          const vacancies = recipient ? await this.alerts.claimDigest(organisationId, personId, subscriptionIds, now, tx) : [];
          const frequency = await this.digestFrequency(organisationId, subscriptionIds, tx);
          await this.alerts.markDigested(organisationId, subscriptionIds, now, tx);
          if (!recipient || !vacancies.length) return 'empty' as const;
          const organisationName = await this.organisationName(organisationId, tx);
          const links = await this.personLinks(organisationId, recipient);
          const { id } = await this.outbox.enqueue(tx, organisationId, {
            to: recipient.email,
            personId,
            locale: recipient.locale,
            template: 'job_alert_digest',
            headers: links.headers,
            data: { organisationName, firstName: recipient.firstName, frequency, vacancies: vacancies.map((v) => this.vacancyLink(v)), ...links.data },
          });
          await this.afterEnqueue(organisationId, recipient, vacancies.map((v) => v.id), id, now, tx);
          return 'sent' as const;
        });
        if (result === 'skipped') continue;
        run.people++;
        if (result === 'sent') run.sent++;
        else run.empty++;
      }
    }
    return run;
  }

  private vacancyLink(v: AlertVacancy): { title: string; location: string | null; url: string } {
    return { title: v.title, location: v.location, url: `${this.app.publicUrl}/vacancies/${v.id}` };
  }

  private async personLinks(organisationId: OrganisationId, r: AlertRecipient) {
    const token = encodeURIComponent(await this.links.sign(organisationId, { personId: r.personId }));
    const unsubscribeUrl = `${this.app.publicUrl}/api/public/mailings/unsubscribe?token=${token}&topic=job_alerts`;
    return {
      data: {
        alertsUrl: `${this.app.publicUrl}/job-alerts`,
        preferencesUrl: `${this.app.publicUrl}/preferences/manage?token=${token}`,
        unsubscribeUrl,
      },
      headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    };
  }

  private async afterEnqueue(
    organisationId: OrganisationId,
    r: AlertRecipient,
    vacancyIds: string[],
    mailMessageId: string,
    now: Date,
    tx: Tx,
  ): Promise<void> {
    await this.alerts.setMailMessage(organisationId, r.personId, vacancyIds, mailMessageId, tx);
    await this.touchpoints.record(
      organisationId,
      [r.personId],
      { kind: 'job_alert_sent', channel: 'job_alert', occurredAt: now, subjectType: 'mail_message', subjectId: mailMessageId, data: { vacancyIds } },
      tx,
    );
  }

  private async digestFrequency(organisationId: OrganisationId, subscriptionIds: string[], tx: Tx): Promise<'daily' | 'weekly'> {
    const rows: Array<{ frequency: string }> = await tx.query(
      `SELECT DISTINCT frequency FROM job_alert_subscriptions WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [organisationId, subscriptionIds],
    );
    return rows.some((r) => r.frequency === 'daily') ? 'daily' : 'weekly';
  }

  private async organisationName(organisationId: OrganisationId, tx: Tx): Promise<string> {
    const [row] = await tx.query(`SELECT name FROM organisations WHERE id = $1`, [organisationId]);
    return row.name;
  }
}
