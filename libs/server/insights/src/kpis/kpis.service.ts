import { Injectable } from '@nestjs/common';
import { Clock } from '@kring/server-config';
import type { OrganisationId } from '@kring/server-database';
import { HIRE_CHANNELS, notFound, PHASES } from '@kring/shared-domain';
import { addMonths, amsterdamToday, percent, perUnit, previousPeriod, resolvePeriod, roundTo, type KpiPeriod } from './kpi-period';
import type { KpiFilter, KpiMissing, KpiName, KpiUnit } from './kpi-names';
import { KpiScope, KpisRepository, type ParticipationCounts } from './kpis.repository';
import type { KpiQueryInput } from './inputs/kpi-query.input';
import type { KpiOutput, KpiRowOutput } from './outputs/kpi.output';

type Values = Record<string, number | null>;
interface Row {
  key: string;
  label?: string | null;
  values: Values;
}
/** What one KPI computes for one period. */
interface PeriodResult {
  figures: Values;
  tables: Record<string, Row[]>;
  missing: KpiMissing[];
}
interface TableSpec {
  key: string;
  columns: Array<[string, KpiUnit]>;
  /** Fill `previous` per row from the previous period (false for cohort tables, whose rows already are periods). */
  compare: boolean;
  /** Leave out rows that are zero or empty in both periods (e.g. channels that were never used). */
  dropEmpty: boolean;
}
interface KpiSpec {
  figures: Array<[string, KpiUnit]>;
  tables: TableSpec[];
  formula?: string;
  ignores?: KpiFilter[];
  compute(scope: KpiScope): Promise<PeriodResult>;
  /** Both periods at once (one statement), when cheaper than compute twice. */
  computePair?(now: KpiScope, before: KpiScope): Promise<[PeriodResult, PeriodResult]>;
}

const FUNNEL_STAGES = ['submitted', 'consented', 'interview', 'offer', 'hired'] as const;
const isOther = (channel: string) => channel !== 'referral';
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Mean with two decimals; null without values. */
const mean = (total: number, n: number) => (n ? roundTo(total / n, 2) : null);
/** Net promoter score: % promoters − % detractors, one decimal; null without answers. */
const nps = (promoters: number, detractors: number, n: number) => (n ? roundTo(((promoters - detractors) * 100) / n, 1) : null);
const round1 = (x: number | null) => (x === null ? null : roundTo(x, 1));

function participationResult(p: ParticipationCounts): PeriodResult {
  const row = (key: string, n: number) => ({ key, values: { referrers: n, share: percent(n, p.eligible) } });
  return {
    figures: { eligible: p.eligible, participants: p.participated, participation: percent(p.participated, p.eligible) },
    tables: { activities: [row('referred', p.referred), row('shared', p.shared), row('referredOrShared', p.participated)] },
    missing: p.eligible ? [] : ['no_eligible_referrers'],
  };
}

/**
 * The dashboard's KPIs. Each is defined once (figures, tables, formula, what it cannot filter) and computed for the
 * period and for the previous period of equal length; see docs/developer/insights-kpis.md for the exact definitions.
 */
@Injectable()
export class KpisService {
  constructor(
    private readonly repo: KpisRepository,
    private readonly clock: Clock,
  ) {}

