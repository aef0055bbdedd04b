import type { EntityManager } from 'typeorm';
import { officeTime } from './demo-erm-time';

const DAY = 86_400_000;

const POOLS = [
  { name: 'Zorgprofessionals', description: 'Verpleegkundigen, verzorgenden en andere zorgprofessionals die later misschien bij ons willen werken.', public: true },
  { name: 'Studenten & stagiairs', description: 'Studenten die een stage, leerwerkplek of bijbaan zoeken.', public: true },
  { name: 'Ondersteunende diensten', description: 'ICT, facilitair, planning en administratie.', public: false },
] as const;

type PoolName = (typeof POOLS)[number]['name'];

/**
 * Contacts who signed up through the "keep me posted" form and confirmed. `confirmedDaysAgo` decides when
 * their 12 months run out: above 335 days ago, the expiry is within 30 days (a renewal reminder is due).
 */
const CONTACTS: Array<{ firstName: string; lastName: string; email: string; locale: 'nl' | 'en'; location: string; skills: string[]; pools: PoolName[]; confirmedDaysAgo: number }> = [
  { firstName: 'Annemiek', lastName: 'Boer', email: 'annemiek.boer@example.nl', locale: 'nl', location: 'Utrecht', skills: ['wondzorg', 'palliatieve zorg'], pools: ['Zorgprofessionals'], confirmedDaysAgo: 12 },
  { firstName: 'Jeroen', lastName: 'Visser', email: 'jeroen.visser@example.nl', locale: 'nl', location: 'Zeist', skills: ['ouderenzorg'], pools: ['Zorgprofessionals'], confirmedDaysAgo: 45 },
  { firstName: 'Samira', lastName: 'Bouzid', email: 'samira.bouzid@example.nl', locale: 'nl', location: 'Utrecht', skills: ['big-registratie', 'ic'], pools: ['Zorgprofessionals'], confirmedDaysAgo: 350 },
  { firstName: 'Liam', lastName: 'de Wit', email: 'liam.dewit@example.nl', locale: 'en', location: 'Amersfoort', skills: ['fysiotherapie'], pools: ['Zorgprofessionals'], confirmedDaysAgo: 200 },
  { firstName: 'Femke', lastName: 'Meijer', email: 'femke.meijer@example.nl', locale: 'nl', location: 'Houten', skills: ['dementiezorg'], pools: ['Zorgprofessionals'], confirmedDaysAgo: 358 },
  { firstName: 'Daan', lastName: 'Jacobs', email: 'daan.jacobs@example.nl', locale: 'nl', location: 'Utrecht', skills: ['verpleegkunde'], pools: ['Studenten & stagiairs'], confirmedDaysAgo: 30 },
  { firstName: 'Zoë', lastName: 'van Leeuwen', email: 'zoe.vanleeuwen@example.nl', locale: 'nl', location: 'Utrecht', skills: ['mbo verzorgende'], pools: ['Studenten & stagiairs', 'Zorgprofessionals'], confirmedDaysAgo: 90 },
  { firstName: 'Omar', lastName: 'Haddou', email: 'omar.haddou@example.nl', locale: 'nl', location: 'Nieuwegein', skills: ['hbo-v'], pools: ['Studenten & stagiairs'], confirmedDaysAgo: 340 },
  { firstName: 'Julia', lastName: 'Schouten', email: 'julia.schouten@example.nl', locale: 'en', location: 'Utrecht', skills: ['geneeskunde'], pools: ['Studenten & stagiairs'], confirmedDaysAgo: 5 },
  { firstName: 'Kevin', lastName: 'Mertens', email: 'kevin.mertens@example.nl', locale: 'nl', location: 'Amersfoort', skills: ['netwerkbeheer', 'epd'], pools: ['Ondersteunende diensten'], confirmedDaysAgo: 120 },
  { firstName: 'Mila', lastName: 'Timmermans', email: 'mila.timmermans@example.nl', locale: 'nl', location: 'Zeist', skills: ['roosteren', 'planning'], pools: ['Ondersteunende diensten'], confirmedDaysAgo: 346 },
  { firstName: 'Hugo', lastName: 'Claassen', email: 'hugo.claassen@example.nl', locale: 'nl', location: 'Utrecht', skills: ['dieetkeuken'], pools: ['Ondersteunende diensten'], confirmedDaysAgo: 70 },
];

/** People the other demo seeds made, added to a pool by HR (an alumnus stays an alumnus). */
const HR_ADDED: Array<[string, PoolName]> = [
  ['sophie.janssen@example.nl', 'Zorgprofessionals'],
  ['lotte.vermeulen@example.nl', 'Studenten & stagiairs'],
  ['mark.postma@example.nl', 'Zorgprofessionals'],
];

