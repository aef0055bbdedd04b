import { officeTime } from './demo-erm-time';

const local = (at: Date) => new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' }).format(at).replace(', ', ' ');

describe('demo office times', () => {
  it('falls on the given day during office hours in Amsterdam, winter and summer', () => {
    const night = new Date('2026-11-22T01:42:00Z'); // 02:42 in Amsterdam
    expect(local(officeTime(night, 3, 10, 15))).toBe('19-11-2026 10:15');
    expect(local(officeTime(night, 150, 14, 0))).toBe('25-06-2026 14:00'); // summer time
    for (let days = 1; days < 400; days += 7) {
      const hour = Number(local(officeTime(night, days)).slice(-5, -3));
      expect(hour).toBeGreaterThanOrEqual(9);
      expect(hour).toBeLessThanOrEqual(16);
    }
  });

  it('is never in the future', () => {
    const morning = new Date('2026-11-22T07:00:00Z'); // 08:00 in Amsterdam
    expect(local(officeTime(morning, 0, 15, 0))).toBe('21-11-2026 15:00');
    expect(officeTime(morning, 0).getTime()).toBeLessThanOrEqual(morning.getTime());
  });
});
