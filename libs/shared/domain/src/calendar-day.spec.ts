import { dayYearsFrom, isCalendarDay } from './calendar-day';

describe('calendar days', () => {
  it('accepts real YYYY-MM-DD days only', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    for (const bad of ['2027-02-29', '2027-13-01', '2027-W10', '20270406', '2027-04-05T00:00:00Z', '-2000-01-01', '0999-01-01', '', 42, null]) {
      expect(isCalendarDay(bad)).toBe(false);
    }
  });

  it('shifts by whole years, clamping 29 February', () => {
    expect(dayYearsFrom(new Date('2026-11-21T23:30:00Z'), 2)).toBe('2028-11-21');
    expect(dayYearsFrom(new Date('2028-02-29T12:00:00Z'), -1)).toBe('2027-02-28');
  });
});