/** Demo ERM pools data. Runs on every seed: must do nothing when its data is already there. */
export async function seedDemoErmPools(tx: EntityManager, organisationId: string, now: Date): Promise<void> {
  const [done] = await tx.query(`SELECT 1 FROM talent_pools WHERE organisation_id = $1 AND lower(name) = lower($2)`, [organisationId, POOLS[0].name]);
  if (done) return;
  const ago = (days: number) => officeTime(now, days);
  const poolIds = new Map<string, string>();
  for (const pool of POOLS) {
    const [row] = await tx.query(
      `INSERT INTO talent_pools (organisation_id, name, description, public, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
      [organisationId, pool.name, pool.description, pool.public, ago(400)],
    );
    poolIds.set(pool.name, row.id);
  }

  const join = async (personId: string, pool: PoolName, source: 'talent_pool_form' | 'hr', at: Date) => {
    const poolId = poolIds.get(pool)!;
    await tx.query(
      `INSERT INTO talent_pool_members (organisation_id, pool_id, person_id, source, joined_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [organisationId, poolId, personId, source, at],
    );
    await tx.query(
      `INSERT INTO touchpoints (organisation_id, person_id, kind, channel, phase, occurred_at, subject_type, subject_id, data)
       SELECT organisation_id, id, 'talent_pool_joined', 'talent_pool', phase, $3, 'talent_pool', $4, $5 FROM people WHERE organisation_id = $1 AND id = $2`,
      [organisationId, personId, at, poolId, { source }],
    );
  };
  const toOrientation = async (personId: string, from: string, at: Date) => {
    await tx.query(`UPDATE people SET phase = 'orientation', phase_changed_at = $3, updated_at = $3 WHERE organisation_id = $1 AND id = $2`, [organisationId, personId, at]);
    await tx.query(
      `INSERT INTO phase_transitions (organisation_id, person_id, from_phase, to_phase, cause, occurred_at) VALUES ($1, $2, $3, 'orientation', 'talent_pool_joined', $4)`,
      [organisationId, personId, from, at],
    );
  };

  for (const c of CONTACTS) {
    const confirmed = ago(c.confirmedDaysAgo);
    const signedUp = new Date(confirmed.getTime() - DAY);
    const expires = new Date(confirmed);
    expires.setUTCMonth(expires.getUTCMonth() + 12);
    const interests = c.pools.map((name) => name);
    const [row] = await tx.query(
      `INSERT INTO people (organisation_id, first_name, last_name, email, locale, location, skills, interests, phase, source, phase_changed_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'information', 'talent_pool_form', $9, $9, $9)
       ON CONFLICT (organisation_id, email) WHERE email IS NOT NULL DO NOTHING RETURNING id`,
      [organisationId, c.firstName, c.lastName, c.email, c.locale, c.location, c.skills, interests, signedUp],
    );
    if (!row) continue;
    await toOrientation(row.id, 'information', confirmed);
    for (const pool of c.pools) await join(row.id, pool, 'talent_pool_form', confirmed);
    await tx.query(
      `INSERT INTO consents (organisation_id, person_id, purpose, status, source, requested_at, given_at, expires_at, created_at, updated_at)
       VALUES ($1, $2, 'talent_pool', 'granted', 'talent_pool_form', $3, $4, $5, $3, $4)`,
      [organisationId, row.id, signedUp, confirmed, expires],
    );
    await tx.query(
      `INSERT INTO consent_events (organisation_id, person_id, purpose, status, source, expires_at, occurred_at)
       VALUES ($1, $2, 'talent_pool', 'pending', 'talent_pool_form', NULL, $3), ($1, $2, 'talent_pool', 'granted', 'talent_pool_form', $4, $5)`,
      [organisationId, row.id, signedUp, expires, confirmed],
    );
  }

  for (const [email, pool] of HR_ADDED) {
    const [person] = await tx.query(`SELECT id, phase FROM people WHERE organisation_id = $1 AND email = $2`, [organisationId, email]);
    if (!person) continue;
    const at = ago(10);
    if (!['orientation', 'entry', 'employment', 'exit'].includes(person.phase)) await toOrientation(person.id, person.phase, at);
    await join(person.id, pool, 'hr', at);
  }

  // One sign-up waiting for its double opt-in: nothing about them is kept beyond name and address until they confirm.
  const [pending] = await tx.query(
    `INSERT INTO people (organisation_id, first_name, last_name, email, locale, source, created_at, updated_at, phase_changed_at)
     VALUES ($1, 'Ruben', 'Kuipers', 'ruben.kuipers@example.nl', 'nl', 'talent_pool_form', $2, $2, $2)
     ON CONFLICT (organisation_id, email) WHERE email IS NOT NULL DO NOTHING RETURNING id`,
    [organisationId, ago(2)],
  );
  if (pending) {
    await tx.query(
      `INSERT INTO consents (organisation_id, person_id, purpose, status, source, requested_at, created_at, updated_at) VALUES ($1, $2, 'talent_pool', 'pending', 'talent_pool_form', $3, $3, $3)`,
      [organisationId, pending.id, ago(2)],
    );
    await tx.query(`INSERT INTO consent_events (organisation_id, person_id, purpose, status, source, occurred_at) VALUES ($1, $2, 'talent_pool', 'pending', 'talent_pool_form', $3)`, [
      organisationId,
      pending.id,
      ago(2),
    ]);
    await tx.query(
      `INSERT INTO talent_pool_signups (organisation_id, person_id, person_created, first_name, last_name, locale, location, skills, pool_ids, expires_at, created_at)
       VALUES ($1, $2, true, 'Ruben', 'Kuipers', 'nl', 'Utrecht', '{verpleegkunde}', $3, $4, $5)`,
      [organisationId, pending.id, [poolIds.get('Zorgprofessionals')], new Date(ago(2).getTime() + 7 * DAY), ago(2)],
    );
  }
}
