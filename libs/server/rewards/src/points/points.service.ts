import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import { DomainError, ErrorCodes, FieldError } from '@kring/shared-domain';
import { businessDate } from '../scheduling/business-date';
import { LeaderboardInput, PointsSettingsInput, RecognitionInput } from './inputs/points.input';
import { LeaderboardEntryOutput, LeaderboardOutput, MyPointsOutput, PointsSettingsOutput, RecognitionOutput } from './outputs/points.output';
import { DEFAULT_LEVELS, DEFAULT_POINT_VALUES, levelErrors, levelFor, type PointsLevel, type PointValues } from './points-settings';
import { LeaderboardRow, PointsRepository } from './points.repository';

const invalid = (errors: FieldError[]) => new DomainError('validation', ErrorCodes.validationFailed, 'The request has invalid fields', errors);
const EVENTS_SHOWN = 200;

/** Recognition points: HR's settings, a referrer's points and level, the opt-in leaderboard. */
@Injectable()
export class PointsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly points: PointsRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async settings(auth: Pick<AuthContext, 'organisationId'>): Promise<PointsSettingsOutput> {
    const stored = await this.points.settings(auth.organisationId);
    return {
      values: { ...(stored?.values ?? DEFAULT_POINT_VALUES) },
      levels: (stored?.levels ?? DEFAULT_LEVELS).map((l) => ({ threshold: l.threshold, nameNl: l.nameNl, nameEn: l.nameEn })),
      isDefault: !stored,
      updatedAt: stored ? new Date(stored.updatedAt).toISOString() : null,
    };
  }

  /** Replaces values and levels. New values apply to events from now on; points already awarded keep theirs. */
  async setSettings(auth: AuthContext, input: PointsSettingsInput): Promise<PointsSettingsOutput> {
    const errors = levelErrors(input.levels);
    if (errors.length) throw invalid(errors);
    const values: PointValues = { share: input.values.share, referral: input.values.referral, interview: input.values.interview, hire: input.values.hire };
    const levels: PointsLevel[] = input.levels.map((l) => ({ threshold: l.threshold, nameNl: l.nameNl, nameEn: l.nameEn }));
    await this.dataSource.transaction(async (tx) => {
      const previous = await this.points.settings(auth.organisationId, tx);
      await this.points.saveSettings(auth.organisationId, values, levels, auth.userId, this.clock.now(), tx);
      await this.audit.record(
        auth.organisationId,
        {
          actorUserId: auth.userId,
          action: 'points_settings.changed',
          subjectType: 'organisation',
          subjectId: auth.organisationId,
          data: { previous: previous ? { values: previous.values, levels: previous.levels } : null, values, levels },
        },
        tx,
      );
    });
    return this.settings(auth);
  }

  async mine(auth: AuthContext): Promise<MyPointsOutput> {
    const [total, rewardPoints, events, optIn, settings] = await Promise.all([
      this.points.total(auth.organisationId, auth.userId),
      this.points.rewardPoints(auth.organisationId, auth.userId),
      this.points.events(auth.organisationId, auth.userId, EVENTS_SHOWN),
      this.points.optIn(auth.organisationId, auth.userId),
      this.points.settings(auth.organisationId),
    ]);
    const { current, next } = levelFor(total, settings?.levels ?? DEFAULT_LEVELS);
    return {
      total,
      level: { index: current.index, threshold: current.threshold, nameNl: current.nameNl, nameEn: current.nameEn },
      nextLevel: next ? { threshold: next.threshold, nameNl: next.nameNl, nameEn: next.nameEn, pointsToGo: next.pointsToGo } : null,
      rewardPoints,
      leaderboardOptIn: optIn,
      events: events.map((e) => ({ kind: e.kind, points: e.points, at: new Date(e.at).toISOString(), subjectId: e.subjectId, vacancyTitle: e.vacancyTitle })),
    };
  }

  async leaderboard(auth: AuthContext, input: LeaderboardInput): Promise<LeaderboardOutput> {
    const today = businessDate(this.clock.now());
    const from = input.from ?? `${today.slice(0, 7)}-01`;
    const to = input.to ?? today;
    if (from > to) throw invalid([{ field: 'to', message: 'must not be before from' }]);
    const rows = await this.points.leaderboard(auth.organisationId, {
      from,
      to,
      programmeId: input.programmeId,
      department: input.department,
      limit: input.limit ?? 10,
      userId: auth.userId,
    });
    const entry = (r: LeaderboardRow): LeaderboardEntryOutput => ({ rank: r.rank, name: r.name, points: r.points, isYou: r.isYou });
    const limit = input.limit ?? 10;
    const mine = rows.find((r) => r.isYou);
    return {
      from,
      to,
      programmeId: input.programmeId ?? null,
      department: input.department ?? null,
      participants: rows[0]?.participants ?? 0,
      items: rows.filter((r) => r.position <= limit).map(entry),
      you: mine ? entry(mine) : null,
    };
  }

  async setRecognition(auth: AuthContext, input: RecognitionInput): Promise<RecognitionOutput> {
    await this.dataSource.transaction(async (tx) => {
      await this.points.setOptIn(auth.organisationId, auth.userId, input.leaderboardOptIn, this.clock.now(), tx);
      await this.audit.record(
        auth.organisationId,
        { actorUserId: auth.userId, action: 'user.leaderboard_opt_in_changed', subjectType: 'user', subjectId: auth.userId, data: { leaderboardOptIn: input.leaderboardOptIn } },
        tx,
      );
    });
    return { leaderboardOptIn: await this.points.optIn(auth.organisationId, auth.userId) };
  }
}
