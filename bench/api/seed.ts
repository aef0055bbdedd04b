/**
 * Dataset for `npm run bench:api`: 50 organisations, 20,000 employees (people + users, all with one known
 * password), an internal and a combined programme per organisation, 2,000 open vacancies (plus closed and
 * draft ones) with Dutch and English titles and descriptions, and 200,000 referrals in every stage and
 * consent state with their events. Set-based SQL only (generate_series, INSERT … SELECT).
 *
 *   node -r @swc-node/register bench/api/seed.ts [--reseed]
 *
 * The dataset is kept (marker table bench_dataset) and reused; --reseed drops and regenerates it.
 */
import * as argon2 from 'argon2';
import { Client } from 'pg';
import { migrate } from '@kring/server-database';
import { benchDatabase } from './db';

export const DATASET = {
  organisations: 50,
  employeesPerOrganisation: 400,
  openVacanciesPerOrganisation: 40,
  closedVacanciesPerOrganisation: 10,
  draftVacanciesPerOrganisation: 5,
  referralsPerOrganisation: 4000,
} as const;
/** Bumped when the generator changes, so an older dataset is regenerated. */
const DATASET_VERSION = 1;

export const BENCH_PASSWORD = 'bench-wachtwoord-2024';
/** Employee ordinals 1..HIRING_TEAM_MAX are HR (1) or hiring managers; benchmark referrers come after them. */
export const HIRING_TEAM_MAX = 6;
/** Every 50th employee is deactivated (they cannot sign in). */
export const DEACTIVATED_EVERY = 50;

export const employeeEmail = (org: number, i: number) => `medewerker-${i}@org-${org}.bench.kring.localhost`;

export interface DatasetSizes {
  organisations: number;
  employees: number;
  openVacancies: number;
  vacancies: number;
  referrals: number;
  people: number;
  referralEvents: number;
}

const TITLES = [
  'Verpleegkundige', 'Senior Verpleegkundige', 'Verzorgende IG', 'Wijkverpleegkundige', 'Teamleider Zorg',
  'Software Engineer', 'Backend Developer', 'Frontend Developer', 'Full Stack Developer', 'Data Engineer',
  'Data Analist', 'Python Developer', 'DevOps Engineer', 'Product Owner', 'Scrum Master',
  'Medewerker Klantenservice', 'Customer Success Manager', 'Accountmanager', 'Sales Manager', 'Marketing Specialist',
  'Financieel Administratief Medewerker', 'Financial Controller', 'Boekhouder', 'HR Adviseur', 'Recruiter',
  'Logistiek Medewerker', 'Magazijnmedewerker', 'Chauffeur C/E', 'Planner Logistiek', 'Teamleider Logistiek',
  'Servicemonteur', 'Elektromonteur', 'Werkvoorbereider', 'Projectleider Bouw', 'Technisch Tekenaar',
  'Docent Wiskunde', 'Onderwijsassistent', 'Beleidsmedewerker', 'Juridisch Adviseur', 'Office Manager',
];
const DEPARTMENTS = ['Zorg', 'IT', 'Klantenservice', 'Sales', 'Marketing', 'Financiën', 'HR', 'Logistiek', 'Techniek', 'Onderwijs'];
const LOCATIONS = ['Amsterdam', 'Rotterdam', 'Utrecht', 'Den Haag', 'Eindhoven', 'Groningen', 'Zwolle', 'Arnhem', 'Breda', 'Remote'];
const SKILLS = [
  'zorg', 'big-registratie', 'wondzorg', 'typescript', 'python', 'sql', 'postgresql', 'react', 'kubernetes', 'aws',
  'excel', 'sap', 'afas', 'crm', 'salesforce', 'rijbewijs-ce', 'vca', 'nen3140', 'autocad', 'scrum',
];
const SENTENCES = [
  'Wij zoeken een enthousiaste collega die graag samenwerkt in een hecht team.',
  'Je werkt in een zorgteam van verpleegkundigen en verzorgenden en staat voor goede zorg voor onze cliënten.',
  'Als developer bouw je mee aan onze applicaties in TypeScript en Python, met PostgreSQL als database.',
  'Je bent verantwoordelijk voor de planning van transporten en de voorraad in ons magazijn.',
  'Klanten helpen via telefoon, chat en e-mail is jouw tweede natuur.',
  'Je hebt een afgeronde hbo-opleiding en minimaal drie jaar relevante werkervaring.',
  'We bieden een goed salaris, een dertiende maand, flexibele werktijden en een fietsplan.',
  'You will join a small engineering team that ships to production several times a day.',
  'We are looking for an experienced engineer who enjoys mentoring colleagues and improving our platform.',
  'You take ownership of customer relationships and grow our accounts across the Benelux.',
  'Our finance team closes the books monthly and reports to the management board.',
  'You have strong communication skills in Dutch and English.',
  'Je onderhoudt en repareert installaties bij klanten in de regio en werkt veilig volgens VCA.',
  'Als teamleider geef je leiding aan een team van twaalf medewerkers en coach je hen in hun ontwikkeling.',
  'Je stelt financiële rapportages op, verwerkt facturen en bewaakt de budgetten.',
  'Marketing campaigns, content and social media are part of your daily work.',
  'Je geeft les aan leerlingen in de onderbouw en werkt nauw samen met je collega-docenten.',
  'We offer a pension plan, training budget and the option to work from home two days a week.',
  'Data-analyse, dashboards en rapportages in SQL en Python horen bij je dagelijkse werk.',
  'Je adviseert leidinggevenden over verzuim, arbeidsrecht en ontwikkeling van medewerkers.',
];
const FIRST_NAMES = ['Sanne', 'Daan', 'Emma', 'Lucas', 'Julia', 'Sem', 'Sophie', 'Noah', 'Lotte', 'Milan', 'Fleur', 'Thijs', 'Anna', 'Jesse', 'Eva', 'Finn', 'Mila', 'Bram', 'Noor', 'Ruben'];
const LAST_NAMES = ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer'];

