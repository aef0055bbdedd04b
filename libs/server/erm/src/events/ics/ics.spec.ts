import ICAL from 'ical.js';
import { buildIcs, escapeText, foldLine } from './ics';

const event = {
  uid: 'event-0b7c4a52-5d1e-4c1a-9a57-1f0e2b3c4d5e@kring',
  stamp: new Date('2026-12-01T08:00:00Z'),
  sequence: 3,
  start: new Date('2026-12-12T18:00:00Z'),
  end: new Date('2026-12-12T20:00:00Z'),
  summary: 'Open dag; rondleiding, koffie & taart \\ iedereen welkom',
  description: 'Regel één, met komma\nRegel twee; met puntkomma\n'.repeat(4) + 'Ünïcödé ✓ '.repeat(20),
  location: 'Lindelaan 12, Amersfoort',
  url: 'https://meet.example.org/open-dag',
  cancelled: false,
};

describe('iCalendar writer', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
  });

  it('writes a file that ical.js parses back to the same event', () => {
    const ics = buildIcs(event);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/); // every line ends in CRLF
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).toContain('DTSTART:20261212T180000Z');

    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const parsed = new ICAL.Event(vevent);
    expect(parsed.uid).toBe(event.uid);
    expect(parsed.summary).toBe(event.summary);
    expect(parsed.description).toBe(event.description);
    expect(parsed.location).toBe(event.location);
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2026-12-12T18:00:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2026-12-12T20:00:00.000Z');
    expect(parsed.startDate.zone.tzid).toBe('UTC');
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-12-01T08:00:00Z');
    expect(vevent.getFirstPropertyValue('url')).toBe(event.url);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });

  it('publishes a scheduled event as CONFIRMED', () => {
    const calendar = new ICAL.Component(ICAL.parse(buildIcs(event)));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('publishes a cancelled event (never METHOD:CANCEL, which needs ORGANIZER and ATTENDEE) as CANCELLED with the newer SEQUENCE', () => {
    const ics = buildIcs({ ...event, cancelled: true, sequence: 4 });
    expect(ics).not.toContain('METHOD:CANCEL');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(4);
    expect(vevent.getFirstPropertyValue('uid')).toBe(event.uid);
  });
});
