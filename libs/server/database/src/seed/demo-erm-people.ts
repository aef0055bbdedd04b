import type { EntityManager } from 'typeorm';
import { officeTime } from './demo-erm-time';

const DAY = 86_400_000;

interface Profile {
  location: string;
  functionTitle: string;
  department: string;
  skills: string[];
  tags: string[];
}

/** Profile fields for the people the foundation and referral seeds created (matched by email). */
const PROFILES: Record<string, Profile> = {
  'hr@demo.kring.localhost': { location: 'Utrecht', functionTitle: 'Recruiter', department: 'HR', skills: ['werving', 'arbeidsmarktcommunicatie'], tags: ['hr'] },
  'medewerker@demo.kring.localhost': { location: 'Utrecht', functionTitle: 'Verpleegkundige', department: 'Interne geneeskunde', skills: ['wondzorg', 'big-registratie'], tags: ['zorg', 'ambassadeur'] },
  'alumnus@demo.kring.localhost': { location: 'Utrecht', functionTitle: 'Verzorgende IG', department: 'Thuiszorg', skills: ['wondzorg', 'dementiezorg'], tags: ['zorg', 'alumni'] },
  'daan.mulder@example.nl': { location: 'Zeist', functionTitle: 'Verpleegkundige', department: 'Zorg', skills: ['triage'], tags: ['zorg'] },
  'fatima.elamrani@example.nl': { location: 'Utrecht', functionTitle: 'Doktersassistent', department: 'Poli', skills: ['triage', 'planning'], tags: ['zorg'] },
  'lucas.dejong@example.nl': { location: 'Amersfoort', functionTitle: 'Applicatiebeheerder', department: 'ICT', skills: ['epd', 'sql'], tags: ['ict'] },
  'emma.bos@example.nl': { location: 'Utrecht', functionTitle: 'Verpleegkundige', department: 'Zorg', skills: ['wondzorg'], tags: ['zorg'] },
  'noah.smit@example.nl': { location: 'Houten', functionTitle: 'Fysiotherapeut', department: 'Revalidatie', skills: ['revalidatie'], tags: ['zorg'] },
};

/**
 * Extra people across the six phases. `path` is the sequence of phases after `information` (each a manual move,
 * the last `daysAgo` days ago); exit → employment makes a boomerang.
 */
const EXTRA: Array<
  Profile & { firstName: string; lastName: string; email: string; locale: 'nl' | 'en'; path: string[]; daysAgo: number; eventsConsent?: boolean; startInDays?: number }
