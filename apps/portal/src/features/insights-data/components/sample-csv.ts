/**
 * A small, valid ATS export to start from: Dutch headers the import recognises, semicolons, Dutch dates.
 * Served as a data: link, so it needs no file on the server.
 */
export const SAMPLE_HIRES_CSV = [
  'Kenmerk;Kanaal;Sollicitatiedatum;Aannamedatum;Startdatum;Datum uit dienst;Afdeling;Functie',
  'ATS-1001;Indeed;03-02-2026;24-02-2026;01-04-2026;;Thuiszorg;Wijkverpleegkundige',
  'ATS-1002;Werving & selectie;12-01-2026;20-02-2026;01-03-2026;;Verpleeghuis De Linde;Teamleider',
  'ATS-1003;LinkedIn;05-01-2026;30-01-2026;01-02-2026;31-05-2026;Bedrijfsbureau;Controller',
].join('\r\n');

export function sampleCsvHref(): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${SAMPLE_HIRES_CSV}\r\n`)}`;
}

/** The columns the API recognises, with a few of the headers it accepts (it matches them without case, spaces or dashes). */
export const IMPORT_COLUMNS = [
  { field: 'externalRef', required: true, headers: 'Kenmerk, Referentie, ATS-nummer, ID, Reference' },
  { field: 'channel', required: true, headers: 'Kanaal, Bron, Herkomst, Channel, Source' },
  { field: 'hiredOn', required: true, headers: 'Aannamedatum, Contractdatum, Hire date' },
  { field: 'appliedOn', required: false, headers: 'Sollicitatiedatum, Application date' },
  { field: 'startDate', required: false, headers: 'Startdatum, Datum in dienst, Start date' },
  { field: 'leftOn', required: false, headers: 'Datum uit dienst, Einddatum, Leaving date' },
  { field: 'department', required: false, headers: 'Afdeling, Department' },
  { field: 'jobTitle', required: false, headers: 'Functie, Vacature, Job title' },
] as const;