/** Picks one element of a text[] parameter per row (random() is evaluated per row). */
const pick = (param: string) => `(${param})[1 + floor(random() * cardinality(${param}))::int]`;

async function isSeeded(client: Client): Promise<boolean> {
  const { rows } = await client.query(`SELECT to_regclass('public.bench_dataset') IS NOT NULL AS present`);
  if (!rows[0].present) return false;
  const marker = await client.query(`SELECT value FROM bench_dataset WHERE key = 'dataset'`);
  return marker.rows[0]?.value?.version === DATASET_VERSION;
}

async function wipe(client: Client): Promise<void> {
  await client.query(`DROP SCHEMA IF EXISTS pgboss CASCADE`);
  await client.query(`DROP SCHEMA public CASCADE`);
  await client.query(`CREATE SCHEMA public`);
}

export async function sizes(client: Client): Promise<DatasetSizes> {
  const { rows } = await client.query(`
    SELECT (SELECT count(*) FROM organisations)::int AS organisations,
           (SELECT count(*) FROM users WHERE 'employee' = ANY(roles))::int AS employees,
           (SELECT count(*) FROM vacancies WHERE status = 'open')::int AS "openVacancies",
           (SELECT count(*) FROM vacancies)::int AS vacancies,
           (SELECT count(*) FROM referrals)::int AS referrals,
           (SELECT count(*) FROM people)::int AS people,
           (SELECT count(*) FROM referral_events)::int AS "referralEvents"`);
  return rows[0];
}