  async get(organisationId: OrganisationId, name: KpiName, input: KpiQueryInput): Promise<KpiOutput> {
    const today = amsterdamToday(this.clock.now());
    const period = resolvePeriod(input, today);
    const programmeId = input.programmeId ?? null;
    if (programmeId && !(await this.repo.programmeExists(organisationId, programmeId))) throw notFound('Programme');
    const spec = this.specs[name];
    const scope = (p: KpiPeriod): KpiScope => ({ organisationId, period: p, programmeId, department: input.department ?? null, today });
    const previous = previousPeriod(period);
    const [now, before] = spec.computePair
      ? await spec.computePair(scope(period), scope(previous))
      : await Promise.all([spec.compute(scope(period)), spec.compute(scope(previous))]);
    return {
      kpi: name,
      period,
      previousPeriod: previous,
      figures: spec.figures.map(([key, unit]) => ({ key, unit, current: now.figures[key] ?? null, previous: before.figures[key] ?? null })),
      tables: spec.tables.map((t) => ({
        key: t.key,
        columns: t.columns.map(([key, unit]) => ({ key, unit })),
        rows: this.rows(t, now.tables[t.key] ?? [], before.tables[t.key] ?? []),
      })),
      formula: spec.formula ?? null,
      missing: [...new Set(now.missing)],
      ignoredFilters: (spec.ignores ?? []).filter((f) => input[f] !== undefined),
    };
  }

  private rows(t: TableSpec, now: Row[], before: Row[]): KpiRowOutput[] {
    const previous = new Map(before.map((r) => [r.key, r.values]));
    const filled = (v: Values | undefined): Values => Object.fromEntries(t.columns.map(([k]) => [k, v?.[k] ?? null]));
    const empty = (v: Values | undefined) => !v || Object.values(v).every((x) => x === null || x === 0);
    return now
      .filter((r) => !t.dropEmpty || !empty(r.values) || !empty(previous.get(r.key)))
      .map((r) => ({ key: r.key, label: r.label ?? null, values: filled(r.values), previous: t.compare ? filled(previous.get(r.key)) : null }));
  }

