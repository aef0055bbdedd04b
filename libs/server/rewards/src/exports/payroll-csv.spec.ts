import { csvField, formatAmount, payrollCsv } from './payroll-csv';

describe('payroll CSV', () => {
  it('formats cents with two decimals, the decimal mark following the separator', () => {
    expect(formatAmount(50_000, ';')).toBe('500,00');
    expect(formatAmount(5, ',')).toBe('0.05');
    expect(formatAmount(123_456, ',')).toBe('1234.56');
  });

  it('quotes only what needs quoting and defuses formulas', () => {
    expect(csvField('Jansen', ';')).toBe('Jansen');
    expect(csvField('Jansen; Sam', ';')).toBe('"Jansen; Sam"');
    expect(csvField('Jansen, Sam', ';')).toBe('Jansen, Sam');
    expect(csvField('Sam "The Man"', ',')).toBe('"Sam ""The Man"""');
    expect(csvField('=HYPERLINK("x")', ',')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('two\nlines', ',')).toBe('"two\nlines"');
  });

  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const csv = payrollCsv(
      [{ employeeNumber: 'E1', name: 'Zoë', amountCents: 25_050, currency: 'EUR', milestone: 'start', referralId: 'r1', paidTo: 'employee' }],
      ';',
    );
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toBe('\uFEFFEmployee number;Name;Amount;Currency;Milestone;Referral;Paid to\r\nE1;Zoë;250,50;EUR;start;r1;employee\r\n');
  });
});
