import { describe, expect, it } from 'vitest';
import { csvField, csvFileName, toCsv } from './csv';

describe('CSV for Dutch Excel', () => {
  it('separates with semicolons, ends lines with CRLF and writes decimals in the UI language', () => {
    expect(toCsv([['Kanaal', 'Aandeel (%)'], ['Bureau', 12.5], ['Intern', null]], true)).toBe('Kanaal;Aandeel (%)\r\nBureau;12,5\r\nIntern;\r\n');
    expect(toCsv([['Channel', 'Share (%)'], ['Agency', 12.5]], false)).toBe('Channel;Share (%)\r\nAgency;12.5\r\n');
  });

  it('quotes fields with a separator, quote, line break or outer spaces, doubling quotes inside', () => {
    expect(csvField('Zorg; verwijst "snel"', true)).toBe('"Zorg; verwijst ""snel"""');
    expect(csvField('twee\nregels', true)).toBe('"twee\nregels"');
    expect(csvField(' rand', true)).toBe('" rand"');
    expect(csvField('Kosten, totaal', true)).toBe('Kosten, totaal');
    expect(csvField(-3.5, true)).toBe('-3,5');
  });

  it('keeps text from running as a spreadsheet formula', () => {
    expect(csvField('=HYPERLINK("x")', true)).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@som', true)).toBe("'@som");
    expect(csvField('+31 6', false)).toBe("'+31 6");
  });

  it('names the file after the KPI, table and period', () => {
    expect(csvFileName('cost-per-hire', 'channels', '2025-12-01', '2026-11-30')).toBe('kring-cost-per-hire-channels-2025-12-01_2026-11-30.csv');
  });
});