async function generate(client: Client, log: (line: string) => void): Promise<void> {
  const d = DATASET;
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const started = Date.now();
    const result = await client.query(sql, params);
    log(`  ${label}: ${result.rowCount ?? 0} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  // A cheap argon2id hash (4 MiB, 1 pass) computed once and shared by every bench employee: signing in
  // hundreds of employees stays fast. Production hashes use 19 MiB / 2 passes; login is not what is measured.
  const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id, memoryCost: 4096, timeCost: 1, parallelism: 1 });

  await client.query('BEGIN');
  await client.query(`SELECT setseed(0.4242)`);
  await step(
    'organisations',
    `INSERT INTO organisations (name, slug, default_locale)
     SELECT 'Bench Organisatie ' || lpad(o::text, 2, '0'), 'bench-org-' || o, CASE WHEN o % 5 = 0 THEN 'en' ELSE 'nl' END
       FROM generate_series(1, $1::int) o`,
    [d.organisations],
  );
  await client.query(`CREATE TEMP TABLE bench_org AS
    SELECT id, substring(slug from 'bench-org-(\\d+)')::int AS o FROM organisations WHERE slug LIKE 'bench-org-%'`);

  await client.query(`CREATE TEMP TABLE bench_emp AS
    SELECT bo.id AS org_id, bo.o, i, gen_random_uuid() AS person_id, gen_random_uuid() AS user_id
      FROM bench_org bo CROSS JOIN generate_series(1, $1::int) i`, [d.employeesPerOrganisation]);
  await client.query(`CREATE UNIQUE INDEX ON bench_emp (o, i)`);
  await step(
    'people (employees)',
    `INSERT INTO people (id, organisation_id, first_name, last_name, email, phone, locale, phase, employment_type)
     SELECT e.person_id, e.org_id, ${pick('$1::text[]')}, ${pick('$2::text[]')},
            'medewerker-' || e.i || '@org-' || e.o || '.bench.kring.localhost',
            CASE WHEN e.i % 3 = 0 THEN '+316' || lpad((e.o * 1000 + e.i)::text, 8, '0') END,
            CASE WHEN e.i % 7 = 0 THEN 'en' ELSE 'nl' END, 'employment',
            CASE WHEN e.i % 7 = 3 THEN 'flex' ELSE 'permanent' END
       FROM bench_emp e`,
    [FIRST_NAMES, LAST_NAMES],
  );
  await step(
    'users (employees)',
    `INSERT INTO users (id, organisation_id, person_id, email, password_hash, roles, status, locale, last_login_at)
     SELECT e.user_id, e.org_id, e.person_id, 'medewerker-' || e.i || '@org-' || e.o || '.bench.kring.localhost', $1,
            CASE WHEN e.i = 1 THEN ARRAY['hr_admin', 'employee'] ELSE ARRAY['employee'] END,
            CASE WHEN e.i % $2::int = 0 THEN 'deactivated' ELSE 'active' END,
            CASE WHEN e.i % 7 = 0 THEN 'en' ELSE 'nl' END,
            now() - random() * interval '60 days'
       FROM bench_emp e`,
    [hash, DEACTIVATED_EVERY],
  );

  await step(
    'programmes',
    `INSERT INTO programmes (organisation_id, name, kind, audiences, reward_summary, terms_markdown, created_at)
     SELECT bo.id, p.name, p.kind, p.audiences, p.reward, p.terms, now() - p.age
       FROM bench_org bo CROSS JOIN (VALUES
         ('Medewerkers werven medewerkers', 'internal', ARRAY['employee_permanent', 'employee_flex'],
          '€ 750 bij indiensttreding, € 750 na de proeftijd', 'De beloning wordt uitbetaald met het salaris.', interval '400 days'),
         ('Iedereen werft mee', 'combined', ARRAY['employee_permanent', 'employee_flex', 'alumnus', 'external_referrer'],
          '€ 500 after probation', 'Rewards are paid after the probation period.', interval '200 days')
       ) AS p(name, kind, audiences, reward, terms, age)`,
  );
  await client.query(`CREATE TEMP TABLE bench_prog AS
    SELECT p.id, p.organisation_id AS org_id, row_number() OVER (PARTITION BY p.organisation_id ORDER BY p.kind) AS n
      FROM programmes p`);

  const perOrg = d.openVacanciesPerOrganisation + d.closedVacanciesPerOrganisation + d.draftVacanciesPerOrganisation;
  await client.query(`CREATE TEMP TABLE bench_vac AS
    SELECT bo.id AS org_id, bo.o, j, gen_random_uuid() AS id,
           CASE WHEN j <= $1::int THEN 'open' WHEN j <= $2::int THEN 'closed' ELSE 'draft' END AS status
      FROM bench_org bo CROSS JOIN generate_series(1, $3::int) j`, [
    d.openVacanciesPerOrganisation,
    d.openVacanciesPerOrganisation + d.closedVacanciesPerOrganisation,
    perOrg,
  ]);
  await client.query(`CREATE UNIQUE INDEX ON bench_vac (o, j)`);
  await step(
    'vacancies (search trigger fills search_vector)',
    `INSERT INTO vacancies (id, organisation_id, title, description_markdown, department, location, employment_type,
                            hours_min, hours_max, salary_min, salary_max, salary_period, skills, status, hard_to_fill,
                            hiring_manager_user_id, opened_at, closed_at, created_at)
     SELECT v.id, v.org_id, t.title,
            '## ' || t.title || E'\\n\\n' || ${pick('$2::text[]')} || ' ' || ${pick('$2::text[]')} || E'\\n\\n' ||
              ${pick('$2::text[]')} || ' ' || ${pick('$2::text[]')} || E'\\n\\n- ' || ${pick('$2::text[]')} || E'\\n- ' || ${pick('$2::text[]')},
            ${pick('$3::text[]')}, ${pick('$4::text[]')},
            (ARRAY['permanent', 'permanent', 'temporary', 'flex', 'internship'])[1 + (v.j % 5)],
            24 + (v.j % 3) * 4, 32 + (v.j % 2) * 8, 2800 + (v.j % 10) * 250, 3800 + (v.j % 10) * 300, 'month',
            ARRAY[${pick('$5::text[]')}, ${pick('$5::text[]')}, ${pick('$5::text[]')}],
            v.status, v.j % 9 = 0, hm.user_id,
            CASE WHEN v.status <> 'draft' THEN now() - (v.j || ' days')::interval END,
            CASE WHEN v.status = 'closed' THEN now() - interval '1 day' END,
            now() - ((v.j * 2) || ' days')::interval
       FROM bench_vac v
       CROSS JOIN LATERAL (SELECT ($1::text[])[1 + ((v.j * 7 + v.o) % cardinality($1::text[]))] AS title) t
       JOIN bench_emp hm ON hm.o = v.o AND hm.i = 2 + (v.j % ($6::int - 1))`,
    [TITLES, SENTENCES, DEPARTMENTS, LOCATIONS, SKILLS, HIRING_TEAM_MAX],
  );

  await client.query(`CREATE TEMP TABLE bench_ref AS
    SELECT bo.id AS org_id, bo.o, k, gen_random_uuid() AS id, gen_random_uuid() AS person_id,
           now() - random() * interval '730 days' AS created_at, random() AS r1, random() AS r2
      FROM bench_org bo CROSS JOIN generate_series(1, $1::int) k`, [d.referralsPerOrganisation]);
  await step(
    'people (candidates)',
    `INSERT INTO people (id, organisation_id, first_name, last_name, email, locale, phase, created_at)
     SELECT r.person_id, r.org_id, ${pick('$1::text[]')}, ${pick('$2::text[]')},
            'kandidaat-' || r.k || '@org-' || r.o || '.example.nl', CASE WHEN r.k % 6 = 0 THEN 'en' ELSE 'nl' END,
            'relation', r.created_at
       FROM bench_ref r`,
    [FIRST_NAMES, LAST_NAMES],
  );
  // Consent: recent referrals may still await consent; declined and expired ones are erased (as the app does).
  await client.query(`CREATE TEMP TABLE bench_ref2 AS
    SELECT r.*,
           CASE WHEN r.created_at > now() - interval '14 days' AND r.r1 < 0.5 THEN 'awaiting_consent'
                WHEN r.r1 < 0.82 THEN 'consented' WHEN r.r1 < 0.92 THEN 'declined' ELSE 'expired' END AS consent_state
      FROM bench_ref r`);
  await step(
    'referrals',
    `INSERT INTO referrals (id, organisation_id, programme_id, vacancy_id, referrer_user_id, candidate_person_id,
                           candidate_name, candidate_email, candidate_phone, candidate_locale, relationship, motivation,
                           candidate_informed, stage, stage_changed_at, consent_state, consent_due_at, consent_decided_at,
                           rejection_reason, erased_at, created_at, updated_at)
     SELECT r.id, r.org_id, p.id, v.id, e.user_id,
            CASE WHEN erased THEN NULL ELSE r.person_id END,
            CASE WHEN erased THEN NULL ELSE cp.first_name || ' ' || cp.last_name END,
            CASE WHEN erased THEN NULL ELSE cp.email END,
            CASE WHEN erased OR r.k % 4 <> 0 THEN NULL ELSE '+316' || lpad((r.o * 10000 + r.k)::text, 8, '0') END,
            cp.locale,
            (ARRAY['former_colleague', 'friend', 'family', 'study', 'network', 'other'])[1 + r.k % 6],
            CASE WHEN erased THEN NULL ELSE 'Zeer geschikt: ' || (ARRAY['ervaren en betrouwbaar', 'great team player', 'sterke communicator', 'knows our domain well'])[1 + r.k % 4] END,
            r.k % 3 <> 0,
            CASE WHEN erased THEN 'withdrawn' WHEN r.consent_state = 'awaiting_consent' THEN 'new'
                 ELSE (ARRAY['new', 'screening', 'screening', 'interview', 'interview', 'offer', 'hired', 'hired',
                             'rejected', 'rejected', 'rejected', 'withdrawn'])[1 + floor(r.r2 * 12)::int] END,
            r.created_at + interval '3 days', r.consent_state, r.created_at + interval '14 days',
            CASE WHEN r.consent_state <> 'awaiting_consent' THEN r.created_at + interval '2 days' END,
            NULL, CASE WHEN erased THEN r.created_at + interval '14 days' END, r.created_at, r.created_at + interval '3 days'
       FROM (SELECT *, consent_state IN ('declined', 'expired') AS erased FROM bench_ref2) r
       JOIN people cp ON cp.id = r.person_id
       JOIN bench_prog p ON p.org_id = r.org_id AND p.n = 1 + (r.k % 2)
       JOIN bench_emp e ON e.o = r.o AND e.i = 1 + ((r.k * 37) % $1::int)
       LEFT JOIN bench_vac v ON v.o = r.o AND r.k % 10 <> 0 AND v.j = 1 + ((r.k * 13) % $2::int)`,
    [d.employeesPerOrganisation, perOrg],
  );
  await step(
    'referral events',
    `INSERT INTO referral_events (organisation_id, referral_id, kind, from_value, to_value, actor_user_id, created_at)
     SELECT r.organisation_id, r.id, 'stage', NULL, 'new', r.referrer_user_id, r.created_at FROM referrals r
     UNION ALL
     SELECT r.organisation_id, r.id, 'consent', NULL, 'awaiting_consent', NULL, r.created_at FROM referrals r
     UNION ALL
     SELECT r.organisation_id, r.id, 'consent', 'awaiting_consent', r.consent_state, NULL, r.consent_decided_at
       FROM referrals r WHERE r.consent_state <> 'awaiting_consent'
     UNION ALL
     SELECT r.organisation_id, r.id, 'stage', 'new', r.stage, NULL, r.stage_changed_at FROM referrals r WHERE r.stage <> 'new'`,
  );
  await step(
    'candidate tokens (awaiting consent)',
    `INSERT INTO candidate_tokens (organisation_id, referral_id, purpose, token_hash, expires_at)
     SELECT r.organisation_id, r.id, t.purpose, sha256(convert_to(r.id::text || t.purpose, 'UTF8')), r.consent_due_at
       FROM referrals r CROSS JOIN (VALUES ('consent'), ('decline')) t(purpose)
      WHERE r.consent_state = 'awaiting_consent'`,
  );
  await client.query(`CREATE TABLE bench_dataset (key text PRIMARY KEY, value jsonb NOT NULL, seeded_at timestamptz NOT NULL DEFAULT now())`);
  await client.query(`INSERT INTO bench_dataset (key, value) VALUES ('dataset', $1)`, [
    JSON.stringify({ version: DATASET_VERSION, ...DATASET }),
  ]);
  await client.query('COMMIT');
  const started = Date.now();
  await client.query('VACUUM ANALYZE');
  log(`  VACUUM ANALYZE in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Migrates and seeds when needed (or always with reseed); returns the dataset sizes. */
export async function ensureDataset(url: string, options: { reseed?: boolean; log?: (line: string) => void } = {}): Promise<DatasetSizes> {
  const log = options.log ?? console.log;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    if (options.reseed || !(await isSeeded(client))) {
      const started = Date.now();
      log(options.reseed ? 'bench: --reseed: regenerating the dataset' : 'bench: no dataset yet: generating it');
      await wipe(client);
      await migrate(url, () => undefined);
      await generate(client, log);
      log(`bench: dataset generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } else {
      // Migrations added since the dataset was generated are applied to it (new columns take their defaults).
      const ran = await migrate(url, () => undefined);
      log(`bench: reusing the existing dataset (--reseed regenerates it)${ran.length ? `; applied ${ran.join(', ')}` : ''}`);
    }
    return await sizes(client);
  } finally {
    await client.end();
  }
}

if (require.main === module) {
  (async () => {
    const db = await benchDatabase();
    try {
      const s = await ensureDataset(db.url, { reseed: process.argv.includes('--reseed') });
      console.log(`bench: data: ${JSON.stringify(s)}`);
    } finally {
      await db.stop();
    }
  })().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
