import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { ConsentsRepository, type Tx } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import { notFound } from '@kring/shared-domain';
import { jobAlertLimitReached } from './job-alerts.errors';
import { JobAlertsRepository } from './job-alerts.repository';
import { JOB_ALERT_CONSENT_SOURCE, jobAlertConsentExpiry, MAX_JOB_ALERTS_PER_PERSON, type JobAlertCriteria, type JobAlertFrequency } from './job-alerts.rules';
import { JobAlertInput } from './inputs/job-alert.input';
import { JobAlertListOutput, JobAlertOutput } from './outputs/job-alert.output';

type Criteria = JobAlertCriteria & { frequency: JobAlertFrequency };

const criteria = (input: JobAlertInput): Criteria => ({
  keywords: input.keywords ?? '',
  functions: input.functions ?? [],
  skills: input.skills ?? [],
  locations: input.locations ?? [],
  employmentTypes: [...new Set(input.employmentTypes ?? [])],
  frequency: input.frequency,
});

/**
 * A signed-in alumnus's or external referrer's own job alerts. Saving an alert is the explicit request for job
 * alerts, so it grants (or renews) the job_alerts consent for 24 months; deleting alerts leaves the consent alone.
 */
@Injectable()
export class JobAlertsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alerts: JobAlertsRepository,
    private readonly consents: ConsentsRepository,
    private readonly clock: Clock,
  ) {}

  async list(auth: AuthContext): Promise<JobAlertListOutput> {
    const rows = await this.alerts.listForPerson(auth.organisationId, auth.personId);
    const consent = (await this.consents.list(auth.organisationId, auth.personId)).find((c) => c.purpose === 'job_alerts');
    const now = this.clock.now();
    const granted = !!consent && consent.status === 'granted' && (!consent.expiresAt || consent.expiresAt > now);
    return {
      items: rows.map(JobAlertOutput.from),
      consent: { granted, expiresAt: granted && consent?.expiresAt ? consent.expiresAt.toISOString() : null },
      max: MAX_JOB_ALERTS_PER_PERSON,
    };
  }

  async create(auth: AuthContext, input: JobAlertInput): Promise<JobAlertOutput> {
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (tx) => {
      if ((await this.alerts.lockAndCount(auth.organisationId, auth.personId, tx)) >= MAX_JOB_ALERTS_PER_PERSON) {
        throw jobAlertLimitReached(MAX_JOB_ALERTS_PER_PERSON);
      }
      const id = await this.alerts.insert(auth.organisationId, auth.personId, criteria(input), now, tx);
      await this.grantConsent(auth, now, tx);
      return id;
    });
    return this.get(auth, id);
  }

  async update(auth: AuthContext, id: string, input: JobAlertInput): Promise<JobAlertOutput> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      if (!(await this.alerts.update(auth.organisationId, auth.personId, id, criteria(input), now, tx))) throw notFound('Job alert');
      await this.grantConsent(auth, now, tx);
    });
    return this.get(auth, id);
  }

  async delete(auth: AuthContext, id: string): Promise<void> {
    if (!(await this.alerts.delete(auth.organisationId, auth.personId, id))) throw notFound('Job alert');
  }

  private async get(auth: AuthContext, id: string): Promise<JobAlertOutput> {
    const row = await this.alerts.find(auth.organisationId, auth.personId, id);
    if (!row) throw notFound('Job alert');
    return JobAlertOutput.from(row);
  }

  private grantConsent(auth: AuthContext, now: Date, tx: Tx): Promise<void> {
    return this.consents.set(
      auth.organisationId,
      auth.personId,
      'job_alerts',
      { status: 'granted', at: now, source: JOB_ALERT_CONSENT_SOURCE, actorUserId: auth.userId, expiresAt: jobAlertConsentExpiry(now), legalBasis: 'consent' },
      tx,
    );
  }
}
