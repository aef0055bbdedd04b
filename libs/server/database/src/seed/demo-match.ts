import type { EntityManager } from 'typeorm';

/**
 * Search & Match demo data: a few alumni and contacts of the demo organisation with matching consent and ESCO skills
 * and occupations (as if extracted from their profiles), and a confirmed match profile on the vacancy "Verpleegkundige
 * wijkzorg", so HR sees ranked, explained matches right after `npm start` (/manage/vacancies/:id/match).
 *
 * The URIs are ESCO concepts from the shipped bundle (libs/server/esco/data), chosen by hand from the essential skills
 * of the people's occupations: this library cannot run the extractor (it sits below the match library). Idempotent:
 * every insert skips what exists, and a person or vacancy that is not there is skipped.
 */

const ESCO = 'http://data.europa.eu/esco';
const occupation = (id: string) => `${ESCO}/occupation/${id}`;
const skill = (id: string) => `${ESCO}/skill/${id}`;

const NURSE = occupation('8d3e8aaa-791b-4c75-a465-f3f827028f50'); // algemeen verpleegkundige
const HOME_CARE_AIDE = occupation('1391bdf9-bd61-4fb5-91ca-c29036ab2b60'); // thuiszorgmedewerker
const PHYSIOTHERAPIST = occupation('006cc1f9-2841-41c3-991a-dc3f2f3bd533'); // fysiotherapeut
const ICT_TECHNICIAN = occupation('3e7bf729-4442-4b9f-ad5e-83111963795c'); // ICT-technicus
const DATA_ANALYST = occupation('d3edb8f8-3a06-47a0-8fb9-9b212c006aa2'); // data-analist

const S = {
  hygiene: skill('0450eaee-1a00-4622-8f4e-5356fce816d2'), // hygiëne in de gezondheidszorg
  changingSituations: skill('049c8caf-dd12-45fc-9bfa-b64051f32a19'), // inspelen op veranderende situaties in de zorg
  prevention: skill('097098fc-6d89-44e9-9305-98ac5c0a78ac'), // voorlichten over preventie van ziekte
  nursingCare: skill('1023ac61-250f-4eef-b7a9-238cf071685f'), // professionele zorg bieden bij verpleging
  continuity: skill('13724e7d-b946-4773-915e-9621340237bc'), // bijdragen aan de continuïteit van zorg
  eHealth: skill('16636767-c215-4cf0-b126-e144fea20926'), // elektronische en mobiele gezondheidstechnologieën gebruiken
  empathy: skill('2475cd27-8d6c-4318-a364-21395b23acba'), // meeleven met gebruikers van gezondheidszorg
  healthLaw: skill('1709f408-9965-489b-9805-8e1e5d9e483b'), // wetgeving inzake gezondheidszorg
  elderly: skill('261e740b-d32d-4356-94a8-3ea29128b70b'), // zorgen voor ouderen
  elderlyNeeds: skill('634865e0-2ec2-4b7f-bb7f-c196637f0f7b'), // behoeften van ouderen
  disabilityCare: skill('54411e8e-d62f-46d8-b87b-fce23f8e3bc8'), // zorg voor personen met een handicap
  physicalSupport: skill('8ef1b45e-8499-4b1b-91f7-f8278bbb7767'), // cliënten met een lichamelijke beperking ondersteunen
  physioInterventions: skill('0cd351e5-8798-482e-88a0-4d3eb8fec257'), // fysiotherapeutische interventies aanpassen
  ictSystems: skill('0868eef3-2213-4572-9343-74931345a7d3'), // ICT-systeem beheren
  ictProblems: skill('744442ac-c157-4350-8be0-ce454df4f5c5'), // ICT-problemen oplossen
  routing: skill('0da6cab1-0ee9-4391-a299-f71fbf21db56'), // ICT-netwerkroutering
  bi: skill('143769cb-b61e-47d8-a61e-eedfbec1016c'), // business intelligence
  dataMining: skill('25f0ea33-b4a2-4f31-b7b4-7d20e827b180'), // datamining
  statistics: skill('382c11ed-20d5-4ae7-b60e-15fec527fa6c'), // technieken toepassen voor statistische analyses
};

interface DemoProfile {
  email: string;
  occupations: string[];
  skills: string[];
  languages: string[];
  availableInDays?: number;
}

/** People of demo-erm-people.ts and the demo alumna, matched by e-mail. */
const PROFILES: DemoProfile[] = [
  { email: 'mark.postma@example.nl', occupations: [NURSE], skills: [S.nursingCare, S.continuity, S.hygiene, S.changingSituations, S.prevention, S.empathy, S.healthLaw], languages: ['nl', 'en'] },
  { email: 'joost.vandijk@example.nl', occupations: [NURSE], skills: [S.nursingCare, S.continuity, S.hygiene, S.prevention, S.eHealth], languages: ['nl'], availableInDays: 60 },
  { email: 'sophie.janssen@example.nl', occupations: [NURSE], skills: [S.nursingCare, S.hygiene, S.empathy], languages: ['nl'] },
  { email: 'daniel.okafor@example.nl', occupations: [NURSE], skills: [S.nursingCare, S.changingSituations, S.continuity, S.eHealth], languages: ['en'] },
  { email: 'alumnus@demo.kring.localhost', occupations: [HOME_CARE_AIDE], skills: [S.elderly, S.elderlyNeeds, S.physicalSupport, S.hygiene, S.empathy], languages: ['nl', 'en'] },
  { email: 'eva.degraaf@example.nl', occupations: [HOME_CARE_AIDE], skills: [S.elderly, S.elderlyNeeds, S.disabilityCare, S.hygiene], languages: ['nl'] },
  { email: 'noor.debruijn@example.nl', occupations: [HOME_CARE_AIDE], skills: [S.elderly, S.physicalSupport], languages: ['nl'], availableInDays: 30 },
  { email: 'sarah.brouwer@example.nl', occupations: [PHYSIOTHERAPIST], skills: [S.physioInterventions, S.changingSituations, S.prevention, S.continuity], languages: ['en', 'nl'] },
  { email: 'priya.sewdien@example.nl', occupations: [PHYSIOTHERAPIST], skills: [S.physioInterventions, S.prevention], languages: ['en'] },
  { email: 'tom.verhoeven@example.nl', occupations: [ICT_TECHNICIAN], skills: [S.ictSystems, S.ictProblems, S.routing], languages: ['nl'] },
  { email: 'ravi.ramdin@example.nl', occupations: [DATA_ANALYST], skills: [S.bi, S.dataMining, S.statistics], languages: ['en'] },
];

