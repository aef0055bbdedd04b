import { describe, expect, it } from 'vitest';
import { centsToEuroText, eurosToCents } from './money';

describe('euros typed by people, as cents', () => {
  it('reads the notation of the UI language without rounding errors', () => {
    expect(eurosToCents('1.250,50', 'nl')).toBe(125050);
    expect(eurosToCents('1,250.50', 'en')).toBe(125050);
    expect(eurosToCents('1.500', 'nl')).toBe(150000);
    expect(eurosToCents('10.999', 'nl')).toBe(1099900);
    expect(eurosToCents('1,500', 'en')).toBe(150000);
    expect(eurosToCents('1.234.567,89', 'nl')).toBe(123456789);
  });

  it('reads a single decimal separator with one or two digits in either language', () => {
    for (const language of ['nl', 'en']) {
      expect(eurosToCents('€ 750', language)).toBe(75000);
      expect(eurosToCents('0,1', language)).toBe(10);
      expect(eurosToCents('19.99', language)).toBe(1999);
      expect(eurosToCents('1250,5', language)).toBe(125050);
    }
  });

  it('refuses what is not an amount, or is ambiguous in the UI language', () => {
    for (const text of ['', 'abc', '12,345', '-5', '1,2,3', '1.23.4', '1,250.50']) expect(eurosToCents(text, 'nl')).toBeNull();
    for (const text of ['12.345', '1.250,50']) expect(eurosToCents(text, 'en')).toBeNull();
  });

  it('shows cents for editing so that they read back the same', () => {
    expect(centsToEuroText(125050, 'nl')).toBe('1250,50');
    expect(centsToEuroText(125050, 'en')).toBe('1250.50');
    expect(centsToEuroText(75000, 'nl')).toBe('750');
    for (const language of ['nl', 'en']) {
      for (const cents of [5, 125050, 75000, 99_999_999_999]) expect(eurosToCents(centsToEuroText(cents, language), language)).toBe(cents);
    }
  });
});
