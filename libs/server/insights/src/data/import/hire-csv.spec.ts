import { channelOf, parseDate, readHireFile } from './hire-csv';

describe('reading an ATS export of hires', () => {
  it('maps Dutch and English channel names, and refuses unknown ones', () => {
    expect(['Indeed', 'Vacaturebank', 'job_board'].map(channelOf)).toEqual(['job_board', 'job_board', 'job_board']);
    expect(['Werving & Selectie', 'werving-en-selectie', 'Uitzendbureau'].map(channelOf)).toEqual(['agency', 'agency', 'agency']);
    expect(['Werken bij', 'Careersite', 'LinkedIn', 'Open sollicitatie', 'Intern', 'Aandraging', 'Overig'].map(channelOf)).toEqual([
      'career_site', 'career_site', 'social', 'direct', 'internal', 'referral', 'other',
    ]);
    expect(channelOf('Postduif')).toBeNull();
  });

  it('reads both date forms against the calendar', () => {
    expect(['2027-01-05', '05-01-2027', '5/1/2027', '05.01.2027'].map(parseDate)).toEqual(['2027-01-05', '2027-01-05', '2027-01-05', '2027-01-05']);
    expect(['29-02-2027', '2027-13-01', '01-01-27', 'gisteren'].map(parseDate)).toEqual([null, null, null, null]);
  });

  it('takes `,` or `;`, drops a BOM, ignores unknown columns and blank lines, and keeps the left-out columns empty', () => {
    const read = readHireFile(Buffer.from('\uFEFFID,Channel,Hired on,Notes\n\nX-1,Agency,2027-01-05,"a, b"\n', 'utf8'));
    expect(read).toEqual({
      totalRows: 1,
      rows: [{ externalRef: 'X-1', channel: 'agency', hiredOn: '2027-01-05', appliedOn: null, startDate: null, leftOn: null, department: null, jobTitle: null }],
      problems: [],
    });
  });

  it('reports a leaving date before the start date on its line', () => {
    const read = readHireFile(Buffer.from('Kenmerk;Kanaal;Aannamedatum;Startdatum;Datum uit dienst\nX-1;Intern;01-01-2027;01-02-2027;31-01-2027\n', 'utf8'));
    expect(read.rows).toEqual([]);
    expect(read.problems).toEqual([{ line: 2, field: 'leftOn', code: 'order', message: 'must be on or after the start date' }]);
  });
});
