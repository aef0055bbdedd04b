/**
 * Writes bench/match/dataset/{vacancies,people,judgments}.jsonl (deterministic: a seeded PRNG).
 *
 *   node -r @swc-node/register bench/match/eval-generate-dataset.ts [outDir]
 *
 * Vacancies are hand-written (eval-dataset-vacancies.ts). People are written from job families (eval-dataset-families.ts)
 * with hand-written sentence frames in Dutch and English, in four variants: experienced (some with a vague headline that
 * does not name the job), junior, career switcher (headline of the old job, skills of the new one) and people of
 * unrelated jobs. Judgments are complete (every vacancy × every person) and come from the rubric in
 * eval-dataset-rubric.ts, which reads only the person's family and variant — never Kring's output.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FAMILIES, type Family } from './eval-dataset-families';
import { relevance, type Variant } from './eval-dataset-rubric';
import { VACANCIES } from './eval-dataset-vacancies';
import type { EvalDataset, EvalJudgment, EvalPerson, EvalVacancy } from './eval-dataset';

type Lang = 'nl' | 'en';

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = 20261122;
let random = prng(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const sample = <T>(items: readonly T[], n: number): T[] => {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, Math.min(n, copy.length));
};
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const KEEP_CASE = new Set(['Java', 'Spring', 'Scrum', 'Power', 'Tableau', 'Chef', 'Partie']);
const lower = (title: string) =>
  title
    .split(' ')
    .map((w) => (/^[A-Z][a-z]/.test(w) && !KEEP_CASE.has(w) ? w[0]!.toLowerCase() + w.slice(1) : w))
    .join(' ');
const join = (items: string[], lang: Lang) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items[items.length - 1]}`;

const REGIONS = [
  'Groningen', 'Friesland', 'Drenthe', 'Overijssel (Zwolle)', 'Twente', 'Gelderland (Arnhem-Nijmegen)', 'Utrecht', 'Amersfoort',
  'Noord-Holland (Amsterdam)', 'Haarlem', 'Zuid-Holland (Rotterdam)', 'Den Haag', 'Leiden', 'Zeeland', 'Noord-Brabant (Eindhoven)',
  'Tilburg', 'Breda', 'Den Bosch', 'Limburg (Venlo)', 'Maastricht', 'Flevoland (Almere)',
];
const AVAILABILITY = ['immediately', 'within 1 month', 'within 2 months', 'within 3 months', 'from 2027-02-01', 'from 2027-04-01'];

const NL_OPENERS = [
  (t: string, y: number) => `${t} met ${y} jaar ervaring.`,
  (t: string, y: number) => `Ik werk al ${y} jaar als ${lower(t)}.`,
  (t: string, y: number) => `Sinds ${2026 - y} werkzaam als ${lower(t)}, eerst in loondienst en nu via een detacheerder.`,
  (t: string, y: number) => `Ervaren ${lower(t)} (${y} jaar).`,
  (t: string, y: number) => `Al ${y} jaar met plezier aan de slag als ${lower(t)} in de regio.`,
];
const EN_OPENERS = [
  (t: string, y: number) => `${t} with ${y} years of experience.`,
  (t: string, y: number) => `I have worked as a ${lower(t)} for ${y} years.`,
  (t: string, y: number) => `Experienced ${lower(t)} (${y} years), recently moved to the Netherlands.`,
  (t: string, y: number) => `${y} years in the field as ${lower(t)}, both in the UK and in the Netherlands.`,
  (t: string, y: number) => `Hands-on ${lower(t)} with ${y}+ years of experience.`,
];
const NL_SKILLS = [
  (s: string[]) => `Ervaring met ${join(s, 'nl')}.`,
  (s: string[]) => `Mijn werkzaamheden: ${s.join('; ')}.`,
  (s: string[]) => `Vaardigheden:\n- ${s.join('\n- ')}\n`,
  (s: string[]) => `In mijn huidige baan houd ik me bezig met ${join(s, 'nl')}.`,
  (s: string[]) => `Waar ik goed in ben: ${join(s, 'nl')}.`,
];
const EN_SKILLS = [
  (s: string[]) => `Experience with ${join(s, 'en')}.`,
  (s: string[]) => `Responsibilities: ${s.join('; ')}.`,
  (s: string[]) => `Skills:\n- ${s.join('\n- ')}\n`,
  (s: string[]) => `In my current role I am responsible for ${join(s, 'en')}.`,
  (s: string[]) => `Key strengths: ${join(s, 'en')}.`,
];
const NL_SOFT = [
  'Collega\'s omschrijven mij als rustig, betrouwbaar en collegiaal.',
  'Ik ben flexibel, leergierig en werk graag in een team.',
  'Zelfstandig, nauwkeurig en met humor.',
  'Ik houd van aanpakken en denk in oplossingen.',
  'Stressbestendig en communicatief sterk.',
  '',
];
const EN_SOFT = [
  'Colleagues describe me as calm, reliable and a team player.',
  'Flexible, eager to learn and happy to work in shifts.',
  'Independent, accurate and solution-oriented.',
  'I take ownership and like to improve how things are done.',
  'Good communicator who stays calm under pressure.',
  '',
];
const NL_WISH = [
  'Ik zoek een nieuwe uitdaging voor 32–36 uur per week.',
  'Op zoek naar een vaste baan dicht bij huis.',
  'Beschikbaar voor parttime werk (24 uur).',
  'Ik sta open voor een nieuwe baan waar ik kan doorgroeien.',
  '',
];
const EN_WISH = [
  'Looking for a new challenge, 32–40 hours a week.',
  'Open to a permanent role close to home.',
  'Available for part-time work; learning Dutch (A2).',
  'Looking for a company where I can grow; Dutch at B1 level.',
  '',
];
const NL_VAGUE = ['Professional met hart voor het vak', 'Op zoek naar een nieuwe uitdaging', 'Allrounder', 'Zzp\'er', 'Ervaren vakkracht'];
const EN_VAGUE = ['Professional open to new opportunities', 'Experienced all-rounder', 'Freelancer', 'Skilled professional'];
const NL_SWITCH = [
  (f: string) => `Naast mijn werk heb ik de omscholing tot ${f} afgerond`,
  (f: string) => `Het afgelopen jaar volgde ik in deeltijd de opleiding tot ${f}, inclusief stage`,
  (f: string) => `Via een bootcamp en eigen projecten heb ik me omgeschoold tot ${f}`,
];
const EN_SWITCH = [
  (f: string) => `Alongside my job I completed a retraining programme as ${f}`,
  (f: string) => `Over the last year I followed a part-time course to become ${f}, including an internship`,
  (f: string) => `Through a bootcamp and personal projects I retrained as ${f}`,
];

const family = (key: string): Family => {
  const found = FAMILIES.find((f) => f.key === key);
  if (!found) throw new Error(`unknown family ${key}`);
  return found;
};

function languagesOf(lang: Lang): string[] {
  if (lang === 'nl') return pick([['nl'], ['nl', 'en'], ['nl', 'en'], ['nl', 'en', 'de']]);
  return pick([['en'], ['en'], ['en', 'nl'], ['en', 'de'], ['en', 'pl'], ['en', 'es']]);
}

const NL_ORGS = ['een groot ziekenhuis', 'een middelgroot bedrijf', 'een familiebedrijf', 'een internationale organisatie', 'een gemeente', 'een uitzendbureau', 'een start-up'];
const EN_ORGS = ['a large hospital group', 'a mid-sized company', 'a family business', 'an international company', 'a local authority', 'an agency', 'a start-up'];
const NL_EXTRA = [
  'BHV-diploma en rijbewijs B.',
  'In mijn vrije tijd ben ik vrijwilliger bij de voetbalclub en train ik een jeugdteam.',
  'Ik volg regelmatig cursussen om bij te blijven in mijn vak.',
  'Hobby\'s: hardlopen, koken en fotografie.',
  'Na een sabbatical van een half jaar ben ik weer volledig inzetbaar.',
  'Rijbewijs B en eigen auto.',
];
const EN_EXTRA = [
  'First aid certificate and a driving licence.',
  'In my free time I volunteer at a local sports club.',
  'I regularly follow courses to keep my knowledge up to date.',
  'Hobbies: running, cooking and photography.',
  'Back after a six-month career break and fully available.',
  'Driving licence and own car.',
];

function history(f: Family, lang: Lang, skills: string[]): string {
  const years = between(1, 8);
  const title = lower(pick(lang === 'nl' ? f.nlTitles : f.enTitles));
  if (skills.length === 0) return '';
  return lang === 'nl'
    ? `Daarvoor werkte ik ${years} jaar als ${title} bij ${pick(NL_ORGS)}, waar ik verantwoordelijk was voor ${join(skills, 'nl')}.`
    : `Before that I spent ${years} years as ${title} at ${pick(EN_ORGS)}, where I was responsible for ${join(skills, 'en')}.`;
}

const NL_MORE = [
  'Ik haal voldoening uit werk waarin ik echt iets kan betekenen voor anderen.',
  'Mijn referenties zijn op verzoek beschikbaar.',
  'Ik spreek vloeiend Nederlands en redelijk Engels.',
  'Goede werksfeer en ruimte voor ontwikkeling vind ik belangrijk.',
];
const EN_MORE = [
  'I get energy from work where I can make a real difference.',
  'References available on request.',
  'I speak fluent English and some Dutch.',
  'A good atmosphere and room to develop are important to me.',
];
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Adds closing sentences until a profile has at least 55 words. */
function pad(text: string, lang: Lang): string {
  const more = sample(lang === 'nl' ? [...NL_MORE, ...NL_EXTRA] : [...EN_MORE, ...EN_EXTRA], 10).filter((line) => !text.includes(line));
  let out = text;
  while (words(out) < 55 && more.length) out += ' ' + more.shift()!;
  return out;
}