  private readonly specs: Record<KpiName, KpiSpec> = {
    'referral-funnel': {
      figures: [['submitted', 'count'], ['hired', 'count'], ['conversion', 'percent']],
      tables: [{ key: 'stages', columns: [['referrals', 'count'], ['fromPreviousStage', 'percent'], ['fromSubmitted', 'percent']], compare: true, dropEmpty: false }],
      formula: 'fromPreviousStage = referrals(stage) / referrals(previous stage) × 100; conversion = hired / submitted × 100',
      compute: async (s) => {
        const f = await this.repo.funnel(s);
        const rows = FUNNEL_STAGES.map((stage, i) => ({
          key: stage,
          values: { referrals: f[stage], fromPreviousStage: i ? percent(f[stage], f[FUNNEL_STAGES[i - 1]!]) : null, fromSubmitted: percent(f[stage], f.submitted) },
        }));
        return {
          figures: { submitted: f.submitted, hired: f.hired, conversion: percent(f.hired, f.submitted) },
          tables: { stages: rows },
          missing: f.submitted ? [] : ['no_referrals'],
        };
      },
    },

    participation: {
      figures: [['eligible', 'count'], ['participants', 'count'], ['participation', 'percent']],
      tables: [{ key: 'activities', columns: [['referrers', 'count'], ['share', 'percent']], compare: true, dropEmpty: false }],
      formula: 'participation = participants / eligible × 100',
      compute: async (s) => participationResult(await this.repo.participation(s)),
      computePair: async (now, before) => {
        const [a, b] = await this.repo.participationPair(now, before);
        return [participationResult(a), participationResult(b)];
      },
    },

    'source-of-hire': {
      figures: [['hires', 'count'], ['referralHires', 'count'], ['referralShare', 'percent']],
      tables: [{ key: 'channels', columns: [['hires', 'count'], ['share', 'percent']], compare: true, dropEmpty: true }],
      formula: 'share = hires(channel) / hires × 100',
      compute: async (s) => {
        const counts = new Map((await this.repo.hiresPerChannel(s)).map((c) => [c.channel, c.n]));
        const total = sum([...counts.values()]);
        const referral = counts.get('referral') ?? 0;
        return {
          figures: { hires: total, referralHires: referral, referralShare: percent(referral, total) },
          tables: { channels: HIRE_CHANNELS.map((c) => ({ key: c, values: { hires: counts.get(c) ?? 0, share: percent(counts.get(c) ?? 0, total) } })) },
          missing: this.hireGaps(total, total - referral),
        };
      },
    },

    'time-to-hire': {
      figures: [['referralMedianDays', 'days'], ['otherMedianDays', 'days'], ['allMedianDays', 'days']],
      tables: [{ key: 'channels', columns: [['hires', 'count'], ['withAppliedOn', 'count'], ['medianDays', 'days']], compare: true, dropEmpty: true }],
      compute: async (s) => {
        const groups = await this.repo.timeToHire(s);
        const g = new Map(groups.map((x) => [x.group, x]));
        const median = (key: string) => round1(g.get(key)?.median ?? null);
        const hires = g.get('*all')?.hires ?? 0;
        const dated = g.get('*all')?.n ?? 0;
        return {
          figures: { referralMedianDays: median('referral'), otherMedianDays: median('*other'), allMedianDays: median('*all') },
          tables: { channels: HIRE_CHANNELS.map((c) => ({ key: c, values: { hires: g.get(c)?.hires ?? 0, withAppliedOn: g.get(c)?.n ?? 0, medianDays: median(c) } })) },
          missing: [...this.hireGaps(hires, g.get('*other')?.hires ?? 0), ...(hires && !dated ? (['no_applied_dates'] as const) : [])],
        };
      },
    },

    'cost-per-hire': {
      figures: [['referralCostPerHire', 'cents'], ['otherCostPerHire', 'cents'], ['allCostPerHire', 'cents'], ['rewardCents', 'cents']],
      tables: [
        {
          key: 'channels',
          columns: [['hires', 'count'], ['costCents', 'cents'], ['rewardCents', 'cents'], ['totalCents', 'cents'], ['costPerHire', 'cents']],
          compare: true,
          dropEmpty: true,
        },
      ],
      formula: 'costPerHire = (costCents + rewardCents) / hires; costCents = Σ cost × days in period / days of the cost; rewardCents = reward money due in the period, not cancelled',
      compute: async (s) => {
        const [hires, costs, reward] = await Promise.all([this.repo.hiresPerChannel(s), this.repo.costs(s), this.repo.rewardMoney(s)]);
        const perDepartment = s.department !== null;
        const h = new Map(hires.map((x) => [x.channel, x.n]));
        const c = new Map(costs.rows.map((x) => [x.channel, x.cents]));
        const rows = HIRE_CHANNELS.map((ch) => {
          const costCents = perDepartment ? null : (c.get(ch) ?? 0);
          const rewardCents = ch === 'referral' ? reward : 0;
          const totalCents = costCents === null ? null : costCents + rewardCents;
          return { key: ch, values: { hires: h.get(ch) ?? 0, costCents, rewardCents, totalCents, costPerHire: perUnit(totalCents, h.get(ch) ?? 0) } };
        });
        const total = (pick: (ch: string) => boolean) => {
          const picked = rows.filter((r) => pick(r.key));
          const cents = perDepartment ? null : sum(picked.map((r) => r.values.totalCents ?? 0));
          return perUnit(cents, sum(picked.map((r) => r.values.hires)));
        };
        const allHires = sum(hires.map((x) => x.n));
        const otherHires = sum(hires.filter((x) => isOther(x.channel)).map((x) => x.n));
        return {
          figures: { referralCostPerHire: total((ch) => ch === 'referral'), otherCostPerHire: total(isOther), allCostPerHire: total(() => true), rewardCents: reward },
          tables: { channels: rows },
          missing: [...this.hireGaps(allHires, otherHires), ...this.costGaps(perDepartment, costs.any)],
        };
      },
    },

    'offer-acceptance': {
      figures: [['referralAcceptance', 'percent'], ['otherAcceptance', 'percent'], ['allAcceptance', 'percent'], ['decided', 'count']],
      tables: [{ key: 'channels', columns: [['made', 'count'], ['decided', 'count'], ['accepted', 'count'], ['acceptance', 'percent']], compare: true, dropEmpty: true }],
      formula: 'acceptance = accepted / decided × 100 (offers decided in the period)',
      compute: async (s) => {
        const offers = await this.repo.offers(s);
        const o = new Map(offers.map((x) => [x.channel, x]));
        const rate = (pick: (ch: string) => boolean) => {
          const picked = offers.filter((x) => pick(x.channel));
          return percent(sum(picked.map((x) => x.accepted)), sum(picked.map((x) => x.decided)));
        };
        return {
          figures: { referralAcceptance: rate((ch) => ch === 'referral'), otherAcceptance: rate(isOther), allAcceptance: rate(() => true), decided: sum(offers.map((x) => x.decided)) },
          tables: {
            channels: HIRE_CHANNELS.map((ch) => {
              const x = o.get(ch);
              return { key: ch, values: { made: x?.made ?? 0, decided: x?.decided ?? 0, accepted: x?.accepted ?? 0, acceptance: percent(x?.accepted ?? 0, x?.decided ?? 0) } };
            }),
          },
          missing: offers.length ? [] : ['no_offers'],
        };
      },
    },

    'quality-of-hire': {
      figures: [['referralMean6', 'rating'], ['otherMean6', 'rating'], ['referralMean12', 'rating'], ['otherMean12', 'rating']],
      tables: [{ key: 'channels', columns: [['ratings6', 'count'], ['mean6', 'rating'], ['ratings12', 'count'], ['mean12', 'rating']], compare: true, dropEmpty: true }],
      compute: async (s) => {
        const ratings = await this.repo.ratings(s);
        const agg = (pick: (ch: string) => boolean, months: number) => {
          const picked = ratings.filter((r) => pick(r.channel) && r.months === months);
          return { n: sum(picked.map((r) => r.n)), mean: mean(sum(picked.map((r) => r.sum)), sum(picked.map((r) => r.n))) };
        };
        const referral = (ch: string) => ch === 'referral';
        return {
          figures: { referralMean6: agg(referral, 6).mean, otherMean6: agg(isOther, 6).mean, referralMean12: agg(referral, 12).mean, otherMean12: agg(isOther, 12).mean },
          tables: {
            channels: HIRE_CHANNELS.map((ch) => {
              const [six, twelve] = [agg((c) => c === ch, 6), agg((c) => c === ch, 12)];
              return { key: ch, values: { ratings6: six.n, mean6: six.mean, ratings12: twelve.n, mean12: twelve.mean } };
            }),
          },
          missing: ratings.length ? [] : ['no_quality_ratings'],
        };
      },
    },

    retention: {
      figures: [
        ['referredHires1y', 'percent'],
        ['otherHires1y', 'percent'],
        ['referredHires2y', 'percent'],
        ['otherHires2y', 'percent'],
        ['referrers1y', 'percent'],
        ['nonReferrers1y', 'percent'],
        ['referrers2y', 'percent'],
        ['nonReferrers2y', 'percent'],
      ],
      tables: (['hires1y', 'hires2y', 'employees1y', 'employees2y'] as const).map((key) => ({
        key,
        columns: [
          ['focusStarted', 'count'],
          ['focusRetained', 'count'],
          ['focusRate', 'percent'],
          ['otherStarted', 'count'],
          ['otherRetained', 'count'],
          ['otherRate', 'percent'],
        ] as Array<[string, KpiUnit]>,
        compare: false,
        dropEmpty: true,
      })),
      formula: 'rate = retained / started × 100 over people whose 1st (2nd) anniversary falls in the period; focus = referred hires (hires tables) or referrers (employees tables)',
      compute: async (s) => {
        const [hires, employees] = await Promise.all([this.repo.hireRetention(s), this.repo.referrerRetention(s)]);
        const rate = (rows: typeof hires, horizon: number, focus: boolean) => {
          const picked = rows.filter((r) => r.horizon === horizon && r.focus === focus);
          return percent(sum(picked.map((r) => r.retained)), sum(picked.map((r) => r.started)));
        };
        const table = (rows: typeof hires, horizon: number): Row[] => {
          const cohorts = [...new Set(rows.filter((r) => r.horizon === horizon).map((r) => r.cohort))].sort();
          return cohorts.map((cohort) => {
            const f = rows.find((r) => r.horizon === horizon && r.cohort === cohort && r.focus);
            const o = rows.find((r) => r.horizon === horizon && r.cohort === cohort && !r.focus);
            return {
              key: cohort,
              values: {
                focusStarted: f?.started ?? 0,
                focusRetained: f?.retained ?? 0,
                focusRate: percent(f?.retained ?? 0, f?.started ?? 0),
                otherStarted: o?.started ?? 0,
                otherRetained: o?.retained ?? 0,
                otherRate: percent(o?.retained ?? 0, o?.started ?? 0),
              },
            };
          });
        };
        const missing: KpiMissing[] = [];
        if (!hires.length) missing.push('no_mature_cohorts');
        else if (!hires.some((r) => !r.focus)) missing.push('no_other_channel_hires');
        if (!employees.length) missing.push('no_employee_start_dates');
        return {
          figures: {
            referredHires1y: rate(hires, 1, true),
            otherHires1y: rate(hires, 1, false),
            referredHires2y: rate(hires, 2, true),
            otherHires2y: rate(hires, 2, false),
            referrers1y: rate(employees, 1, true),
            nonReferrers1y: rate(employees, 1, false),
            referrers2y: rate(employees, 2, true),
            nonReferrers2y: rate(employees, 2, false),
          },
          tables: { hires1y: table(hires, 1), hires2y: table(hires, 2), employees1y: table(employees, 1), employees2y: table(employees, 2) },
          missing,
        };
      },
    },

    'candidate-nps': {
      figures: [['nps', 'score'], ['responses', 'count'], ['promoters', 'percent'], ['detractors', 'percent'], ['sent', 'count']],
      tables: [
        {
          key: 'outcomes',
          columns: [['responses', 'count'], ['promoters', 'count'], ['passives', 'count'], ['detractors', 'count'], ['nps', 'score']],
          compare: true,
          dropEmpty: true,
        },
      ],
      formula: 'nps = (promoters (9–10) − detractors (0–6)) / responses × 100',
      compute: async (s) => {
        const { rows, sent } = await this.repo.surveys(s);
        const n = sum(rows.map((r) => r.n));
        const p = sum(rows.map((r) => r.promoters));
        const d = sum(rows.map((r) => r.detractors));
        return {
          figures: { nps: nps(p, d, n), responses: n, promoters: percent(p, n), detractors: percent(d, n), sent },
          tables: {
            outcomes: (['hired', 'rejected', 'withdrawn'] as const).map((outcome) => {
              const r = rows.find((x) => x.outcome === outcome);
              const rn = r?.n ?? 0;
              return {
                key: outcome,
                values: { responses: rn, promoters: r?.promoters ?? 0, passives: rn - (r?.promoters ?? 0) - (r?.detractors ?? 0), detractors: r?.detractors ?? 0, nps: nps(r?.promoters ?? 0, r?.detractors ?? 0, rn) },
              };
            }),
          },
          missing: n || sent ? [] : ['no_surveys'],
        };
      },
    },

    'phase-funnel': {
      figures: PHASES.map((p) => [p, 'count'] as [string, KpiUnit]),
      tables: [
        { key: 'phases', columns: [['people', 'count']], compare: true, dropEmpty: false },
        { key: 'movements', columns: PHASES.map((p) => [p, 'count'] as [string, KpiUnit]), compare: false, dropEmpty: false },
      ],
      ignores: ['programmeId', 'department'],
      compute: async (s) => {
        const [at, moves] = await Promise.all([this.repo.phasesAt(s.organisationId, s.period.to), this.repo.phaseMovements(s)]);
        const months: string[] = [];
        for (let m = `${s.period.from.slice(0, 7)}-01`; m <= s.period.to; m = addMonths(m, 1)) months.push(m.slice(0, 7));
        return {
          figures: Object.fromEntries(PHASES.map((p) => [p, at.get(p) ?? 0])),
          tables: {
            phases: PHASES.map((p) => ({ key: p, values: { people: at.get(p) ?? 0 } })),
            movements: months.map((month) => ({
              key: month,
              values: Object.fromEntries(PHASES.map((p) => [p, moves.find((x) => x.month === month && x.phase === p)?.n ?? 0])),
            })),
          },
          missing: [],
        };
      },
    },

    'newsletter-engagement': {
      figures: [
        ['sent', 'count'],
        ['failed', 'count'],
        ['delivered', 'count'],
        ['bounced', 'count'],
        ['unsubscribed', 'count'],
        ['opened', 'count'],
        ['clicked', 'count'],
        ['deliveryRate', 'percent'],
        ['openRate', 'percent'],
        ['clickRate', 'percent'],
        ['unsubscribeRate', 'percent'],
      ],
      tables: [
        {
          key: 'newsletters',
          columns: [['sent', 'count'], ['failed', 'count'], ['delivered', 'count'], ['bounced', 'count'], ['unsubscribed', 'count'], ['opened', 'count'], ['clicked', 'count']],
          compare: true,
          dropEmpty: false,
        },
      ],
      formula: 'delivered = sent − bounced; deliveryRate = delivered / (sent + failed) × 100; openRate, clickRate, unsubscribeRate = x / delivered × 100',
      ignores: ['department'],
      compute: async (s) => {
        const [rows, tracking] = await Promise.all([this.repo.newsletters(s), this.repo.mailTracking(s.organisationId)]);
        const t = (n: number) => (tracking ? n : null);
        const values = (r: { sent: number; failed: number; bounced: number; unsubscribed: number; opened: number; clicked: number }): Values => ({
          sent: r.sent,
          failed: r.failed,
          delivered: r.sent - r.bounced,
          bounced: r.bounced,
          unsubscribed: r.unsubscribed,
          opened: t(r.opened),
          clicked: t(r.clicked),
        });
        const total = {
          sent: sum(rows.map((r) => r.sent)),
          failed: sum(rows.map((r) => r.failed)),
          bounced: sum(rows.map((r) => r.bounced)),
          unsubscribed: sum(rows.map((r) => r.unsubscribed)),
          opened: sum(rows.map((r) => r.opened)),
          clicked: sum(rows.map((r) => r.clicked)),
        };
        const delivered = total.sent - total.bounced;
        const missing: KpiMissing[] = [];
        if (!rows.length) missing.push('no_newsletters');
        if (!tracking) missing.push('tracking_off');
        return {
          figures: {
            ...values(total),
            deliveryRate: percent(delivered, total.sent + total.failed),
            openRate: tracking ? percent(total.opened, delivered) : null,
            clickRate: tracking ? percent(total.clicked, delivered) : null,
            unsubscribeRate: percent(total.unsubscribed, delivered),
          },
          tables: { newsletters: rows.map((r) => ({ key: r.id, label: r.name, values: values(r) })) },
          missing,
        };
      },
    },

    'job-alert-engagement': {
      figures: [['sent', 'count'], ['failed', 'count'], ['pending', 'count'], ['bounced', 'count'], ['unsubscribed', 'count'], ['subscriptions', 'count']],
      tables: [{ key: 'kinds', columns: [['sent', 'count'], ['failed', 'count'], ['pending', 'count']], compare: true, dropEmpty: false }],
      ignores: ['programmeId', 'department'],
      compute: async (s) => {
        const [alerts, subscriptions] = await Promise.all([this.repo.jobAlerts(s), this.repo.jobAlertSubscriptions(s.organisationId)]);
        const kinds = (['job_alert_instant', 'job_alert_digest'] as const).map((kind) => {
          const r = alerts.rows.find((x) => x.kind === kind);
          return { key: kind === 'job_alert_instant' ? 'instant' : 'digest', values: { sent: r?.sent ?? 0, failed: r?.failed ?? 0, pending: r?.pending ?? 0 } };
        });
        return {
          figures: {
            sent: sum(alerts.rows.map((r) => r.sent)),
            failed: sum(alerts.rows.map((r) => r.failed)),
            pending: sum(alerts.rows.map((r) => r.pending)),
            bounced: alerts.bounced,
            unsubscribed: alerts.unsubscribed,
            // Subscriptions are a count of today, the same for both periods.
            subscriptions,
          },
          tables: { kinds },
          missing: alerts.rows.length || subscriptions ? [] : ['no_job_alerts'],
        };
      },
    },

    roi: {
      figures: [
        ['roi', 'percent'],
        ['referralHires', 'count'],
        ['investmentCents', 'cents'],
        ['referralCostPerHire', 'cents'],
        ['otherCostPerHire', 'cents'],
        ['savingsCents', 'cents'],
      ],
      tables: [
        {
          key: 'programmes',
          columns: [
            ['referralHires', 'count'],
            ['rewardCents', 'cents'],
            ['costCents', 'cents'],
            ['investmentCents', 'cents'],
            ['referralCostPerHire', 'cents'],
            ['otherCostPerHire', 'cents'],
            ['savingsCents', 'cents'],
            ['roi', 'percent'],
          ],
          compare: true,
          dropEmpty: true,
        },
      ],
      formula:
        'roi = (savingsCents − investmentCents) / investmentCents × 100; savingsCents = (otherCostPerHire − referralCostPerHire) × referralHires; ' +
        'investmentCents = rewardCents + costCents (costs bound to the programme); referralCostPerHire = investmentCents / referralHires; ' +
        'otherCostPerHire = costs of the other channels / their hires',
      compute: async (s) => {
        const [programmes, other] = await Promise.all([this.repo.programmeInvestments(s), this.repo.otherChannels(s)]);
        const perDepartment = s.department !== null;
        const otherCostPerHire = perDepartment || !other.anyCost ? null : perUnit(other.costCents, other.hires);
        const roiOf = (hires: number, rewardCents: number, costCents: number): Values => {
          const cost = perDepartment ? null : costCents;
          const investmentCents = cost === null ? null : rewardCents + cost;
          const referralCostPerHire = perUnit(investmentCents, hires);
          const savingsCents = otherCostPerHire === null || referralCostPerHire === null ? null : (otherCostPerHire - referralCostPerHire) * hires;
          const roi = savingsCents === null || !investmentCents ? null : roundTo(((savingsCents - investmentCents) * 100) / investmentCents, 1);
          return { referralHires: hires, rewardCents, costCents: cost, investmentCents, referralCostPerHire, otherCostPerHire, savingsCents, roi };
        };
        const total = roiOf(sum(programmes.map((p) => p.hires)), sum(programmes.map((p) => p.rewardCents)), sum(programmes.map((p) => p.costCents)));
        const missing: KpiMissing[] = [];
        if (!programmes.length) missing.push('no_programmes');
        if (!other.hires) missing.push('no_other_channel_hires');
        missing.push(...this.costGaps(perDepartment, other.anyCost));
        return {
          figures: total,
          tables: { programmes: programmes.map((p) => ({ key: p.id, label: p.name, values: roiOf(p.hires, p.rewardCents, p.costCents) })) },
          missing,
        };
      },
    },
  };

  private hireGaps(hires: number, otherHires: number): KpiMissing[] {
    if (!hires) return ['no_hires'];
    return otherHires ? [] : ['no_other_channel_hires'];
  }

  private costGaps(perDepartment: boolean, anyCost: boolean): KpiMissing[] {
    if (perDepartment) return ['costs_not_per_department'];
    return anyCost ? [] : ['no_costs'];
  }
}