> = [
  { firstName: 'Lotte', lastName: 'Vermeulen', email: 'lotte.vermeulen@example.nl', locale: 'nl', path: [], daysAgo: 20, location: 'Utrecht', functionTitle: 'Student verpleegkunde', department: '', skills: ['zorg'], tags: ['student'] },
  { firstName: 'Milan', lastName: 'Kok', email: 'milan.kok@example.nl', locale: 'nl', path: [], daysAgo: 8, location: 'Nieuwegein', functionTitle: 'Helpende', department: '', skills: ['ouderenzorg'], tags: ['zorg'] },
  { firstName: 'Yara', lastName: 'Peters', email: 'yara.peters@example.nl', locale: 'en', path: ['relation'], daysAgo: 60, location: 'Utrecht', functionTitle: 'Physician assistant', department: '', skills: ['triage'], tags: ['zorg', 'linkedin'], eventsConsent: true },
  { firstName: 'Thijs', lastName: 'van Dam', email: 'thijs.vandam@example.nl', locale: 'nl', path: ['relation'], daysAgo: 120, location: 'Zeist', functionTitle: 'Kok', department: '', skills: ['dieetkeuken'], tags: ['facilitair'] },
  { firstName: 'Sophie', lastName: 'Janssen', email: 'sophie.janssen@example.nl', locale: 'nl', path: ['relation', 'orientation'], daysAgo: 14, location: 'Utrecht', functionTitle: 'Verpleegkundige', department: '', skills: ['wondzorg', 'ic'], tags: ['zorg', 'open dag'], eventsConsent: true },
  { firstName: 'Ravi', lastName: 'Ramdin', email: 'ravi.ramdin@example.nl', locale: 'en', path: ['orientation'], daysAgo: 35, location: 'Amersfoort', functionTitle: 'Data analist', department: '', skills: ['sql', 'power bi'], tags: ['ict'] },
  { firstName: 'Eva', lastName: 'de Graaf', email: 'eva.degraaf@example.nl', locale: 'nl', path: ['orientation'], daysAgo: 50, location: 'Houten', functionTitle: 'Verzorgende IG', department: '', skills: ['dementiezorg'], tags: ['zorg'], eventsConsent: true },
  { firstName: 'Bas', lastName: 'Hoekstra', email: 'bas.hoekstra@example.nl', locale: 'nl', path: ['orientation', 'entry'], daysAgo: 6, location: 'Utrecht', functionTitle: 'Verpleegkundige', department: 'Interne geneeskunde', skills: ['wondzorg'], tags: ['zorg', 'starter'], startInDays: 24 },
  { firstName: 'Nina', lastName: 'Willems', email: 'nina.willems@example.nl', locale: 'nl', path: ['entry'], daysAgo: 12, location: 'Zeist', functionTitle: 'Secretaresse', department: 'Poli', skills: ['planning'], tags: ['starter'], startInDays: 10 },
  { firstName: 'Jesse', lastName: 'Koster', email: 'jesse.koster@example.nl', locale: 'nl', path: ['entry', 'employment'], daysAgo: 200, location: 'Utrecht', functionTitle: 'Teamleider zorg', department: 'Thuiszorg', skills: ['leidinggeven', 'wondzorg'], tags: ['zorg', 'ambassadeur'] },
  { firstName: 'Iris', lastName: 'Dekker', email: 'iris.dekker@example.nl', locale: 'nl', path: ['employment'], daysAgo: 400, location: 'Amersfoort', functionTitle: 'Planner', department: 'Bedrijfsbureau', skills: ['planning', 'roosteren'], tags: ['kantoor'] },
  { firstName: 'Mark', lastName: 'Postma', email: 'mark.postma@example.nl', locale: 'nl', path: ['employment', 'exit'], daysAgo: 90, location: 'Utrecht', functionTitle: 'Verpleegkundige', department: 'Interne geneeskunde', skills: ['wondzorg', 'big-registratie'], tags: ['zorg', 'alumni'], eventsConsent: true },
  { firstName: 'Sarah', lastName: 'Brouwer', email: 'sarah.brouwer@example.nl', locale: 'en', path: ['employment', 'exit'], daysAgo: 300, location: 'Utrecht', functionTitle: 'Fysiotherapeut', department: 'Revalidatie', skills: ['revalidatie'], tags: ['zorg', 'alumni'] },
  { firstName: 'Tom', lastName: 'Verhoeven', email: 'tom.verhoeven@example.nl', locale: 'nl', path: ['employment', 'exit'], daysAgo: 150, location: 'Zeist', functionTitle: 'Medewerker ICT', department: 'ICT', skills: ['netwerken'], tags: ['ict', 'alumni'] },
  // Guests of the demo events: two alumni and two contacts who said yes to event invitations.
  { firstName: 'Joost', lastName: 'van Dijk', email: 'joost.vandijk@example.nl', locale: 'nl', path: ['employment', 'exit'], daysAgo: 180, location: 'Amersfoort', functionTitle: 'Verpleegkundige', department: 'Wijkverpleging', skills: ['wijkverpleging'], tags: ['zorg', 'alumni'], eventsConsent: true },
  { firstName: 'Priya', lastName: 'Sewdien', email: 'priya.sewdien@example.nl', locale: 'en', path: ['employment', 'exit'], daysAgo: 240, location: 'Utrecht', functionTitle: 'Physiotherapist', department: 'Revalidatie', skills: ['revalidatie'], tags: ['zorg', 'alumni'], eventsConsent: true },
  { firstName: 'Noor', lastName: 'de Bruijn', email: 'noor.debruijn@example.nl', locale: 'nl', path: ['relation', 'orientation'], daysAgo: 25, location: 'Utrecht', functionTitle: 'Verzorgende IG', department: '', skills: ['ouderenzorg'], tags: ['zorg'], eventsConsent: true },
  { firstName: 'Daniel', lastName: 'Okafor', email: 'daniel.okafor@example.nl', locale: 'en', path: ['orientation'], daysAgo: 18, location: 'Amersfoort', functionTitle: 'Nurse', department: '', skills: ['ic'], tags: ['zorg'], eventsConsent: true },
  { firstName: 'Petra', lastName: 'Hendriks', email: 'petra.hendriks@example.nl', locale: 'nl', path: ['employment', 'exit', 'employment'], daysAgo: 30, location: 'Utrecht', functionTitle: 'Wondconsulent', department: 'Zorg', skills: ['wondzorg'], tags: ['zorg', 'boomerang'] },
];

