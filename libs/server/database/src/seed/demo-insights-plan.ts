/**
 * The 24-month story behind the HR dashboard demo, computed without the database: who worked at Zorggroep De Linde,
 * who was referred, hired (through which channel), rated and who left. Deterministic: the same `now` always gives the
 * same story (a hash of row numbers instead of random()). demo-insights.ts writes it; docs/developer/demo-data.md tells it.
 */

export const SPAN_DAYS = 730;
const MONTHS = 24;
/** Months of ATS history before the programme started (for two-year retention cohorts). */
export const PRE_MONTHS = 6;
const MONTH_DAYS = SPAN_DAYS / MONTHS;

export type Channel = 'referral' | 'career_site' | 'job_board' | 'agency' | 'social' | 'direct';
export type Department = 'Wijkzorg' | 'Verpleeghuis De Linde' | 'Facilitair' | 'Staf';

/** A stable number in [0, 1) for a row and a purpose (FNV-1a plus a final mix). */
export function frac(...keys: Array<number | string>): number {
  let h = 2166136261;
  for (const key of keys) {
    for (const c of `${key}|`) {
      h ^= c.charCodeAt(0);
      h = Math.imul(h, 16777619);
    }
  }
  h ^= h >>> 15;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
const between = (min: number, max: number, ...keys: Array<number | string>) => min + Math.floor(frac(...keys) * (max - min + 1));

const FIRST = [
  'Anna', 'Bram', 'Chantal', 'Dewi', 'Erik', 'Floor', 'Gijs', 'Hatice', 'Inge', 'Jeroen', 'Kim', 'Laura', 'Maarten', 'Naima', 'Olaf',
  'Pien', 'Quinten', 'Roos', 'Stijn', 'Tessa', 'Umut', 'Vera', 'Wouter', 'Xander', 'Yasmina', 'Zoë', 'Annelies', 'Bilal', 'Carmen',
  'Dirk', 'Esther', 'Freek', 'Gerda', 'Hamza', 'Ilse', 'Jorien', 'Karin', 'Lars', 'Marloes', 'Nadia',
];
const LAST = [
  'Jansen', 'de Boer', 'van Leeuwen', 'Kaya', 'Vos', 'Schouten', 'van den Berg', 'Bosman', 'Mertens', 'Yıldız', 'Huisman', 'Wijnands',
  'de Lange', 'Veenstra', 'Bouzid', 'Kramer', 'van Beek', 'Prins', 'Martens', 'Sluiter', 'de Ridder', 'Hoogland', 'Aydın', 'Vink',
  'Brinkman', 'Scholten', 'van Wijk', 'Dijkstra', 'Zwart', 'Haddou', 'Kuipers', 'Blom', 'Timmer', 'van Rijn', 'Wolters', 'Gerritsen',
  'Mahabier', 'Lammers', 'Post', 'Koning', 'de Haan', 'Rutten', 'Evers',
];

const DEPARTMENTS: Array<{ name: Department; location: string; titles: string[] }> = [
  { name: 'Wijkzorg', location: 'Utrecht', titles: ['Wijkverpleegkundige', 'Verzorgende IG wijkzorg', 'Helpende Plus wijkzorg'] },
  { name: 'Verpleeghuis De Linde', location: 'Zeist', titles: ['Verzorgende IG', 'Verpleegkundige verpleeghuis', 'Helpende verpleeghuis', 'Activiteitenbegeleider'] },
  { name: 'Facilitair', location: 'Zeist', titles: ['Medewerker keuken', 'Facilitair medewerker', 'Huishoudelijk medewerker'] },
  { name: 'Staf', location: 'Utrecht', titles: ['Planner zorg', 'HR-adviseur', 'Medewerker financiële administratie', 'Kwaliteitsadviseur'] },
];
const DEPARTMENT_CYCLE: Department[] = ['Wijkzorg', 'Verpleeghuis De Linde', 'Wijkzorg', 'Verpleeghuis De Linde', 'Facilitair', 'Verpleeghuis De Linde', 'Staf', 'Wijkzorg'];
const department = (name: Department) => DEPARTMENTS.find((d) => d.name === name)!;

/** Vacancies of the past two years (all closed by now; the five open demo vacancies cover the last two months). */
const VACANCY_TITLES: Array<{ title: string; department: Department; hardToFill: boolean; skills: string[] }> = [
  { title: 'Wijkverpleegkundige', department: 'Wijkzorg', hardToFill: true, skills: ['wondzorg', 'BIG-registratie'] },
  { title: 'Verzorgende IG wijkzorg', department: 'Wijkzorg', hardToFill: false, skills: ['ADL-ondersteuning', 'medicatie'] },
  { title: 'Verzorgende IG', department: 'Verpleeghuis De Linde', hardToFill: false, skills: ['dementiezorg'] },
  { title: 'Helpende verpleeghuis', department: 'Verpleeghuis De Linde', hardToFill: false, skills: ['ADL-ondersteuning'] },
  { title: 'Verpleegkundige verpleeghuis', department: 'Verpleeghuis De Linde', hardToFill: true, skills: ['BIG-registratie', 'palliatieve zorg'] },
  { title: 'Medewerker keuken', department: 'Facilitair', hardToFill: false, skills: ['dieetkeuken', 'HACCP'] },
  { title: 'Facilitair medewerker', department: 'Facilitair', hardToFill: false, skills: ['logistiek'] },
  { title: 'Planner zorg', department: 'Staf', hardToFill: false, skills: ['roosteren', 'planning'] },
];

export interface PlannedVacancy {
  key: number;
  title: string;
  department: Department;
  location: string;
  hardToFill: boolean;
  skills: string[];
  openedDaysAgo: number;
  closedDaysAgo: number;
}

/** Where a hire or referral applied: a planned (closed) vacancy, or the open demo vacancy of a department. */
export type VacancyRef = { planned: number } | { open: Department } | null;

export interface PlannedPerson {
  key: number;
  firstName: string;
  lastName: string;
  email: string;
  workEmail: string | null;
  locale: 'nl' | 'en';
  source: 'manual' | 'referral' | 'import';
  department: Department | null;
  functionTitle: string;
  location: string;
  createdDaysAgo: number;
  /** The phase a person was created in, then every later move (days ago, cause, reason). */
  initialPhase: 'information' | 'orientation' | 'employment';
  moves: Array<{ to: string; from: string; daysAgo: number; cause: string; reason: string | null }>;
  startDaysAgo: number | null;
  leftDaysAgo: number | null;
  leftReason: 'resignation' | 'end_of_contract' | 'retirement' | null;
  /** Boomerangs: when they left before, and when they were hired again. */
  previousLeftDaysAgo: number | null;
  boomerangDaysAgo: number | null;
  /** An active employee account (referrer), created on the start date. */
  user: boolean;
  newsletterFromDaysAgo: number | null;
  jobAlertsFromDaysAgo: number | null;
}

export interface PlannedReferral {
  key: number;
  programme: 'internal' | 'action' | 'network';
  vacancy: VacancyRef;
  department: Department;
  jobTitle: string;
  referrer: number | 'employee';
  candidate: number | null;
  candidateName: string | null;
  candidateEmail: string | null;
  locale: 'nl' | 'en';
  relationship: string;
  createdDaysAgo: number;
  consent: 'awaiting_consent' | 'consented' | 'declined' | 'expired';
  consentDaysAgo: number | null;
  /** Stage moves after `new` (days ago each). */
  stages: Array<{ stage: string; daysAgo: number }>;
  rejectionReason: string | null;
  shareLink: number | null;
  hire: PlannedHire | null;
  offer: PlannedOffer | null;
}

export interface PlannedHire {
  key: number;
  channel: Channel;
  department: Department;
  jobTitle: string;
  vacancy: VacancyRef;
  person: number | null;
  referral: number | null;
  appliedDaysAgo: number;
  hiredDaysAgo: number;
  startDaysAgo: number;
  leftDaysAgo: number | null;
  externalRef: string | null;
  ratings: Array<{ months: 6 | 12; rating: number; daysAgo: number }>;
}

export interface PlannedOffer {
  key: number;
  channel: Channel;
  department: Department;
  madeDaysAgo: number;
  outcome: 'pending' | 'accepted' | 'declined';
  decidedDaysAgo: number | null;
  hire: number | null;
  referral: number | null;
  externalRef: string | null;
}

export interface PlannedShareLink {
  key: number;
  owner: number | 'employee';
  vacancy: VacancyRef;
  createdDaysAgo: number;
  code: string;
}

export interface DemoInsightsPlan {
  action: { name: string; startDaysAgo: number; endDaysAgo: number };
  vacancies: PlannedVacancy[];
  people: PlannedPerson[];
  referrals: PlannedReferral[];
  hires: PlannedHire[];
  offers: PlannedOffer[];
  shareLinks: PlannedShareLink[];
}

const normalise = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();

const RELATIONSHIPS = ['former_colleague', 'friend', 'family', 'study', 'network', 'former_colleague', 'friend', 'other'];
const REJECTIONS = [
  'Onvoldoende ervaring in de wijk.',
  'We hebben gekozen voor een kandidaat met meer ervaring.',
  'De gevraagde uren passen niet bij het rooster.',
  'Geen geldige BIG-registratie.',
  'De functie is intern ingevuld.',
];
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Days from `now` back to 1 June of the summer that started 9 to 21 months ago, and the action's 92 days. */
function summerAction(now: Date): { name: string; startDaysAgo: number; endDaysAgo: number } {
  const ymd = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  const today = new Date(`${ymd(now)}T00:00:00Z`);
  let year = today.getUTCFullYear();
  const daysTo = (y: number) => Math.round((today.getTime() - Date.UTC(y, 5, 1)) / 86_400_000);
  while (daysTo(year) < 270) year -= 1;
  return { name: `Zomeractie wijkzorg ${year}`, startDaysAgo: daysTo(year), endDaysAgo: daysTo(year) - 91 };
}

/**
 * The story. `taken` holds "first|last" of the people who exist already (their names are not reused).
 */
export function planDemoInsights(now: Date, taken: Set<string>): DemoInsightsPlan {
  const action = summerAction(now);
  const inAction = (daysAgo: number) => daysAgo <= action.startDaysAgo && daysAgo > action.endDaysAgo;

  // Names: unique first/last pairs, skipping people who exist already.
  let nameIndex = 0;
  const nextName = () => {
    for (;;) {
      const i = nameIndex++;
      const first = FIRST[i % FIRST.length]!;
      const last = LAST[(i + Math.floor(i / FIRST.length)) % LAST.length]!;
      if (!taken.has(`${first}|${last}`)) {
        taken.add(`${first}|${last}`);
        return { first, last };
      }
    }
  };

  const vacancies: PlannedVacancy[] = [];
  VACANCY_TITLES.forEach((v, t) => {
    for (let j = -1; j < 4; j++) {
      const openedDaysAgo = 745 - 180 * j - ((t * 11) % 40);
      vacancies.push({
        key: vacancies.length,
        ...v,
        location: department(v.department).location,
        openedDaysAgo,
        closedDaysAgo: Math.max(openedDaysAgo - 175, 62),
      });
    }
  });
  const vacancyFor = (dept: Department, daysAgo: number, salt: number): VacancyRef => {
    if (daysAgo < 62) return dept === 'Staf' ? null : { open: dept };
    const options = vacancies.filter((v) => v.department === dept && v.openedDaysAgo >= daysAgo && v.closedDaysAgo < daysAgo);
    if (options.length === 0) return null;
    return { planned: options[Math.floor(frac(salt, 'vacancy') * options.length)]!.key };
  };
  const titleOf = (dept: Department, vacancy: VacancyRef, salt: number) =>
    vacancy && 'planned' in vacancy ? vacancies[vacancy.planned]!.title : department(dept).titles[Math.floor(frac(salt, 'title') * department(dept).titles.length)]!;

  const people: PlannedPerson[] = [];
  const person = (
    values: Omit<PlannedPerson, 'key' | 'firstName' | 'lastName' | 'email' | 'workEmail' | 'previousLeftDaysAgo' | 'boomerangDaysAgo'> & { work: boolean },
  ): PlannedPerson => {
    const { first, last } = nextName();
    const local = `${normalise(first)}.${normalise(last)}`;
    const { work, ...rest } = values;
    const p: PlannedPerson = {
      key: people.length, firstName: first, lastName: last, email: `${local}@example.nl`, workEmail: work ? `${local}@delinde.example` : null,
      previousLeftDaysAgo: null, boomerangDaysAgo: null, ...rest,
    };
    people.push(p);
    return p;
  };

  // 38 colleagues who were there before the programme started (2 to 14 years); seven of them leave during the story.
  const STAFF = 38;
  const staffLeavers = new Map<number, number>([[37, 610], [36, 520], [35, 400], [33, 330], [30, 240], [27, 150], [6, 90]]);
  const staff: PlannedPerson[] = [];
  for (let s = 0; s < STAFF; s++) {
    const dept = DEPARTMENT_CYCLE[s % DEPARTMENT_CYCLE.length]!;
    const startDaysAgo = 800 + Math.floor(frac(s, 'tenure') * 4300);
    const left = staffLeavers.get(s) ?? null;
    staff.push(
      person({
        work: true,
        locale: s % 9 === 4 ? 'en' : 'nl',
        source: 'manual',
        department: dept,
        functionTitle: department(dept).titles[s % department(dept).titles.length]!,
        location: department(dept).location,
        createdDaysAgo: startDaysAgo,
        initialPhase: 'employment',
        moves: left === null ? [] : [{ from: 'employment', to: 'exit', daysAgo: left - 1, cause: 'offboarded', reason: s % 2 ? 'resignation' : 'retirement' }],
        startDaysAgo,
        leftDaysAgo: left,
        leftReason: left === null ? null : s % 2 ? 'resignation' : 'retirement',
        user: true,
        newsletterFromDaysAgo: left !== null && s % 3 !== 0 ? left - 2 : null,
        jobAlertsFromDaysAgo: null,
      }),
    );
  }
  // Referrers: colleagues in service at the time, some far more active than others; the demo employee now and then;
  // and colleagues hired during the story, once they have settled in (the ones who stay, as it turns out).
  const referrerAt = (daysAgo: number, salt: number): number | 'employee' => {
    if (frac(salt, 'demo-employee') < 0.06) return 'employee';
    if (frac(salt, 'newcomer') < 0.3) {
      const settled = people.filter((p) => p.source !== 'manual' && p.user && p.leftDaysAgo === null && p.startDaysAgo !== null && p.startDaysAgo >= daysAgo + 90);
      if (settled.length > 0) return settled[Math.floor(Math.pow(frac(salt, 'newcomer-pick'), 1.5) * settled.length)]!.key;
    }
    for (let attempt = 0; ; attempt++) {
      const s = Math.floor(Math.pow(frac(salt, 'referrer', attempt), 1.7) * 34);
      const left = staffLeavers.get(s);
      if (left === undefined || daysAgo > left + 5) return staff[s]!.key;
    }
  };

  const hires: PlannedHire[] = [];
  const offers: PlannedOffer[] = [];
  const referrals: PlannedReferral[] = [];
  const shareLinks: PlannedShareLink[] = [];
  const shareLinkKeys = new Map<string, number>();
  const shareLink = (owner: number | 'employee', vacancy: VacancyRef, daysAgo: number): number => {
    const id = `${owner}|${JSON.stringify(vacancy)}`;
    const existing = shareLinkKeys.get(id);
    if (existing !== undefined) return existing;
    const key = shareLinks.length;
    let code = '';
    for (let i = 0; i < 10; i++) code += CODE_ALPHABET[Math.floor(frac(key, 'code', i) * CODE_ALPHABET.length)];
    shareLinks.push({ key, owner, vacancy, createdDaysAgo: daysAgo, code });
    shareLinkKeys.set(id, key);
    return key;
  };

  /** What happens to a hired person: employed from the start date, rated at 6 and 12 months, sometimes leaving. `referral`: hired through Kring. */
  const employ = (p: PlannedPerson, hire: PlannedHire, referral: boolean) => {
    const referred = hire.channel === 'referral';
    const leaveChance = referred ? 0.25 : hire.channel === 'agency' ? 0.55 : 0.42;
    const tenure = 45 + Math.floor(frac(hire.key, 'tenure') * 520);
    const left = frac(hire.key, 'leaves') < leaveChance && hire.startDaysAgo - tenure >= 3 ? hire.startDaysAgo - tenure : null;
    hire.leftDaysAgo = left;
    p.startDaysAgo = hire.startDaysAgo;
    p.leftDaysAgo = left;
    p.moves.push({ from: p.moves.at(-1)?.to ?? p.initialPhase, to: 'entry', daysAgo: hire.hiredDaysAgo, cause: referral ? 'referral_hired' : 'import', reason: null });
    p.moves.push({ from: 'entry', to: 'employment', daysAgo: hire.startDaysAgo, cause: 'start_date_reached', reason: null });
    if (left !== null) {
      p.leftReason = frac(hire.key, 'reason') < 0.7 ? 'resignation' : 'end_of_contract';
      p.moves.push({ from: 'employment', to: 'exit', daysAgo: left - 1, cause: 'offboarded', reason: p.leftReason });
      if (frac(hire.key, 'newsletter') < 0.7) p.newsletterFromDaysAgo = left - 2;
      if (frac(hire.key, 'alerts') < 0.4) p.jobAlertsFromDaysAgo = left - 2;
    } else {
      p.user = true;
    }
    p.department = hire.department;
    p.functionTitle = hire.jobTitle;
    p.location = department(hire.department).location;
    for (const months of [6, 12] as const) {
      const due = hire.startDaysAgo - (months === 6 ? 182 : 365);
      if (due < 7 || (left !== null && left > due)) continue;
      const f = frac(hire.key, 'rating', months);
      const rating = referred
        ? f < 0.38 ? 5 : f < 0.82 ? 4 : f < 0.96 ? 3 : 2
        : f < 0.14 ? 5 : f < 0.58 ? 4 : f < 0.88 ? 3 : f < 0.98 ? 2 : 1;
      hire.ratings.push({ months, rating, daysAgo: due - between(1, 6, hire.key, months) });
    }
  };

  // Month by month: hires (the referral share grows from about 10% to 30%), referrals, declined offers.
  const CHANNEL_WEIGHTS = (m: number): Array<[Channel, number]> => [
    ['job_board', 0.42 - 0.004 * m],
    ['career_site', 0.24],
    ['agency', 0.13 - 0.003 * m],
    ['social', 0.11 + 0.003 * m],
    ['direct', 0.1],
  ];
  const TIME_TO_HIRE: Record<Channel, [number, number]> = {
    referral: [19, 28],
    job_board: [36, 48],
    career_site: [40, 52],
    agency: [30, 40],
    social: [36, 46],
    direct: [34, 44],
  };
  const expected = new Map<Channel, number>();
  const assigned = new Map<Channel, number>();
  let referralExpected = 0;
  let referralHires = 0;
  let declinedExpected = 0;
  let declined = 0;
  let ats = 0;
  const atsRef = (daysAgo: number) => {
    ats += 1;
    const year = new Date(now.getTime() - daysAgo * 86_400_000).getUTCFullYear();
    return `ATS-${year}-${String(1000 + ats).padStart(4, '0')}`;
  };

  for (let m = -PRE_MONTHS; m < MONTHS; m++) {
    const monthStart = SPAN_DAYS - m * MONTH_DAYS; // days ago
    const monthMid = monthStart - MONTH_DAYS / 2;
    const total = 3 + (m % 3 === 2 ? 1 : 0) + (m % 4 === 1 ? 1 : 0);
    if (m >= 0) referralExpected += total * (0.07 + (0.25 * m) / (MONTHS - 1) + (inAction(Math.round(monthMid)) ? 0.12 : 0));
    const referralCount = m < 0 ? 0 : Math.round(referralExpected) - referralHires;
    referralHires += referralCount;

    // Referral hires of this month, each with its referral from three to four weeks earlier.
    for (let j = 0; j < referralCount; j++) {
      const key = referrals.length;
      const hiredDaysAgo = Math.max(16, Math.round(monthStart - ((j + 0.5) * MONTH_DAYS) / referralCount));
      const tth = between(...TIME_TO_HIRE.referral, key, 'tth');
      const createdDaysAgo = hiredDaysAgo + tth;
      const dept: Department = inAction(createdDaysAgo) || frac(key, 'dept') < 0.4 ? 'Wijkzorg' : DEPARTMENT_CYCLE[between(0, 7, key, 'deptc')]!;
      referrals.push(plannedReferral(key, createdDaysAgo, dept, 'hired', hiredDaysAgo));
    }
    // Other referrals: more as the programme becomes known, a peak during the summer action.
    const others = m < 0 ? 0 : 3 + Math.floor(m / 3) + (inAction(Math.round(monthMid)) ? 5 : 0);
    for (let j = 0; j < others; j++) {
      const key = referrals.length;
      const createdDaysAgo = Math.max(1, Math.round(monthStart - ((j + frac(key, 'jitter')) * MONTH_DAYS) / others));
      const dept: Department = inAction(createdDaysAgo) ? 'Wijkzorg' : DEPARTMENT_CYCLE[between(0, 7, key, 'deptc')]!;
      referrals.push(plannedReferral(key, createdDaysAgo, dept, null, null));
    }

    // Hires through the other channels: whichever channel is furthest behind its share gets the next one.
    // Before the programme, colleagues' tips reached the ATS as informal referrals.
    const weights: Array<[Channel, number]> = m < 0 ? [...CHANNEL_WEIGHTS(0), ['referral', 0.08]] : CHANNEL_WEIGHTS(m);
    const sum = weights.reduce((a, [, w]) => a + w, 0);
    const count = total - referralCount;
    for (let j = 0; j < count; j++) {
      for (const [c, w] of weights) expected.set(c, (expected.get(c) ?? 0) + w / sum);
      const channel = weights
        .map(([c]) => c)
        .sort((a, b) => (expected.get(b)! - (assigned.get(b) ?? 0)) - (expected.get(a)! - (assigned.get(a) ?? 0)))[0]!;
      assigned.set(channel, (assigned.get(channel) ?? 0) + 1);
      const key = hires.length;
      const hiredDaysAgo = Math.max(2, Math.round(monthStart - ((j + frac(key, 'jitter')) * MONTH_DAYS) / count));
      const appliedDaysAgo = hiredDaysAgo + between(...TIME_TO_HIRE[channel], key, 'tth');
      const dept = DEPARTMENT_CYCLE[between(0, 7, key, 'dept')]!;
      const vacancy = vacancyFor(dept, appliedDaysAgo, key + 5000);
      const startDaysAgo = hiredDaysAgo - between(14, 42, key, 'notice');
      const hire: PlannedHire = {
        key,
        channel,
        department: dept,
        jobTitle: titleOf(dept, vacancy, key + 5000),
        vacancy,
        person: null,
        referral: null,
        appliedDaysAgo,
        hiredDaysAgo,
        startDaysAgo,
        leftDaysAgo: null,
        externalRef: atsRef(hiredDaysAgo),
        ratings: [],
      };
      hires.push(hire);
      if (startDaysAgo > 0) {
        // Matched with the employee record once they started; some came in through the talent pool first.
        const pool = channel === 'career_site' && frac(key, 'pool') < 0.5;
        const p = person({
          work: true,
          locale: frac(key, 'locale') < 0.1 ? 'en' : 'nl',
          source: 'import',
          department: null,
          functionTitle: hire.jobTitle,
          location: department(dept).location,
          createdDaysAgo: pool ? appliedDaysAgo + between(30, 120, key, 'pooled') : appliedDaysAgo,
          initialPhase: pool ? 'information' : 'orientation',
          moves: pool ? [{ from: 'information', to: 'orientation', daysAgo: appliedDaysAgo + between(5, 20, key, 'joined'), cause: 'talent_pool_joined', reason: null }] : [],
          startDaysAgo: null,
          leftDaysAgo: null,
          leftReason: null,
          user: false,
          newsletterFromDaysAgo: null,
          jobAlertsFromDaysAgo: null,
        });
        hire.person = p.key;
        employ(p, hire, false);
      }
      offers.push({
        key: offers.length,
        channel,
        department: dept,
        madeDaysAgo: hiredDaysAgo + between(2, 6, key, 'offer'),
        outcome: 'accepted',
        decidedDaysAgo: hiredDaysAgo,
        hire: key,
        referral: null,
        externalRef: `${hire.externalRef}-O`,
      });
    }
    // Offers candidates of other channels turned down (about one in four).
    declinedExpected += count * 0.3;
    const declines = Math.round(declinedExpected) - declined;
    declined += declines;
    for (let j = 0; j < declines; j++) {
      const key = offers.length;
      const madeDaysAgo = Math.max(3, Math.round(monthStart - ((j + 0.3) * MONTH_DAYS) / declines));
      let pick = frac(key, 'channel') * sum;
      const channel = weights.find(([, w]) => (pick -= w) < 0)?.[0] ?? 'job_board';
      offers.push({
        key,
        channel,
        department: DEPARTMENT_CYCLE[between(0, 7, key, 'dept')]!,
        madeDaysAgo,
        outcome: 'declined',
        decidedDaysAgo: madeDaysAgo - between(1, Math.min(5, madeDaysAgo - 1), key, 'decided'),
        hire: null,
        referral: null,
        externalRef: `${atsRef(madeDaysAgo)}-O`,
      });
    }
  }

  /** A referral and its whole path; `outcome` 'hired' with the hire date, or null for the usual mix by age. */
  function plannedReferral(key: number, createdDaysAgo: number, dept: Department, outcome: 'hired' | null, hiredDaysAgo: number | null): PlannedReferral {
    const programme = inAction(createdDaysAgo) && dept === 'Wijkzorg' ? 'action' : createdDaysAgo < 85 && frac(key, 'network') < 0.25 ? 'network' : 'internal';
    const vacancy = vacancyFor(dept, createdDaysAgo, key);
    const referrer = referrerAt(createdDaysAgo, key);
    const stages: Array<{ stage: string; daysAgo: number }> = [];
    const at = (offset: number) => createdDaysAgo - offset;
    let consent: PlannedReferral['consent'] = 'consented';
    let consentDaysAgo: number | null = createdDaysAgo - (frac(key, 'consent') < 0.6 ? 0 : 1);
    let rejectionReason: string | null = null;
    let offer: PlannedOffer | null = null;
    const f = frac(key, 'outcome');
    const screening = between(2, 4, key, 'screening');
    const interview = between(8, 13, key, 'interview');
    if (outcome === 'hired') {
      const hired = hiredDaysAgo!;
      const offerDay = hired + between(2, 5, key, 'offer');
      stages.push({ stage: 'screening', daysAgo: at(screening) }, { stage: 'interview', daysAgo: Math.max(at(interview), offerDay + 3) }, { stage: 'offer', daysAgo: offerDay }, { stage: 'hired', daysAgo: hired });
      offer = { key: -1, channel: 'referral', department: dept, madeDaysAgo: offerDay, outcome: 'accepted', decidedDaysAgo: hired, hire: null, referral: key, externalRef: null };
    } else if (createdDaysAgo <= 35) {
      // Still in the pipeline.
      const age = createdDaysAgo;
      if (age <= 2 && f < 0.5) {
        consent = 'awaiting_consent';
        consentDaysAgo = null;
      } else if (age > screening) {
        stages.push({ stage: 'screening', daysAgo: at(screening) });
        if (age > interview && f < 0.35) {
          stages.push({ stage: 'rejected', daysAgo: Math.max(1, at(screening + 3)) });
          rejectionReason = REJECTIONS[between(0, 4, key, 'reason')]!;
        } else if (age > interview) {
          stages.push({ stage: 'interview', daysAgo: at(interview) });
          if (age > interview + 8 && f > 0.7) {
            const made = at(interview + 6);
            stages.push({ stage: 'offer', daysAgo: made });
            offer = { key: -1, channel: 'referral', department: dept, madeDaysAgo: made, outcome: 'pending', decidedDaysAgo: null, hire: null, referral: key, externalRef: null };
          }
        }
      }
    } else if (f < 0.06) {
      consent = 'declined';
      consentDaysAgo = createdDaysAgo - between(1, 4, key, 'declined');
    } else if (f < 0.1) {
      consent = 'expired';
      consentDaysAgo = createdDaysAgo - 14;
    } else {
      stages.push({ stage: 'screening', daysAgo: at(screening) });
      rejectionReason = REJECTIONS[between(0, 4, key, 'reason')]!;
      if (f < 0.52) {
        stages.push({ stage: 'rejected', daysAgo: at(screening + between(3, 9, key, 'rejected')) });
      } else if (f < 0.74) {
        stages.push({ stage: 'interview', daysAgo: at(interview) }, { stage: 'rejected', daysAgo: at(interview + between(3, 8, key, 'rejected')) });
      } else if (f < 0.91) {
        rejectionReason = null;
        if (frac(key, 'late') < 0.5) stages.push({ stage: 'interview', daysAgo: at(interview) });
        stages.push({ stage: 'withdrawn', daysAgo: at(interview + between(2, 9, key, 'withdrawn')) });
      } else if (f < 0.918) {
        rejectionReason = null;
        const made = at(interview + between(5, 8, key, 'offer'));
        stages.push({ stage: 'interview', daysAgo: at(interview) }, { stage: 'offer', daysAgo: made }, { stage: 'withdrawn', daysAgo: made - 4 });
        offer = { key: -1, channel: 'referral', department: dept, madeDaysAgo: made, outcome: 'declined', decidedDaysAgo: made - 4, hire: null, referral: key, externalRef: null };
      } else {
        stages.push({ stage: 'rejected', daysAgo: at(screening + between(3, 9, key, 'rejected')) });
      }
    }
    const erased = consent === 'declined' || consent === 'expired';
    const locale = frac(key, 'locale') < 0.1 ? 'en' : 'nl';
    let candidate: PlannedPerson | null = null;
    if (!erased) {
      const rejected = stages.at(-1)?.stage === 'rejected' || stages.at(-1)?.stage === 'withdrawn';
      candidate = person({
        work: outcome === 'hired',
        locale,
        source: 'referral',
        department: null,
        functionTitle: titleOf(dept, vacancy, key),
        location: department(dept).location,
        createdDaysAgo,
        initialPhase: 'orientation',
        moves: [],
        startDaysAgo: null,
        leftDaysAgo: null,
        leftReason: null,
        user: false,
        newsletterFromDaysAgo: rejected && frac(key, 'stay') < 0.35 ? Math.max(1, stages.at(-1)!.daysAgo - 1) : null,
        jobAlertsFromDaysAgo: rejected && frac(key, 'alerts') < 0.25 ? Math.max(1, stages.at(-1)!.daysAgo - 1) : null,
      });
    }
    let hire: PlannedHire | null = null;
    if (outcome === 'hired' && candidate) {
      const hired = hiredDaysAgo!;
      hire = {
        key: -1,
        channel: 'referral',
        department: dept,
        jobTitle: titleOf(dept, vacancy, key),
        vacancy,
        person: candidate.key,
        referral: key,
        appliedDaysAgo: createdDaysAgo,
        hiredDaysAgo: hired,
        startDaysAgo: Math.max(1, hired - between(14, 35, key, 'notice')),
        leftDaysAgo: null,
        externalRef: null,
        ratings: [],
      };
      hire.key = 10_000 + key;
      employ(candidate, hire, true);
    }
    const useLink = frac(key, 'share') < 0.22 && vacancy !== null;
    const link = useLink ? shareLink(referrer, vacancy, createdDaysAgo + between(2, 10, key, 'shared')) : null;
    return {
      key,
      programme,
      vacancy,
      department: dept,
      jobTitle: titleOf(dept, vacancy, key),
      referrer,
      candidate: candidate?.key ?? null,
      candidateName: candidate ? `${candidate.firstName} ${candidate.lastName}` : null,
      candidateEmail: candidate?.email ?? null,
      locale,
      relationship: RELATIONSHIPS[between(0, 7, key, 'relationship')]!,
      createdDaysAgo,
      consent,
      consentDaysAgo,
      stages,
      rejectionReason,
      shareLink: link,
      hire,
      offer,
    };
  }

  // Referral hires and offers join the others.
  for (const r of referrals) {
    if (r.hire) {
      r.hire.key = hires.length;
      hires.push(r.hire);
    }
    if (r.offer) {
      r.offer.key = offers.length;
      r.offer.hire = r.hire?.key ?? null;
      offers.push(r.offer);
    }
  }
  // Two colleagues come back (boomerangs): one through the career site, one by calling HR directly.
  for (const [s, channel, rehired] of [[37, 'career_site', 300], [35, 'direct', 120]] as const) {
    const p = staff[s]!;
    const key = hires.length;
    const start = rehired - between(21, 35, key, 'notice');
    const hire: PlannedHire = {
      key, channel, department: p.department!, jobTitle: p.functionTitle, vacancy: vacancyFor(p.department!, rehired + 30, key), person: p.key, referral: null,
      appliedDaysAgo: rehired + between(...TIME_TO_HIRE[channel], key, 'tth'), hiredDaysAgo: rehired, startDaysAgo: start, leftDaysAgo: null,
      externalRef: atsRef(rehired), ratings: start - 182 >= 7 ? [{ months: 6, rating: 4, daysAgo: start - 184 }] : [],
    };
    hires.push(hire);
    offers.push({ key: offers.length, channel, department: hire.department, madeDaysAgo: rehired + 3, outcome: 'accepted', decidedDaysAgo: rehired, hire: key, referral: null, externalRef: `${hire.externalRef}-O` });
    p.previousLeftDaysAgo = p.leftDaysAgo;
    p.leftDaysAgo = null;
    p.leftReason = null;
    p.boomerangDaysAgo = rehired;
    p.startDaysAgo = start;
    p.moves.push({ from: 'exit', to: 'entry', daysAgo: rehired, cause: 'rehired', reason: 'Terug na een periode elders' }, { from: 'entry', to: 'employment', daysAgo: start, cause: 'start_date_reached', reason: null });
  }
  // Colleagues who share vacancies without (yet) referring anyone.
  for (let s = 0; s < STAFF; s++) {
    if (frac(s, 'sharer') >= 0.4 || staffLeavers.has(s)) continue;
    const dept = staff[s]!.department!;
    for (let n = 0; n < between(1, 3, s, 'links'); n++) {
      const daysAgo = between(20, 700, s, 'shared', n);
      const vacancy = vacancyFor(dept, daysAgo, s * 31 + n);
      if (vacancy) shareLink(staff[s]!.key, vacancy, daysAgo);
    }
  }
  return { action, vacancies, people, referrals, hires, offers, shareLinks };
}
