import { monthSlices } from './kpis.repository';

describe('monthSlices: a period as whole months plus edge days', () => {
  it('splits a period into the days before, the whole months and the days after', () => {
    // 4 July – 31 December: days 4–31 July, then August up to and including December.
    expect(monthSlices('2025-07-04', '2025-12-31')).toEqual({ m1: '2025-08-01', m2: '2026-01-01' });
    // 16 July 2025 – 15 July 2026: whole months August 2025 – June 2026.
    expect(monthSlices('2025-07-16', '2026-07-15')).toEqual({ m1: '2025-08-01', m2: '2026-07-01' });
    // A leap-year February as the only whole month.
    expect(monthSlices('2024-01-31', '2024-03-01')).toEqual({ m1: '2024-02-01', m2: '2024-03-01' });
  });

  it('reads only days when no whole month fits', () => {
    // m1 = m2 = the day after the period: the head covers every day, the month and tail ranges are empty.
    expect(monthSlices('2026-03-02', '2026-03-31')).toEqual({ m1: '2026-04-01', m2: '2026-04-01' });
    expect(monthSlices('2026-01-15', '2026-02-14')).toEqual({ m1: '2026-02-15', m2: '2026-02-15' });
    expect(monthSlices('2026-03-01', '2026-03-01')).toEqual({ m1: '2026-03-02', m2: '2026-03-02' });
  });
});