const tidy = (parts: string[]) =>
  parts
    .filter(Boolean)
    .join(' ')
    .replace(/ (Vaardigheden|Skills):/, '\n$1:')
    .replace(/\n /g, '\n');

function experiencedText(f: Family, lang: Lang, title: string, vague: boolean): string {
  const years = between(2, 22);
  const all = sample(lang === 'nl' ? f.nl : f.en, between(5, 8));
  const now = all.slice(0, between(3, 5));
  const before = all.slice(now.length);
  const tools = sample(f.tools, between(0, Math.min(3, f.tools.length)));
  return tidy([
    // A vague headline: the job is not named in the text either (only the skills say it).
    vague ? (lang === 'nl' ? `${between(3, 15)} jaar werkervaring.` : `${between(3, 15)} years of work experience.`) : pick(lang === 'nl' ? NL_OPENERS : EN_OPENERS)(title, years),
    pick(lang === 'nl' ? NL_SKILLS : EN_SKILLS)(now),
    vague ? '' : history(f, lang, before),
    tools.length ? `Tools: ${tools.join(', ')}.` : '',
    `${lang === 'nl' ? 'Opleiding' : 'Education'}: ${pick(lang === 'nl' ? f.nlEducation : f.enEducation)}.`,
    pick(lang === 'nl' ? NL_EXTRA : EN_EXTRA),
    pick(lang === 'nl' ? NL_SOFT : EN_SOFT),
    pick(lang === 'nl' ? NL_WISH : EN_WISH),
  ]);
}

