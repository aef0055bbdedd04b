import { planDemoInsights } from './demo-insights-plan';

describe('the demo story of the HR dashboard (plan)', () => {
  const now = new Date('2026-11-22T08:30:00Z');

  it('is the same story for the same moment, and moves along with a later one', () => {
    expect(planDemoInsights(now, new Set())).toEqual(planDemoInsights(new Date(now), new Set()));
    const later = planDemoInsights(new Date('2027-07-10T08:30:00Z'), new Set());
    expect(later.action.name).toBe('Zomeractie wijkzorg 2026');
    expect(planDemoInsights(now, new Set()).action.name).toBe('Zomeractie wijkzorg 2025');
  });

  it('never reuses the name of someone who exists already', () => {
    const first = planDemoInsights(now, new Set());
    const taken = new Set([`${first.people[0]!.firstName}|${first.people[0]!.lastName}`]);
    const names = planDemoInsights(now, taken).people.map((p) => `${p.firstName}|${p.lastName}`);
    expect(names).not.toContain([...taken][0]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('tells every history in order and in the past: phases, referral stages, hires and offers', () => {
    const plan = planDemoInsights(now, new Set());
    for (const p of plan.people) {
      let previous = p.createdDaysAgo;
      let phase: string = p.initialPhase;
      for (const move of p.moves) {
        expect(move.daysAgo).toBeLessThan(previous);
        expect(move.from).toBe(phase);
        previous = move.daysAgo;
        phase = move.to;
      }
      // Hired people have started (nobody waits in `entry` without a preboarding checklist).
      if (p.startDaysAgo !== null) expect(p.startDaysAgo).toBeGreaterThan(0);
      expect(phase).not.toBe('entry');
    }
    for (const r of plan.referrals) {
      let previous = r.createdDaysAgo;
      for (const s of r.stages) {
        expect(s.daysAgo).toBeLessThan(previous);
        expect(s.daysAgo).toBeGreaterThanOrEqual(1);
        previous = s.daysAgo;
      }
    }
    for (const h of plan.hires) {
      expect(h.appliedDaysAgo).toBeGreaterThan(h.hiredDaysAgo);
      expect(h.hiredDaysAgo).toBeGreaterThan(h.startDaysAgo);
      if (h.leftDaysAgo !== null) expect(h.leftDaysAgo).toBeLessThan(h.startDaysAgo);
      expect(plan.offers.filter((o) => o.hire === h.key && o.outcome === 'accepted')).toHaveLength(1);
    }
  });
});
