import { describe, expect, it } from 'vitest';
import { formatDayInput, parseDayInput } from './day-input';

describe('typed days', () => {
  it('reads the Dutch order and ISO', () => {
    expect(parseDayInput('29-03-2027')).toBe('2027-03-29');
    expect(parseDayInput(' 1/4/2027 ')).toBe('2027-04-01');
    expect(parseDayInput('1.4.2027')).toBe('2027-04-01');
    expect(parseDayInput('2027-04-01')).toBe('2027-04-01');
  });

  it('refuses what is not a day', () => {
    expect(parseDayInput('31-02-2027')).toBeNull();
    expect(parseDayInput('04/31/2027')).toBeNull();
    expect(parseDayInput('2027-13-01')).toBeNull();
    expect(parseDayInput('morgen')).toBeNull();
    expect(parseDayInput('')).toBeNull();
  });

  it('shows an ISO day the Dutch way', () => {
    expect(formatDayInput('2027-03-29')).toBe('29-03-2027');
  });
});