function juniorText(f: Family, lang: Lang): string {
  const skills = sample(lang === 'nl' ? f.nl : f.en, between(3, 4));
  const edu = pick(lang === 'nl' ? f.nlEducation : f.enEducation);
  return lang === 'nl'
    ? tidy([
        `${f.nlJunior}. Ik rond dit jaar mijn opleiding af (${edu}).`,
        `Tijdens mijn stage en bijbaan kreeg ik ervaring met ${join(skills, 'nl')}.`,
        'Mijn stagebegeleider noemde mij leergierig en betrouwbaar; ik stel graag vragen en pak nieuwe taken snel op.',
        pick(NL_EXTRA),
        pick(NL_SOFT),
        'Ik zoek een eerste baan waarin ik veel kan leren, bij voorkeur met een goede inwerkperiode.',
      ])
    : tidy([
        `${f.enJunior}. I am finishing my studies this year (${edu}).`,
        `During my internship and side job I gained experience with ${join(skills, 'en')}.`,
        'My internship supervisor described me as eager to learn and reliable; I ask questions and pick up new tasks quickly.',
        pick(EN_EXTRA),
        pick(EN_SOFT),
        'Looking for a first job where I can learn a lot, ideally with a good onboarding.',
      ]);
}

function switcherText(from: Family, to: Family, lang: Lang, fromTitle: string): string {
  const years = between(3, 15);
  const old = sample(lang === 'nl' ? from.nl : from.en, 2);
  const fresh = sample(lang === 'nl' ? to.nl : to.en, between(4, 5));
  const toTitle = lower(pick(lang === 'nl' ? to.nlTitles : to.enTitles));
  const tools = sample(to.tools, Math.min(2, to.tools.length));
  return lang === 'nl'
    ? tidy([
        pick(NL_OPENERS)(fromTitle, years),
        `Daar deed ik onder meer ${join(old, 'nl')}.`,
        `${pick(NL_SWITCH)(toTitle)}: ${join(fresh, 'nl')}.`,
        tools.length ? `Ik werk met ${join(tools, 'nl')}.` : '',
        pick(NL_EXTRA),
        pick(NL_SOFT),
        'Nu zoek ik mijn eerste baan in dit nieuwe vak; mijn ervaring uit mijn vorige werk neem ik mee.',
      ])
    : tidy([
        pick(EN_OPENERS)(fromTitle, years),
        `There I did ${join(old, 'en')}.`,
        `${pick(EN_SWITCH)(`${/^[aeiou]/i.test(toTitle) ? 'an' : 'a'} ${toTitle}`)}: ${join(fresh, 'en')}.`,
        tools.length ? `I work with ${join(tools, 'en')}.` : '',
        pick(EN_EXTRA),
        pick(EN_SOFT),
        'Now looking for my first job in this new field, bringing the experience from my previous work.',
      ]);
}

