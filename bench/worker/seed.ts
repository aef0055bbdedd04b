/**
 * Data for bench:worker-heap (heap.ts): an employer with employees and an HR file at the import's limits, and an
 * organisation with saved job alerts and a few new vacancies. Everything is plain SQL on a fresh database; people
 * are inserted without triggers (session_replication_role = replica), as bench/newsletter/fixture.ts does, because
 * the per-person insights trigger makes 100k inserts take minutes and nothing measured here reads the seeded
 * people's phase history. The worker's own writes (the import, the digests) do run every trigger.
 */
import { Client } from 'pg';
import { hasConsentSql } from '@kring/server-database';
import { jobAlertMatchSql, vacancySkillsLateral } from '@kring/server-mailings';
// Not exported by @kring/server-erm (see docs/benchmarks-worker-heap.section.md): the limit itself, not a copy.
import { IMPORT_MAX_BYTES } from '../../libs/server/erm/src/offboarding/import/employee-csv';

export { IMPORT_MAX_BYTES };

/** The shape of the HR file: how many rows of each kind (the sum is the row count). */
export interface EmployeeFileShape {
  /** Existing employees whose department and location change. */
  updates: number;
  /** Existing employees that left yesterday (end date, private address): offboarded at once, with the stay-in-touch mail. */
  leavers: number;
  /** Existing employees exactly as stored. */
  unchanged: number;
  /** People Kring does not know yet. */
  creates: number;
  /** Employees in the database but not in the file (left alone: offboardMissing is off). */
  notInFile: number;
}

export interface SeededEmployer {
  org: string;
  hrUserId: string;
}

const DEPARTMENTS = ['Verpleging', 'Thuiszorg', 'Facilitair', 'Keuken', 'Administratie', 'Dagbesteding', 'Revalidatie', 'ICT'];
const PLACES = ['Utrecht', 'Amersfoort', 'Zeist', 'Houten', 'Nieuwegein', 'Veenendaal'];

