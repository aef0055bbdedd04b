import { describe, expect, it } from 'vitest';
import { amsterdamToday, filtersFromSearchParams, filtersToSearchParams, kpiQuery, resolvePeriod } from './period';

describe('dashboard period and filters', () => {
  it('turns presets into explicit days, the last N months ending today (12 months = the API default)', () => {
    const today = '2026-11-20';
    expect(resolvePeriod({ preset: '12m' }, today)).toEqual({ from: '2025-11-21', to: '2026-11-20' });
    expect(resolvePeriod({ preset: '6m' }, today)).toEqual({ from: '2026-05-21', to: '2026-11-20' });
    expect(resolvePeriod({ preset: '3m' }, today)).toEqual({ from: '2026-08-21', to: '2026-11-20' });
    expect(resolvePeriod({ preset: 'year' }, today)).toEqual({ from: '2026-01-01', to: '2026-11-20' });
    // 31 May minus 3 months is clamped to 28 February, plus a day.
    expect(resolvePeriod({ preset: '3m' }, '2026-05-31')).toEqual({ from: '2026-03-01', to: '2026-05-31' });
    expect(resolvePeriod({ preset: 'custom', from: '2026-01-01', to: '2026-03-31' }, today)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    // A reversed or half custom period falls back to the default rather than asking the API a question it refuses.
    expect(resolvePeriod({ preset: 'custom', from: '2026-04-01', to: '2026-03-31' }, today)).toEqual({ from: '2025-11-21', to: '2026-11-20' });
  });

  it('reads today on Amsterdam time', () => {
    expect(amsterdamToday(new Date('2026-06-29T23:30:00Z'))).toBe('2026-06-30');
    expect(amsterdamToday(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });

  it('round-trips the URL, leaving defaults out and ignoring what is not valid', () => {
    const params = new URLSearchParams('period=custom&from=2026-01-01&to=2026-02-30&programme=p-1&department=%20Zorg%20');
    const filters = filtersFromSearchParams(params);
    expect(filters).toEqual({ preset: 'custom', from: '2026-01-01', programmeId: 'p-1', department: 'Zorg' });
    expect(filtersToSearchParams(filters).toString()).toBe('period=custom&from=2026-01-01&programme=p-1&department=Zorg');
    expect(filtersFromSearchParams(new URLSearchParams('period=forever&from=2026-01-01'))).toEqual({ preset: '12m' });
    expect(filtersToSearchParams({ preset: '12m' }).toString()).toBe('');
    expect(kpiQuery({ preset: 'year', department: 'Zorg' }, '2026-11-20')).toEqual({ from: '2026-01-01', to: '2026-11-20', department: 'Zorg' });
  });
});

describe('custom period limits', () => {
  it('falls back to the default for a period over five years (1827 days), which the API refuses', () => {
    expect(resolvePeriod({ preset: 'custom', from: '2021-11-20', to: '2026-11-20' }, '2026-11-20')).toEqual({ from: '2021-11-20', to: '2026-11-20' });
    expect(resolvePeriod({ preset: 'custom', from: '2021-11-19', to: '2026-11-20' }, '2026-11-20')).toEqual({ from: '2025-11-21', to: '2026-11-20' });
  });
});
