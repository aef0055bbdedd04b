import { addDays, addYears, amsterdamDay, amsterdamMidnight, CalendarDayError, dueOn, isCalendarDay, isOverdue, linkExpiresAt, shouldNudge, startDateRange } from './due-dates';

describe('preboarding due dates', () => {
  it('counts calendar days from the start date, across the spring and autumn clock changes', () => {
    expect(dueOn('2027-03-29', -14)).toBe('2027-03-15'); // clocks went forward on 28 March
    expect(dueOn('2027-03-29', -1)).toBe('2027-03-28');
    expect(dueOn('2027-10-31', -7)).toBe('2027-10-24'); // clocks go back on 31 October
    expect(dueOn('2027-10-29', 5)).toBe('2027-11-03');
    expect(dueOn('2028-03-01', -1)).toBe('2028-02-29'); // leap day
    expect(addDays('2027-12-30', 3)).toBe('2028-01-02');
    expect(() => addDays('29-03-2027', 1)).toThrow('not a calendar day');
  });

  it('counts by day number and refuses days outside the years 1-9999 with a coded error instead of an Invalid Date', () => {
    expect(addDays('1970-01-01', 0)).toBe('1970-01-01');
    expect(addDays('1969-12-31', 1)).toBe('1970-01-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29'); // divisible by 400: leap
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01'); // divisible by 100: not
    expect(addDays('0999-12-31', 1)).toBe('1000-01-01');
    expect(addDays('9999-12-01', 30)).toBe('9999-12-31');
    expect(() => addDays('9999-12-31', 1)).toThrow(CalendarDayError);
    expect(() => addDays('0001-01-01', -1)).toThrow(CalendarDayError);
    expect(() => linkExpiresAt('9999-12-31')).toThrow(expect.objectContaining({ code: 'preboarding_calendar_day_invalid' }));
    expect(() => addDays('2027-02-29', 1)).toThrow('not a calendar day');
  });

  it('knows real calendar days and the start-date range', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    for (const bad of ['2027-02-29', '2027-04-31', '2027-13-01', '0000-01-01', '2027-W10', '20270406', '-2000-01-01', '2027-04-05T00:00:00Z', 20270406]) {
      expect(isCalendarDay(bad)).toBe(false);
    }
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(startDateRange('2027-03-10')).toEqual({ min: '2026-03-10', max: '2029-03-10' });
  });

  it('takes today as the Amsterdam calendar day', () => {
    expect(amsterdamDay(new Date('2027-03-28T21:59:00Z'))).toBe('2027-03-28'); // 23:59 CEST
    expect(amsterdamDay(new Date('2027-03-28T22:00:00Z'))).toBe('2027-03-29');
    expect(amsterdamDay(new Date('2027-01-10T22:59:00Z'))).toBe('2027-01-10'); // 23:59 CET
    expect(amsterdamDay(new Date('2027-01-10T23:00:00Z'))).toBe('2027-01-11');
  });

  it('ends the link at Amsterdam midnight after start + 30 days, summer or winter', () => {
    expect(amsterdamMidnight('2027-03-29')).toEqual(new Date('2027-03-28T22:00:00Z'));
    expect(amsterdamMidnight('2027-03-28')).toEqual(new Date('2027-03-27T23:00:00Z'));
    expect(linkExpiresAt('2027-03-29')).toEqual(new Date('2027-04-28T22:00:00Z'));
    expect(linkExpiresAt('2027-01-04')).toEqual(new Date('2027-02-03T23:00:00Z'));
  });

  it('calls a task overdue only after its due day, and nudges at most every three days', () => {
    const task = { dueOn: '2027-03-15', doneAt: null, nudgedAt: null as Date | null };
    expect(isOverdue(task, '2027-03-15')).toBe(false);
    expect(isOverdue(task, '2027-03-16')).toBe(true);
    expect(isOverdue({ ...task, doneAt: new Date() }, '2027-03-20')).toBe(false);
    expect(shouldNudge(task, new Date('2027-03-15T21:00:00Z'))).toBe(false); // 22:00 on the due day
    expect(shouldNudge(task, new Date('2027-03-15T23:30:00Z'))).toBe(true); // 00:30 the day after
    const nudged = { ...task, nudgedAt: new Date('2027-03-16T07:00:00Z') };
    expect(shouldNudge(nudged, new Date('2027-03-18T22:59:00Z'))).toBe(false); // still 18 March
    expect(shouldNudge(nudged, new Date('2027-03-18T23:00:00Z'))).toBe(true); // 19 March
    expect(shouldNudge({ ...nudged, doneAt: new Date() }, new Date('2027-03-25T08:00:00Z'))).toBe(false);
    // A checklist created today (a late hire): the welcome mail lists the overdue tasks, the nudge waits a day.
    expect(shouldNudge(task, new Date('2027-03-20T08:00:00Z'), new Date('2027-03-20T07:00:00Z'))).toBe(false);
    expect(shouldNudge(task, new Date('2027-03-20T23:30:00Z'), new Date('2027-03-20T07:00:00Z'))).toBe(true);
  });
});