/** Why someone moved to a phase, as HR would note it; moving to exit is an offboarding, exit → employment a rehire. */
const MOVES: Record<string, { cause: string; reason: string | null }> = {
  relation: { cause: 'manual', reason: 'Gesproken op de banenmarkt' },
  orientation: { cause: 'manual', reason: 'Wil meer weten over werken bij De Linde' },
  entry: { cause: 'manual', reason: 'Contract getekend' },
  employment: { cause: 'start_date_reached', reason: null },
  exit: { cause: 'offboarded', reason: 'resignation' },
};

/** Manual touchpoints HR logged over the last months (by email, days ago, channel, note). */
const TOUCHPOINTS: Array<[string, number, string, string]> = [
  ['alumnus@demo.kring.localhost', 85, 'post', 'Kerstkaart verstuurd'],
  ['mark.postma@example.nl', 85, 'post', 'Kerstkaart verstuurd'],
  ['sarah.brouwer@example.nl', 85, 'post', 'Kerstkaart verstuurd'],
  ['tom.verhoeven@example.nl', 85, 'post', 'Kerstkaart verstuurd'],
  ['mark.postma@example.nl', 20, 'meeting', 'Koffie met recruiter: staat open voor terugkeer op de IC'],
  ['mark.postma@example.nl', 5, 'phone', 'Gebeld over de vacature wondconsulent'],
  ['sophie.janssen@example.nl', 14, 'event', 'Open dag bezocht'],
  ['sophie.janssen@example.nl', 10, 'meeting', 'Koffie met recruiter'],
  ['sophie.janssen@example.nl', 3, 'phone', 'Nagebeld na de open dag'],
  ['yara.peters@example.nl', 40, 'social', 'Gesprek via LinkedIn'],
  ['ravi.ramdin@example.nl', 35, 'meeting', 'Koffie met recruiter'],
  ['eva.degraaf@example.nl', 150, 'phone', 'Belde over parttime mogelijkheden'],
  ['petra.hendriks@example.nl', 45, 'meeting', 'Terugkeergesprek'],
];

const SEGMENTS: Array<{ name: string; description: string; filter: Record<string, unknown> }> = [
  { name: 'Alumni Utrecht', description: 'Oud-medewerkers in de regio Utrecht', filter: { phases: ['exit'], locations: ['Utrecht'] } },
  {
    name: 'Zorgprofessionals met consent voor evenementen',
    description: 'Mensen met het label zorg die toestemming gaven voor uitnodigingen voor evenementen',
    filter: { tags: ['zorg'], consentPurpose: 'events' },
  },
  {
    name: 'Betrokken relaties',
    description: 'Relatie- en oriëntatiefase met minstens matige betrokkenheid',
    filter: { phases: ['relation', 'orientation'], engagementLevels: ['moderate', 'high'] },
  },
];