/** The vacancy HR opens in the demo, with confirmed skills (essential and optional) and occupation. */
const VACANCY = {
  title: 'Verpleegkundige wijkzorg',
  occupations: [NURSE],
  essential: [S.nursingCare, S.continuity, S.hygiene, S.changingSituations],
  optional: [S.prevention, S.empathy, S.eHealth],
  languages: ['nl'],
};

const DAY = 86_400_000;

export async function seedDemoMatch(tx: EntityManager, organisationId: string, now: Date): Promise<void> {
  for (const p of PROFILES) {
    const [person] = (await tx.query(`SELECT id, location FROM people WHERE organisation_id = $1 AND email = $2`, [organisationId, p.email])) as {
      id: string;
      location: string | null;
    }[];
    if (!person) continue;
    const given = new Date(now.getTime() - 30 * DAY);
    const inserted = (await tx.query(
      `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at, expires_at, created_at, updated_at)
       VALUES ($1, $2, 'matching', 'granted', 'hr', $3, $4, $3, $3)
       ON CONFLICT (organisation_id, person_id, purpose) DO NOTHING RETURNING id`,
      [organisationId, person.id, given, new Date(given.getTime() + 365 * DAY)],
    )) as unknown[];
    if (inserted.length > 0) {
      await tx.query(
        `INSERT INTO consent_events (organisation_id, person_id, purpose, status, source, expires_at, occurred_at)
         VALUES ($1, $2, 'matching', 'granted', 'hr', $3, $4)`,
        [organisationId, person.id, new Date(given.getTime() + 365 * DAY), given],
      );
    }
    for (const [table, uris] of [
      ['person_skills', p.skills],
      ['person_occupations', p.occupations],
    ] as const) {
      await tx.query(
        `INSERT INTO ${table} (organisation_id, person_id, uri, source, confidence, created_at, updated_at)
         SELECT $1, $2, uri, 'extracted_profile', 0.8, $4, $4 FROM unnest($3::text[]) AS uri
         ON CONFLICT DO NOTHING`,
        [organisationId, person.id, uris, now],
      );
    }
    await tx.query(
      `INSERT INTO person_match_profiles (organisation_id, person_id, region, languages, available_from, skill_count, occupation_count, updated_at)
       VALUES ($1, $2, $3, $4, $5,
               (SELECT count(*) FROM person_skills WHERE organisation_id = $1 AND person_id = $2),
               (SELECT count(*) FROM person_occupations WHERE organisation_id = $1 AND person_id = $2), $6)
       ON CONFLICT (organisation_id, person_id) DO NOTHING`,
      [
        organisationId,
        person.id,
        person.location,
        p.languages,
        p.availableInDays === undefined ? null : new Date(now.getTime() + p.availableInDays * DAY).toISOString().slice(0, 10),
        now,
      ],
    );
  }

  const [vacancy] = (await tx.query(`SELECT id, location FROM vacancies WHERE organisation_id = $1 AND title = $2 ORDER BY created_at LIMIT 1`, [
    organisationId,
    VACANCY.title,
  ])) as { id: string; location: string | null }[];
  if (!vacancy) return;
  for (const [kind, uris] of [
    ['essential', VACANCY.essential],
    ['optional', VACANCY.optional],
  ] as const) {
    await tx.query(
      `INSERT INTO vacancy_skills (organisation_id, vacancy_id, uri, kind, status, confidence, confirmed_at, created_at, updated_at)
       SELECT $1, $2, uri, $4, 'confirmed', 0.8, $5, $5, $5 FROM unnest($3::text[]) AS uri
       ON CONFLICT DO NOTHING`,
      [organisationId, vacancy.id, uris, kind, now],
    );
  }
  await tx.query(
    `INSERT INTO vacancy_occupations (organisation_id, vacancy_id, uri, status, confidence, confirmed_at, created_at, updated_at)
     SELECT $1, $2, uri, 'confirmed', 0.8, $4, $4, $4 FROM unnest($3::text[]) AS uri
     ON CONFLICT DO NOTHING`,
    [organisationId, vacancy.id, VACANCY.occupations, now],
  );
  await tx.query(
    `INSERT INTO vacancy_match_criteria (organisation_id, vacancy_id, region, languages, updated_at)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (organisation_id, vacancy_id) DO NOTHING`,
    [organisationId, vacancy.id, vacancy.location, VACANCY.languages, now],
  );
}
