import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, OrganisationId, PhasesRepository, Tx } from '@kring/server-database';
import { FilesService } from '@kring/server-storage';
import { dayYearsFrom, DomainError, ErrorCodes, isCalendarDay, notFound, OUTCOME_STAGES, type Locale, type Stage } from '@kring/shared-domain';
import { ReferralEntity } from '../entities/referral.entity';
import { CandidateTokensRepository } from '../referrals/candidate-tokens.repository';
import { ReferralNotifier } from '../referrals/referral-notifier';
import { ReferralsRepository } from '../referrals/referrals.repository';
import { BulkRejectInput, ListReferralsInput, MoveReferralInput, RecordConsentInput, StageNamesInput } from './inputs/pipeline.input';
import {
  BulkRejectOutput,
  MyReferralListOutput,
  ReferralDetailOutput,
  ReferralListOutput,
  ReferralSummaryOutput,
  RefusedReferralOutput,
  StageNamesOutput,
} from './outputs/referral.output';
import { PipelineRepository, ReferralRow } from './pipeline.repository';
import { StageNamesRepository } from './stage-names';

export interface Actor {
  organisationId: OrganisationId;
  userId: string;
}

const isOutcome = (stage: Stage) => (OUTCOME_STAGES as readonly string[]).includes(stage);
const invalidMove = (message: string, field?: string) =>
  new DomainError('conflict', ErrorCodes.invalidStageChange, message, field ? [{ field, message }] : []);

