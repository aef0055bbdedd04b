/**
 * A small, valid HR file to start from: the Dutch headers the import recognises, semicolons, Dutch dates.
 * Served as a data: link, so it needs no file on the server.
 */
export const SAMPLE_EMPLOYEE_CSV = [
  'personeelsnummer;voornaam;achternaam;e-mail;afdeling;locatie;dienstverband;startdatum;einddatum;privé e-mail',
  'DL2001;Sanne;de Boer;sanne.deboer@example.nl;Verpleeghuis De Linde;Zeist;vast;01-03-2021;;',
  'DL2002;Youssef;Amrani;youssef.amrani@example.nl;Thuiszorg;Utrecht;flex;15-09-2024;31-12-2026;youssef@example.com',
  'DL2003;Marieke;Jansen;marieke.jansen@example.nl;Bedrijfsbureau;Amersfoort;vast;01-02-2027;;',
].join('\r\n');

export function sampleCsvHref(): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${SAMPLE_EMPLOYEE_CSV}\r\n`)}`;
}