/** Demo ERM people data. Runs on every seed: must do nothing when its data is already there. */
export async function seedDemoErmPeople(tx: EntityManager, organisationId: string, now: Date): Promise<void> {
  const [done] = await tx.query(`SELECT 1 FROM segments WHERE organisation_id = $1 AND name = $2`, [organisationId, SEGMENTS[0]!.name]);
  if (done) return;
  const ago = (days: number) => officeTime(now, days);

  for (const [email, p] of Object.entries(PROFILES)) {
    await tx.query(
      `UPDATE people SET location = $3, function_title = $4, department = $5, skills = $6, tags = $7
       WHERE organisation_id = $1 AND email = $2`,
      [organisationId, email, p.location, p.functionTitle, p.department || null, p.skills, p.tags],
    );
  }

  for (const p of EXTRA) {
    const start = ago(p.daysAgo + 30 * (p.path.length + 1));
    const [row] = await tx.query(
      `INSERT INTO people (organisation_id, first_name, last_name, email, locale, location, function_title, department, skills, tags,
                           phase, source, start_date, phase_changed_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'information', 'manual', $12::date, $11, $11, $11)
       ON CONFLICT (organisation_id, email) WHERE email IS NOT NULL DO NOTHING RETURNING id`,
      [
        organisationId, p.firstName, p.lastName, p.email, p.locale, p.location, p.functionTitle, p.department || null, p.skills, p.tags, start,
        p.startInDays === undefined ? null : officeTime(now, -p.startInDays).toISOString().slice(0, 10),
      ],
    );
    if (!row) continue;
    let from = 'information';
    for (const [i, to] of p.path.entries()) {
      const at = ago(p.daysAgo + 30 * (p.path.length - 1 - i));
      const boomerang = from === 'exit' && (to === 'entry' || to === 'employment');
      const move = boomerang ? { cause: 'rehired', reason: 'Terug na een jaar elders' } : (MOVES[to] ?? { cause: 'manual', reason: null });
      await tx.query(
        `UPDATE people SET phase = $3, phase_changed_at = $4, updated_at = $4, boomerang_at = CASE WHEN $5 THEN $4 ELSE boomerang_at END
         WHERE organisation_id = $1 AND id = $2`,
        [organisationId, row.id, to, at, boomerang],
      );
      await tx.query(
        `INSERT INTO phase_transitions (organisation_id, person_id, from_phase, to_phase, cause, reason, occurred_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [organisationId, row.id, from, to, move.cause, move.reason, at],
      );
      from = to;
    }
    if (p.eventsConsent) {
      const given = ago(p.daysAgo);
      const expires = new Date(given.getTime() + 365 * DAY);
      await tx.query(
        `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at, expires_at, created_at, updated_at)
         VALUES ($1, $2, 'events', 'granted', 'hr', $3, $4, $3, $3)
         ON CONFLICT (organisation_id, person_id, purpose) DO NOTHING`,
        [organisationId, row.id, given, expires],
      );
      await tx.query(
        `INSERT INTO consent_events (organisation_id, person_id, purpose, status, source, expires_at, occurred_at)
         VALUES ($1, $2, 'events', 'granted', 'hr', $3, $4)`,
        [organisationId, row.id, expires, given],
      );
    }
  }

  for (const [email, daysAgo, channel, note] of TOUCHPOINTS) {
    await tx.query(
      `INSERT INTO touchpoints (organisation_id, person_id, kind, channel, phase, occurred_at, note)
       SELECT organisation_id, id, 'manual', $3, phase, $4, $5 FROM people WHERE organisation_id = $1 AND email = $2`,
      [organisationId, email, channel, ago(daysAgo), note],
    );
  }

  for (const s of SEGMENTS) {
    await tx.query(
      `INSERT INTO segments (organisation_id, name, description, filter, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)
       ON CONFLICT DO NOTHING`,
      [organisationId, s.name, s.description, s.filter, now],
    );
  }
}