/** HR works the pipeline: sees referrals (personal data only after consent), moves them, decides. */
@Injectable()
export class PipelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pipeline: PipelineRepository,
    private readonly referrals: ReferralsRepository,
    private readonly tokens: CandidateTokensRepository,
    private readonly stageNames: StageNamesRepository,
    private readonly notifier: ReferralNotifier,
    private readonly files: FilesService,
    private readonly audit: AuditRepository,
    private readonly phases: PhasesRepository,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, input: ListReferralsInput): Promise<ReferralListOutput> {
    const { items, total, countsByStage } = await this.pipeline.list(
      actor.organisationId,
      {
        stage: input.stage,
        consentState: input.consentState,
        liveOnly: !input.consentState,
        vacancyId: input.vacancyId,
        programmeId: input.programmeId,
        q: input.q?.trim() || undefined,
      },
      { limit: input.limit ?? 50, offset: input.offset ?? 0 },
    );
    return { items: items.map(summary), total, countsByStage };
  }

  async get(actor: Actor, id: string): Promise<ReferralDetailOutput> {
    const row = await this.pipeline.detail(actor.organisationId, id);
    if (!row) throw notFound('Referral');
    const history = await this.pipeline.eventsWithActors(actor.organisationId, [id]);
    const visible = row.consentState === 'consented';
    // Phone-only candidates are asked for consent by phone, so HR needs the number before consent.
    const phoneOnly = row.consentState === 'awaiting_consent' && !row.candidateEmail;
    return {
      ...summary(row),
      candidateEmail: visible ? row.candidateEmail : null,
      candidatePhone: visible || phoneOnly ? row.candidatePhone : null,
      relationship: visible ? row.relationship : null,
      motivation: visible ? row.motivation : null,
      candidateNote: visible ? row.candidateNote : null,
      candidateInformed: row.candidateInformed,
      cv: visible && row.cvFileName ? { fileName: row.cvFileName, sizeBytes: row.cvSizeBytes!, contentType: row.cvContentType! } : null,
      rejectionReason: row.rejectionReason,
      rejectionReasonShareable: row.rejectionReasonShareable,
      startDate: row.startDate,
      probationMonths: row.probationMonths,
      consentDueAt: new Date(row.consentDueAt).toISOString(),
      history: history.map((e) => ({ kind: e.kind, from: e.from, to: e.to, at: new Date(e.at).toISOString(), actorName: e.actorName, note: e.note })),
    };
  }

  async cv(actor: Actor, id: string): Promise<{ fileName: string; contentType: string; data: Buffer }> {
    const referral = await this.referrals.findById(actor.organisationId, id);
    if (!referral || referral.consentState !== 'consented' || !referral.cvFileId) throw notFound('CV');
    const { file, data } = await this.files.read(actor.organisationId, referral.cvFileId);
    await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'referral.cv_downloaded', subjectType: 'referral', subjectId: id });
    return { fileName: file.originalName, contentType: file.contentType, data };
  }

  async move(actor: Actor, id: string, input: MoveReferralInput): Promise<ReferralDetailOutput> {
    await this.dataSource.transaction(async (tx) => {
      const referral = await this.referrals.findForUpdate(actor.organisationId, id, tx);
      if (!referral) throw notFound('Referral');
      await this.apply(tx, actor, referral, input);
    });
    return this.get(actor, id);
  }

  /**
   * HR records consent the candidate gave another way (phone-only candidates cannot get the consent mail).
   * The note says how and when; it is kept in the history and the audit log.
   */
  async recordConsent(actor: Actor, id: string, input: RecordConsentInput): Promise<ReferralDetailOutput> {
    await this.dataSource.transaction(async (tx) => {
      const referral = await this.referrals.findForUpdate(actor.organisationId, id, tx);
      if (!referral) throw notFound('Referral');
      if (referral.consentState !== 'awaiting_consent') throw invalidMove('The candidate already decided', 'consent');
      const now = this.clock.now();
      await this.referrals.update(actor.organisationId, id, { consentState: 'consented', consentDecidedAt: now }, tx);
      await this.tokens.useAll(actor.organisationId, id, now, tx);
      await this.referrals.addEvent(actor.organisationId, { referralId: id, kind: 'consent', fromValue: 'awaiting_consent', toValue: 'consented', actorUserId: actor.userId, note: input.note }, tx);
      const ctx = (await this.referrals.context(actor.organisationId, id, tx))!;
      await this.notifier.toReferrer(tx, actor.organisationId, ctx, 'consented');
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'referral.consent_recorded', subjectType: 'referral', subjectId: id, data: { note: input.note } }, tx);
    });
    return this.get(actor, id);
  }

  async bulkReject(actor: Actor, input: BulkRejectInput): Promise<BulkRejectOutput> {
    const result: BulkRejectOutput = { rejected: [], skipped: [] };
    await this.dataSource.transaction(async (tx) => {
      for (const id of [...input.ids].sort()) {
        const referral = await this.referrals.findForUpdate(actor.organisationId, id, tx);
        if (!referral) throw notFound('Referral');
        if (referral.consentState !== 'consented' || isOutcome(referral.stage)) {
          result.skipped.push(id);
          continue;
        }
        await this.apply(tx, actor, referral, { stage: 'rejected', rejectionReason: input.reason, rejectionReasonShareable: input.shareable });
        result.rejected.push(id);
      }
    });
    return result;
  }

  async mine(actor: Actor, locale: Locale): Promise<MyReferralListOutput> {
    const { items } = await this.pipeline.list(actor.organisationId, { referrerUserId: actor.userId }, { limit: 200, offset: 0 });
    const names = await this.stageNames.get(actor.organisationId);
    const events = await this.pipeline.eventsWithActors(actor.organisationId, items.map((i) => i.id));
    return {
      items: items.map((row) => ({
        id: row.id,
        candidateName: row.candidateName,
        vacancy: row.vacancyId ? { id: row.vacancyId, name: row.vacancyTitle ?? '' } : null,
        stage: row.stage,
        stageName: names[locale][row.stage],
        consentState: row.consentState,
        rejectionReason: row.rejectionReasonShareable ? row.rejectionReason : null,
        createdAt: new Date(row.createdAt).toISOString(),
        timeline: events.filter((e) => e.referralId === row.id).map((e) => ({ kind: e.kind, from: e.from, to: e.to, at: new Date(e.at).toISOString() })),
      })),
    };
  }

  async refused(actor: Actor): Promise<RefusedReferralOutput[]> {
    const rows = await this.pipeline.refused(actor.organisationId, 200);
    return rows.map((r) => ({
      id: r.id,
      referrer: { id: r.referrerUserId, name: r.referrerName },
      vacancy: r.vacancyId ? { id: r.vacancyId, name: r.vacancyTitle ?? '' } : null,
      reason: r.reason,
      existingReferralId: r.existingReferralId,
      createdAt: new Date(r.createdAt).toISOString(),
    }));
  }

  async stageNamesOf(actor: Actor): Promise<StageNamesOutput> {
    return this.stageNames.get(actor.organisationId);
  }

  async setStageNames(actor: Actor, input: StageNamesInput): Promise<StageNamesOutput> {
    await this.stageNames.set(actor.organisationId, input.names);
    await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'pipeline.stage_names_changed', subjectType: 'organisation', subjectId: actor.organisationId });
    return this.stageNames.get(actor.organisationId);
  }

  /** One stage change: rules, the row, its history, the hire's person, and the mails, in the caller's transaction. */
  private async apply(tx: Tx, actor: Actor, referral: ReferralEntity, input: MoveReferralInput): Promise<void> {
    if (referral.consentState !== 'consented') throw invalidMove("The candidate has not consented yet, so the referral cannot move", 'stage');
    if (isOutcome(referral.stage)) throw invalidMove(`The referral was already closed as ${referral.stage}`, 'stage');
    if (input.stage === referral.stage) throw invalidMove(`The referral is already in ${referral.stage}`, 'stage');
    const now = this.clock.now();
    if (input.stage === 'hired') {
      const missing = [
        ...(input.startDate ? [] : [{ field: 'startDate', message: 'is required when hiring' }]),
        ...(input.probationMonths === undefined ? [{ field: 'probationMonths', message: 'is required when hiring' }] : []),
      ];
      if (missing.length) throw new DomainError('validation', ErrorCodes.validationFailed, 'A hire needs a start date and a probation period', missing);
      // Preboarding, reward milestones and the move to employment all compute from this day: keep it plausible.
      const [earliest, latest] = [dayYearsFrom(now, -1), dayYearsFrom(now, 2)];
      if (!isCalendarDay(input.startDate) || input.startDate < earliest || input.startDate > latest) {
        throw new DomainError('validation', ErrorCodes.validationFailed, 'The start date is not plausible', [
          { field: 'startDate', message: `must be a day between ${earliest} and ${latest}` },
        ]);
      }
    }
    const rejected = input.stage === 'rejected';
    await this.referrals.update(
      actor.organisationId,
      referral.id,
      {
        stage: input.stage,
        stageChangedAt: now,
        ...(rejected ? { rejectionReason: input.rejectionReason ?? null, rejectionReasonShareable: input.rejectionReasonShareable ?? false } : {}),
        ...(input.stage === 'hired' ? { startDate: input.startDate!, probationMonths: input.probationMonths!, hiredPersonId: referral.candidatePersonId } : {}),
      },
      tx,
    );
    await this.referrals.addEvent(actor.organisationId, { referralId: referral.id, kind: 'stage', fromValue: referral.stage, toValue: input.stage, actorUserId: actor.userId, note: input.note ?? null }, tx);
    if (input.stage === 'hired' && referral.candidatePersonId) {
      // ERM: a hired referral enters the "entry" phase (preboarding) until the start date (a former employee
      // coming back is marked a boomerang by the move). Preboarding picks up people in `entry` with a start date.
      await tx.query(`UPDATE people SET start_date = $3 WHERE organisation_id = $1 AND id = $2`, [actor.organisationId, referral.candidatePersonId, input.startDate]);
      await this.phases.move(actor.organisationId, [referral.candidatePersonId], { to: 'entry', cause: 'referral_hired', at: now, actorUserId: actor.userId }, tx);
    }
    const ctx = (await this.referrals.context(actor.organisationId, referral.id, tx))!;
    const shared = rejected && input.rejectionReasonShareable ? (input.rejectionReason ?? null) : null;
    const update = isOutcome(input.stage) ? (input.stage as 'hired' | 'rejected' | 'withdrawn') : 'stage';
    await this.notifier.toReferrer(tx, actor.organisationId, ctx, update, { stage: input.stage, reason: shared });
    if (input.stage === 'hired' || input.stage === 'rejected') await this.notifier.toCandidate(tx, actor.organisationId, ctx, input.stage, shared);
    await this.audit.record(
      actor.organisationId,
      { actorUserId: actor.userId, action: 'referral.stage_changed', subjectType: 'referral', subjectId: referral.id, data: { from: referral.stage, to: input.stage } },
      tx,
    );
  }
}

function summary(row: ReferralRow): ReferralSummaryOutput {
  return {
    id: row.id,
    stage: row.stage,
    consentState: row.consentState,
    candidateName: row.candidateName,
    vacancy: row.vacancyId ? { id: row.vacancyId, name: row.vacancyTitle ?? '' } : null,
    programme: { id: row.programmeId, name: row.programmeName },
    referrer: { id: row.referrerUserId, name: row.referrerName },
    source: row.source,
    createdAt: new Date(row.createdAt).toISOString(),
    stageChangedAt: new Date(row.stageChangedAt).toISOString(),
  };
}