/** A fixed permutation (LCG), so every run writes the same file. */
function shuffle<T>(items: readonly T[]): T[] {
  const out = [...items];
  let seed = 20261122;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const employeeNumber = (i: number) => `E${String(i).padStart(6, '0')}`;

async function inReplicaMode(client: Client, fn: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL session_replication_role = replica`);
    await fn();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** An organisation with one HR admin and `updates + leavers + unchanged + notInFile` current employees (numbers E000001…). */
export async function seedEmployer(client: Client, slug: string, shape: EmployeeFileShape): Promise<SeededEmployer> {
  const existing = shape.updates + shape.leavers + shape.unchanged + shape.notInFile;
  const { rows } = await client.query(`INSERT INTO organisations (name, slug, default_locale) VALUES ('Bench Werkgever', $1, 'nl') RETURNING id`, [slug]);
  const org: string = rows[0].id;
  let hrUserId = '';
  await inReplicaMode(client, async () => {
    await client.query(
      `INSERT INTO people (organisation_id, first_name, last_name, email, employee_number, department, location, employment_type, start_date, phase, source)
       SELECT $1, 'Medewerker', 'Nummer ' || i, 'medewerker' || i || '@' || $2 || '.example', 'E' || lpad(i::text, 6, '0'),
              ($3::text[])[1 + i % array_length($3::text[], 1)], ($4::text[])[1 + i % array_length($4::text[], 1)],
              CASE WHEN i % 5 = 0 THEN 'flex' ELSE 'permanent' END, date '2020-01-01' + (i % 1500), 'employment', 'import'
       FROM generate_series(1, $5) i`,
      [org, slug, DEPARTMENTS, PLACES, existing],
    );
    const hr = await client.query(
      `WITH p AS (INSERT INTO people (organisation_id, first_name, last_name, email, phase) VALUES ($1, 'Hanna', 'HR', $2, 'employment') RETURNING id)
       INSERT INTO users (organisation_id, person_id, email, roles, status) SELECT $1, id, $2, ARRAY['hr_admin', 'employee'], 'active' FROM p RETURNING id`,
      [org, `hr@${slug}.example`],
    );
    hrUserId = hr.rows[0].id;
  });
  await client.query(`ANALYZE people`);
  return { org, hrUserId };
}

/**
 * The HR file (CSV, `;`, UTF-8): `shape` rows, padded to just under IMPORT_MAX_BYTES through longer (valid,
 * under 200 characters) department and location names, so the stored plan is as large as a real file allows.
 * Row order is mixed (every kind spread over the whole file) as in a payroll export sorted by number.
 */
export function employeeFile(slug: string, shape: EmployeeFileShape, yesterday: string, targetBytes = IMPORT_MAX_BYTES - 4096): Buffer {
  const header = 'Personeelsnummer;Voornaam;Achternaam;E-mailadres;Afdeling;Locatie;Dienstverband;Startdatum;Einddatum;Privé e-mailadres';
  const total = shape.updates + shape.leavers + shape.unchanged + shape.creates;
  type Kind = 'update' | 'leaver' | 'unchanged' | 'create';
  // Existing employees 1…existing, their kinds spread over the file by a fixed shuffle; then the new people.
  const existingKinds: Kind[] = [
    ...Array<Kind>(shape.updates).fill('update'),
    ...Array<Kind>(shape.leavers).fill('leaver'),
    ...Array<Kind>(shape.unchanged).fill('unchanged'),
  ];
  const order: Array<{ kind: Kind; n: number }> = [
    ...shuffle(existingKinds).map((kind, i) => ({ kind, n: i + 1 })),
    ...Array.from({ length: shape.creates }, (_, i) => ({ kind: 'create' as Kind, n: i + 1 })),
  ];
  const kinds = shuffle(order);

  const base = ({ kind, n: i }: { kind: Kind; n: number }) => {
    const number = kind === 'create' ? employeeNumber(900_000 + i) : employeeNumber(i);
    const first = kind === 'create' ? 'Nieuwe' : 'Medewerker';
    const last = kind === 'create' ? `Collega ${i}` : `Nummer ${i}`;
    const email = kind === 'create' ? `nieuw${i}@${slug}.example` : `medewerker${i}@${slug}.example`;
    const type = i % 5 === 0 ? 'flex' : 'vast';
    const start = kind === 'create' ? '2026-11-01' : new Date(Date.UTC(2020, 0, 1 + (i % 1500))).toISOString().slice(0, 10);
    const end = kind === 'leaver' ? yesterday : '';
    const privateEmail = kind === 'leaver' ? `prive${i}@bench.example` : '';
    const department = DEPARTMENTS[i % DEPARTMENTS.length]!;
    const location = PLACES[i % PLACES.length]!;
    return { number, first, last, email, type, start, end, privateEmail, department, location };
  };
  const fixedBytes = (r: ReturnType<typeof base>) =>
    Buffer.byteLength([r.number, r.first, r.last, r.email, '', '', r.type, r.start, r.end, r.privateEmail].join(';')) + 1;
  const rows = kinds.map((k) => ({ kind: k.kind, ...base(k) }));
  const budget = targetBytes - Buffer.byteLength(header) - 1;
  const fixed = rows.reduce((sum, r) => sum + fixedBytes(r), 0);
  // Bytes left for department + location per row (both at most 200 characters; unchanged rows keep the stored names).
  const changing = rows.filter((r) => r.kind !== 'unchanged').length;
  const unchangedNames = rows.filter((r) => r.kind === 'unchanged').reduce((sum, r) => sum + r.department.length + r.location.length, 0);
  const perRow = Math.floor((budget - fixed - unchangedNames) / Math.max(1, changing));
  if (perRow > 400) throw new Error(`employeeFile: ${total} rows cannot fill ${targetBytes} bytes within the 200-character columns`);
  const pad = (name: string, length: number, i: number) => {
    let out = `${name} team ${i}`;
    const words = ['zorg', 'en', 'welzijn', 'regio', 'oost', 'cluster', 'wijk', 'noord'];
    for (let w = 0; out.length < length; w++) out += ` ${words[(i + w) % words.length]}`;
    return out.slice(0, length).trimEnd();
  };
  const lines = rows.map((r, index) => {
    let department = r.department;
    let location = r.location;
    if (r.kind !== 'unchanged') {
      const depLength = Math.min(200, Math.ceil(perRow * 0.6));
      department = pad(`Afdeling ${r.department}`, depLength, index);
      location = pad(`Locatie ${r.location}`, Math.min(200, perRow - department.length), index);
    }
    return [r.number, r.first, r.last, r.email, department, location, r.type, r.start, r.end, r.privateEmail].join(';');
  });
  const file = Buffer.from(`${header}\n${lines.join('\n')}\n`, 'utf8');
  if (file.length > IMPORT_MAX_BYTES) throw new Error(`employeeFile: ${file.length} bytes is over the import limit ${IMPORT_MAX_BYTES}`);
  return file;
}

const WORDS = ['verpleegkundige', 'nurse', 'kok', 'chef', 'developer', 'engineer', 'monteur', 'logistiek', 'teamleider', 'zorg', 'helpende', 'docent', 'planner', 'data', 'marketing', 'verkoper'];
const ALERT_PLACES = ['utrecht', 'amsterdam', 'rotterdam', 'zeist', 'amersfoort', 'den haag', 'eindhoven', 'groningen'];
const SKILLS = ['wondzorg', 'big', 'python', 'postgresql', 'heftruck', 'haccp', 'excel', 'scrum', 'palliatieve zorg', 'typescript'];
const TYPES = ['permanent', 'temporary', 'flex', 'internship', 'freelance'];
const arr = (a: string[]) => `ARRAY[${a.map((w) => `'${w}'`).join(',')}]`;

export interface SeededAlerts {
  org: string;
  alerts: number;
  /** Vacancies opened after every alert's creation (what the digests may contain). */
  newVacancies: number;
}

/**
 * `alerts` people with one daily or weekly alert each (half and half), created ten days ago (so every digest is
 * due), the criteria mix of bench/alerts (keywords 40 %, skills 20 %, places + types 20 %, functions 20 %), 90 %
 * granted job_alerts consent and 1 % suppressed addresses; 500 vacancies opened a month ago (before the alerts:
 * never in a digest) and `newVacancies` opened an hour ago, spread over the words, places, skills and types.
 */
export async function seedAlerts(client: Client, slug: string, alerts: number, newVacancies: number): Promise<SeededAlerts> {
  const { rows } = await client.query(`INSERT INTO organisations (name, slug, default_locale) VALUES ('Bench Vacatures', $1, 'nl') RETURNING id`, [slug]);
  const org: string = rows[0].id;
  await inReplicaMode(client, async () => {
    await client.query(
      `INSERT INTO people (organisation_id, first_name, email, phase, locale)
       SELECT $1, 'Alumnus ' || i, 'alert' || i || '@bench.example', 'exit', CASE WHEN i % 4 = 0 THEN 'en' ELSE 'nl' END
       FROM generate_series(1, $2) i`,
      [org, alerts],
    );
    await client.query(
      `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at, expires_at)
       SELECT $1, id, 'job_alerts', CASE WHEN hashtext(id::text) % 10 <> 0 THEN 'granted' ELSE 'withdrawn' END, 'bench',
              now() - interval '20 days', now() + interval '2 years'
       FROM people WHERE organisation_id = $1`,
      [org],
    );
    await client.query(
      `INSERT INTO mail_suppressions (organisation_id, email, reason, source)
       SELECT $1, email, 'hard_bounce', 'bench' FROM people WHERE organisation_id = $1 AND hashtext(email) % 100 = 0`,
      [org],
    );
    await client.query(
      `INSERT INTO job_alert_subscriptions (organisation_id, person_id, keywords, functions, skills, locations, employment_types, frequency, created_at, updated_at)
       SELECT $1, p.id,
              CASE WHEN k < 4 THEN (${arr(WORDS)})[1 + (n % ${WORDS.length})] || CASE WHEN n % 3 = 0 THEN ' ' || (${arr(ALERT_PLACES)})[1 + (n % ${ALERT_PLACES.length})] ELSE '' END ELSE '' END,
              CASE WHEN k >= 8 THEN ARRAY[(${arr(WORDS)})[1 + (n % ${WORDS.length})]] ELSE '{}' END,
              CASE WHEN k IN (4, 5) THEN ARRAY[(${arr(SKILLS)})[1 + (n % ${SKILLS.length})]] ELSE '{}' END,
              CASE WHEN k IN (6, 7) THEN ARRAY[(${arr(ALERT_PLACES)})[1 + (n % ${ALERT_PLACES.length})]] ELSE '{}' END,
              CASE WHEN k IN (6, 7) THEN ARRAY[(${arr(TYPES)})[1 + (n % ${TYPES.length})]] ELSE '{}' END,
              (ARRAY['daily', 'weekly'])[1 + (n % 2)], now() - interval '10 days', now() - interval '10 days'
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n, (row_number() OVER (ORDER BY id)) % 10 AS k FROM people WHERE organisation_id = $1) p`,
      [org],
    );
  });
  const vacancies = (count: number, openedAgo: string, offset: number) =>
    client.query(
      `INSERT INTO vacancies (organisation_id, title, description_markdown, location, employment_type, skills, status, opened_at)
       SELECT $1, initcap((${arr(WORDS)})[1 + (i % ${WORDS.length})]) || ' ' || i,
              'Wij zoeken een ' || (${arr(WORDS)})[1 + ((i + 5) % ${WORDS.length})] || ' voor ons team. We are looking for a colleague.',
              initcap((${arr(ALERT_PLACES)})[1 + (i % ${ALERT_PLACES.length})]), (${arr(TYPES)})[1 + (i % ${TYPES.length})],
              ARRAY[(${arr(SKILLS)})[1 + (i % ${SKILLS.length})], (${arr(SKILLS)})[1 + ((i + 3) % ${SKILLS.length})]], 'open', now() - $3::interval
       FROM generate_series($4::int, $4::int + $2::int - 1) i`,
      [org, count, openedAgo, offset],
    );
  await vacancies(500, '30 days', 1000);
  await vacancies(newVacancies, '1 hour', 0);
  await client.query(`ANALYZE`);
  return { org, alerts, newVacancies };
}

/** People whose digest, run now, has at least one vacancy: eligible, and one of their alerts matches a vacancy newer than it. */
export async function expectedDigests(client: Client, org: string): Promise<number> {
  const { rows } = await client.query(
    `SELECT count(DISTINCT p.id)::int AS n
       FROM people p JOIN job_alert_subscriptions s ON s.organisation_id = p.organisation_id AND s.person_id = p.id
      WHERE p.organisation_id = $1 AND s.frequency IN ('daily', 'weekly') AND p.email IS NOT NULL
        AND EXISTS (SELECT 1 FROM consents jc WHERE jc.organisation_id = p.organisation_id AND jc.person_id = p.id AND ${hasConsentSql('jc', `'job_alerts'`, 'now()')})
        AND NOT EXISTS (SELECT 1 FROM mail_suppressions ms WHERE ms.organisation_id = p.organisation_id AND ms.email = p.email)
        AND EXISTS (SELECT 1 FROM vacancies v ${vacancySkillsLateral('v', 'vl')}
                     WHERE v.organisation_id = $1 AND v.status = 'open' AND v.opened_at <= now()
                       AND v.opened_at > coalesce(s.last_digest_at, s.created_at) AND ${jobAlertMatchSql('s', 'v', 'vl.skills')})`,
    [org],
  );
  return rows[0].n;
}

/** Back to "no digest sent yet": the alerts' last digest and the delivery log of the organisation cleared. */
export async function resetAlerts(client: Client, org: string): Promise<void> {
  await client.query(`DELETE FROM job_alert_deliveries WHERE organisation_id = $1`, [org]);
  await client.query(`UPDATE job_alert_subscriptions SET last_digest_at = NULL WHERE organisation_id = $1`, [org]);
  await client.query(`VACUUM ANALYZE job_alert_subscriptions`);
}