/** Which families have their own vacancies (13 people each) and which only appear as other people (6 each). */
const VACANCY_FAMILIES = [...new Set(VACANCIES.map((v) => v.family))];
const SWITCHERS: Array<[from: string, to: string]> = [
  ['care', 'nurse'], ['medassist', 'nurse'], ['cleaner', 'care'], ['retail', 'care'], ['retail', 'javadev'], ['teacher', 'javadev'],
  ['marketing', 'data'], ['bookkeeper', 'data'], ['servicedesk', 'sysadmin'], ['warehouse', 'sysadmin'], ['retail', 'warehouse'],
  ['driver', 'warehouse'], ['driver', 'planner'], ['warehouse', 'planner'], ['automech', 'mechanic'], ['operator', 'mechanic'],
  ['operator', 'electrician'], ['automech', 'electrician'], ['retail', 'bookkeeper'], ['customer', 'bookkeeper'],
  ['bookkeeper', 'controller'], ['data', 'controller'], ['recruiter', 'hr'], ['teacher', 'hr'], ['retail', 'customer'],
  ['waiter', 'customer'], ['customer', 'sales'], ['marketing', 'sales'], ['data', 'teacher'], ['javadev', 'teacher'],
  ['waiter', 'cook'], ['retail', 'cook'], ['warehouse', 'operator'], ['cleaner', 'operator'],
];

interface Generated {
  person: EvalPerson;
  variant: Variant;
}

function generatePeople(): Generated[] {
  const out: Generated[] = [];
  const add = (lang: Lang, headline: string, text: string, variant: Variant) => {
    const id = `p${String(out.length + 1).padStart(3, '0')}`;
    out.push({
      person: { id, lang, headline, text, region: pick(REGIONS), availability: pick(AVAILABILITY), languages: languagesOf(lang) },
      variant,
    });
  };
  for (const f of FAMILIES) {
    const main = VACANCY_FAMILIES.includes(f.key);
    const plan: Lang[] = main ? ['nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'en', 'en', 'en', 'en'] : ['nl', 'nl', 'nl', 'nl', 'en', 'en'];
    plan.forEach((lang, i) => {
      const title = pick(lang === 'nl' ? f.nlTitles : f.enTitles);
      const vague = main && (i === 3 || i === 9);
      const headline = vague ? pick(lang === 'nl' ? NL_VAGUE : EN_VAGUE) : title;
      add(lang, headline, pad(experiencedText(f, lang, title, vague), lang), { kind: 'experienced', family: f.key });
    });
    if (main) {
      add('nl', f.nlJunior, pad(juniorText(f, 'nl'), 'nl'), { kind: 'junior', family: f.key });
      add('en', f.enJunior, pad(juniorText(f, 'en'), 'en'), { kind: 'junior', family: f.key });
    }
  }
  SWITCHERS.forEach(([fromKey, toKey], i) => {
    const from = family(fromKey);
    const lang: Lang = i % 3 === 2 ? 'en' : 'nl';
    const fromTitle = pick(lang === 'nl' ? from.nlTitles : from.enTitles);
    add(lang, fromTitle, pad(switcherText(from, family(toKey), lang, fromTitle), lang), { kind: 'switcher', from: fromKey, to: toKey });
  });
  return out;
}

/** The whole dataset, deterministically (the PRNG is re-seeded on every call). */
export function generateDataset(): EvalDataset {
  random = prng(SEED);
  const people = generatePeople();
  const vacancies: EvalVacancy[] = VACANCIES.map(({ id, lang, title, text }) => ({ id, lang, title, text }));
  const judgments: EvalJudgment[] = VACANCIES.flatMap((v) =>
    people.map(({ person, variant }) => ({ vacancyId: v.id, personId: person.id, relevance: relevance(v.family, variant) })),
  );
  return { vacancies, people: people.map((p) => p.person), judgments };
}

function main(): void {
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, 'dataset'));
  mkdirSync(outDir, { recursive: true });
  const { vacancies, people, judgments } = generateDataset();
  const lines = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
  writeFileSync(path.join(outDir, 'vacancies.jsonl'), lines(vacancies));
  writeFileSync(path.join(outDir, 'people.jsonl'), lines(people));
  writeFileSync(path.join(outDir, 'judgments.jsonl'), lines(judgments));
  const counts = people.map((p) => words(p.text));
  console.log(
    `dataset: ${vacancies.length} vacancies, ${people.length} people (${Math.min(...counts)}–${Math.max(...counts)} words), ${judgments.length} judgments ` +
      `(${judgments.filter((j) => j.relevance > 0).length} relevant) -> ${outDir}`,
  );
}

if (require.main === module) main();
