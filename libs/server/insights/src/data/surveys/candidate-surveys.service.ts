import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, Clock, InjectConfig } from '@kring/server-config';
import { asOrganisationId } from '@kring/server-database';
import { Outbox } from '@kring/server-mail';
import { CANDIDATE_SURVEY_BATCH, CANDIDATE_SURVEY_LINK_DAYS, CANDIDATE_SURVEY_WINDOW_DAYS } from './candidate-surveys.constants';
import { candidateSurveyTokenInvalid } from './candidate-surveys.errors';
import { CandidateSurveysRepository, hashSurveyToken, type SurveyRow } from './candidate-surveys.repository';
import { CandidateSurveyOutput } from './outputs/candidate-survey.output';

const DAY_MS = 86_400_000;

/**
 * The candidate-experience question (0-10). The job mails it once per ended referral (hired, rejected, withdrawn)
 * to consented candidates who can still be reached by email; the public page records the answer by POST only.
 */
@Injectable()
export class CandidateSurveysService {
  private readonly logger = new Logger(CandidateSurveysService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly surveys: CandidateSurveysRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    @InjectConfig('app') private readonly app: AppConfig,
  ) {}

  /**
   * Set-based and idempotent: claims batches of due referrals with INSERT ... ON CONFLICT DO NOTHING and queues a
   * mail only for the rows this transaction inserted, so a rerun or a second worker never mails twice.
   */
  async sendDue(): Promise<{ sent: number }> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - CANDIDATE_SURVEY_WINDOW_DAYS * DAY_MS);
    let sent = 0;
    for (;;) {
      const due = await this.surveys.due(since, now, CANDIDATE_SURVEY_BATCH);
      if (due.length === 0) break;
      sent += await this.dataSource.transaction(async (tx) => {
        const rows = due.map((survey) => {
          const token = randomBytes(32).toString('base64url');
          return { survey, token, tokenHash: hashSurveyToken(token) };
        });
        const mine = await this.surveys.claim(tx, rows, now);
        for (const { survey, token } of rows) {
          if (!mine.has(survey.referralId)) continue;
          const url = `${this.app.publicUrl}/candidate-survey?token=${token}`;
          await this.outbox.enqueue(tx, asOrganisationId(survey.organisationId), {
            to: survey.email,
            personId: survey.personId,
            locale: survey.locale,
            template: 'insights_candidate_survey',
            data: {
              organisationName: survey.organisationName,
              firstName: survey.name?.trim().split(/\s+/)[0] || null,
              vacancyTitle: survey.vacancyTitle,
              scoreUrls: Array.from({ length: 11 }, (_, score) => `${url}&score=${score}`),
              expiresInDays: CANDIDATE_SURVEY_LINK_DAYS,
            },
            sensitive: false,
          });
        }
        return mine.size;
      });
    }
    if (sent) this.logger.log({ message: 'candidate surveys queued', sent });
    return { sent };
  }

  /** What the page shows; changes nothing (link scanners may fetch anything). */
  async lookup(token: string): Promise<CandidateSurveyOutput> {
    const row = await this.surveys.findByToken(token);
    return this.output(this.valid(row));
  }

  /** Records (or changes) the score while the link is valid. */
  async answer(token: string, score: number): Promise<CandidateSurveyOutput> {
    return this.dataSource.transaction(async (tx) => {
      const row = this.valid(await this.surveys.findByToken(token, tx, true));
      const now = this.clock.now();
      await this.surveys.answer(tx, row.organisationId, row.id, score, now);
      return this.output({ ...row, score, answeredAt: now });
    });
  }

  private valid(row: SurveyRow | null): SurveyRow {
    if (!row || this.expiresAt(row).getTime() <= this.clock.now().getTime()) throw candidateSurveyTokenInvalid();
    return row;
  }

  private expiresAt(row: SurveyRow): Date {
    return new Date(new Date(row.sentAt).getTime() + CANDIDATE_SURVEY_LINK_DAYS * DAY_MS);
  }

  private output(row: SurveyRow): CandidateSurveyOutput {
    return {
      organisationName: row.organisationName,
      vacancyTitle: row.vacancyTitle,
      score: row.score,
      answeredAt: row.answeredAt ? new Date(row.answeredAt).toISOString() : null,
      expiresAt: this.expiresAt(row).toISOString(),
    };
  }
}
