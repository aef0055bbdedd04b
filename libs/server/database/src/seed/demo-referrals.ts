import type { EntityManager } from 'typeorm';

const DAY = 86_400_000;

const VACANCIES = [
  { title: 'Verpleegkundige wijkzorg', department: 'Wijkzorg', location: 'Utrecht', hardToFill: true, hours: [24, 36], skills: ['wondzorg', 'BIG-registratie', 'palliatieve zorg'],
    description: 'Als **wijkverpleegkundige** ben je het eerste aanspreekpunt voor cliënten thuis.\n\n- Indiceren en plannen van zorg\n- Samenwerken met huisartsen\n- Ruimte voor scholing' },
  { title: 'Helpende Plus', department: 'Verpleeghuis De Linde', location: 'Zeist', hardToFill: false, hours: [16, 28], skills: ['ADL-ondersteuning', 'dementiezorg'],
    description: 'Je ondersteunt bewoners bij de dagelijkse verzorging en zorgt voor een warme sfeer op de afdeling.' },
  { title: 'Teamleider zorg', department: 'Verpleeghuis De Linde', location: 'Zeist', hardToFill: false, hours: [32, 36], skills: ['leidinggeven', 'roosteren'],
    description: 'Je geeft leiding aan een zelfstandig team van 25 collega’s en houdt de kwaliteit van zorg hoog.' },
  { title: 'Facilitair medewerker', department: 'Facilitair', location: 'Utrecht', hardToFill: false, hours: [20, 32], skills: ['schoonmaak', 'logistiek'],
    description: 'Je zorgt ervoor dat alles klaarstaat: van linnen tot maaltijden.' },
  { title: 'Nurse practitioner (English speaking)', department: 'Wijkzorg', location: 'Amsterdam', hardToFill: true, hours: [32, 36], skills: ['nursing', 'English'],
    description: 'We are looking for an experienced **nurse practitioner** for our international clients in Amsterdam.' },
];

const CANDIDATES: Array<{ name: string; email: string; consent: string; vacancy: number; daysAgo: number; relationship: string; steps: string[] }> = [
  { name: 'Sanne Visser', email: 'sanne.visser@example.nl', consent: 'awaiting_consent', vacancy: 0, daysAgo: 1, relationship: 'friend', steps: ['new'] },
  { name: 'Daan Mulder', email: 'daan.mulder@example.nl', consent: 'consented', vacancy: 0, daysAgo: 3, relationship: 'former_colleague', steps: ['new'] },
  { name: 'Fatima El Amrani', email: 'fatima.elamrani@example.nl', consent: 'consented', vacancy: 1, daysAgo: 9, relationship: 'study', steps: ['new', 'screening'] },
  { name: 'Lucas de Jong', email: 'lucas.dejong@example.nl', consent: 'consented', vacancy: 2, daysAgo: 14, relationship: 'network', steps: ['new', 'screening', 'interview'] },
  { name: 'Emma Bos', email: 'emma.bos@example.nl', consent: 'consented', vacancy: 0, daysAgo: 21, relationship: 'former_colleague', steps: ['new', 'screening', 'interview', 'offer'] },
  { name: 'Noah Smit', email: 'noah.smit@example.nl', consent: 'consented', vacancy: 1, daysAgo: 45, relationship: 'family', steps: ['new', 'screening', 'interview', 'offer', 'hired'] },
  { name: 'Julia Meijer', email: 'julia.meijer@example.nl', consent: 'consented', vacancy: 3, daysAgo: 30, relationship: 'friend', steps: ['new', 'screening', 'rejected'] },
  { name: 'Sem de Wit', email: 'sem.dewit@example.nl', consent: 'consented', vacancy: 2, daysAgo: 25, relationship: 'network', steps: ['new', 'screening', 'interview', 'withdrawn'] },
];

/**
 * Demo referral data: five vacancies, an internal programme, a combined programme (employees, alumni, external
 * referrers), a referral action that ends in a month, and referrals in every stage plus one awaiting consent and
 * one whose candidate declined (erased). Added once: skipped when the organisation already has programmes.
 */
export async function seedDemoReferrals(tx: EntityManager, organisationId: string, now: Date): Promise<boolean> {
  const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM programmes WHERE organisation_id = $1`, [organisationId]);
  if (n > 0) return false;
  const users: Array<{ id: string; email: string; person_id: string }> = await tx.query(
    `SELECT id, email, person_id FROM users WHERE organisation_id = $1`,
    [organisationId],
  );
  const user = (prefix: string) => users.find((u) => u.email.startsWith(prefix))!;
  const hr = user('hr@');
  const employee = user('medewerker@');
  const alumnus = user('alumnus@');
  await tx.query(`UPDATE people SET employment_type = 'permanent' WHERE id IN ($1, $2)`, [hr.person_id, employee.person_id]);

  const vacancyIds: string[] = [];
  for (const v of VACANCIES) {
    const [row] = await tx.query(
      `INSERT INTO vacancies (organisation_id, title, description_markdown, department, location, hours_min, hours_max, skills, status,
                              hard_to_fill, hiring_manager_user_id, opened_at, salary_min, salary_max, salary_period)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open', $9, $10, $11, 2800, 4200, 'month') RETURNING id`,
      [organisationId, v.title, v.description, v.department, v.location, v.hours[0], v.hours[1], v.skills, v.hardToFill, hr.id, new Date(now.getTime() - 60 * DAY)],
    );
    vacancyIds.push(row.id);
  }
  const programme = async (values: { name: string; kind: string; audiences: string[]; endsAt?: Date; reward: string; selected?: string[] }) => {
    const [row] = await tx.query(
      `INSERT INTO programmes (organisation_id, name, kind, audiences, starts_at, ends_at, vacancy_scope, reward_summary, terms_markdown)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        organisationId,
        values.name,
        values.kind,
        values.audiences,
        new Date(now.getTime() - 90 * DAY),
        values.endsAt ?? null,
        values.selected ? 'selected' : 'all_open',
        values.reward,
        'De beloning wordt uitbetaald in twee delen: de helft bij de start, de rest na de proeftijd.',
      ],
    );
    for (const vacancyId of values.selected ?? []) {
      await tx.query(`INSERT INTO programme_vacancies (organisation_id, programme_id, vacancy_id) VALUES ($1, $2, $3)`, [organisationId, row.id, vacancyId]);
    }
    return row.id as string;
  };
  const internal = await programme({ name: 'Medewerkers werven medewerkers', kind: 'internal', audiences: ['employee_permanent', 'employee_flex'], reward: '€ 750 bruto, in twee delen' });
  await programme({ name: 'Netwerk De Linde', kind: 'combined', audiences: ['employee_permanent', 'employee_flex', 'alumnus', 'external_referrer'], reward: '€ 500 bruto' });
  await programme({
    name: 'Zomeractie wijkverpleging',
    kind: 'internal',
    audiences: ['employee_permanent', 'employee_flex'],
    endsAt: new Date(now.getTime() + 30 * DAY),
    reward: '€ 1.000 bruto (actie)',
    selected: [vacancyIds[0]!],
  });

  for (const c of CANDIDATES) {
    const stage = c.steps.at(-1)!;
    const createdAt = new Date(now.getTime() - c.daysAgo * DAY);
    const [person] = await tx.query(
      `INSERT INTO people (organisation_id, first_name, last_name, email, phase) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [organisationId, c.name.split(' ')[0], c.name.split(' ').slice(1).join(' '), c.email, stage === 'hired' ? 'entry' : 'orientation'],
    );
    const [referral] = await tx.query(
      `INSERT INTO referrals (organisation_id, programme_id, vacancy_id, referrer_user_id, candidate_person_id, candidate_name, candidate_email,
                              relationship, motivation, candidate_informed, stage, stage_changed_at, consent_state, consent_due_at,
                              consent_decided_at, start_date, probation_months, hired_person_id, rejection_reason, rejection_reason_shareable, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) RETURNING id`,
      [
        organisationId, internal, vacancyIds[c.vacancy], c.name === 'Sem de Wit' ? alumnus.id : employee.id, person.id, c.name, c.email, c.relationship,
        'Werkt nauwkeurig en is geliefd bij cliënten.', stage, new Date(createdAt.getTime() + Math.min(c.daysAgo, 7) * DAY / 2), c.consent,
        new Date(createdAt.getTime() + 14 * DAY), c.consent === 'consented' ? new Date(createdAt.getTime() + DAY / 2) : null,
        stage === 'hired' ? new Date(now.getTime() + 14 * DAY).toISOString().slice(0, 10) : null, stage === 'hired' ? 2 : null,
        stage === 'hired' ? person.id : null, stage === 'rejected' ? 'De functie is intern ingevuld.' : null, stage === 'rejected', createdAt,
      ],
    );
    let previous: string | null = null;
    for (const [i, step] of c.steps.entries()) {
      await tx.query(
        `INSERT INTO referral_events (organisation_id, referral_id, kind, from_value, to_value, actor_user_id, created_at) VALUES ($1, $2, 'stage', $3, $4, $5, $6)`,
        [organisationId, referral.id, previous, step, i === 0 ? employee.id : hr.id, new Date(createdAt.getTime() + i * DAY)],
      );
      previous = step;
    }
    await tx.query(
      `INSERT INTO referral_events (organisation_id, referral_id, kind, from_value, to_value, created_at) VALUES ($1, $2, 'consent', NULL, $3, $4)`,
      [organisationId, referral.id, c.consent, new Date(createdAt.getTime() + DAY / 2)],
    );
  }
  // A candidate who declined: only the anonymous shell remains.
  await tx.query(
    `INSERT INTO referrals (organisation_id, programme_id, vacancy_id, referrer_user_id, candidate_informed, consent_state, consent_due_at, consent_decided_at, erased_at, created_at)
     VALUES ($1, $2, $3, $4, true, 'declined', $5, $5, $5, $6)`,
    [organisationId, internal, vacancyIds[3], employee.id, new Date(now.getTime() - 5 * DAY), new Date(now.getTime() - 6 * DAY)],
  );
  return true;
}
