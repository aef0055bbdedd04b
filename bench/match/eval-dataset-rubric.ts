/**
 * The relevance rubric of the evaluation set, written per vacancy family BEFORE Kring's matcher was run on the data and
 * never changed after looking at its output.
 *
 *   3 = could start: meets the essential requirements of the vacancy (the job itself, with experience or the diploma);
 *   2 = strong transferable: most essential skills, one step away (a career switcher retrained for this job, a junior
 *       where the vacancy asks experience, a neighbouring job that shares the core skills);
 *   1 = related: same field or some shared skills, but a real gap (would need a training or a different job level);
 *   0 = not relevant.
 *
 * Region, availability and spoken languages are NOT part of relevance: the set measures skill matching, and the matcher
 * is run without location, availability and language parts (see README).
 */
export type Relevance = 0 | 1 | 2 | 3;

/**
 * For a vacancy family (key), the relevance of an EXPERIENCED person of another family (the vacancy's own family is 3).
 * Families not listed are 0.
 */
export const RELATED_FAMILIES: Record<string, Record<string, Relevance>> = {
  nurse: { care: 2, medassist: 1 },
  care: { nurse: 3, medassist: 1 },
  javadev: { dotnet: 2, data: 1, sysadmin: 1 },
  data: { controller: 1, javadev: 1, dotnet: 1 },
  sysadmin: { servicedesk: 2, javadev: 1, dotnet: 1 },
  warehouse: { driver: 1, operator: 1 },
  planner: { warehouse: 1, driver: 1, roster: 1 },
  mechanic: { automech: 2, electrician: 1, operator: 1 },
  electrician: { mechanic: 1 },
  bookkeeper: { controller: 2 },
  controller: { bookkeeper: 1, data: 1 },
  hr: { recruiter: 1 },
  customer: { servicedesk: 2, sales: 1, retail: 1 },
  sales: { customer: 1, retail: 1, marketing: 1 },
  teacher: {},
  cook: { waiter: 1 },
  operator: { mechanic: 2, warehouse: 1 },
};

/** Vacancies that state experience is not required (or welcome starters): a junior of the family can start (3). */
export const JUNIOR_CAN_START = new Set(['warehouse', 'customer', 'operator', 'teacher']);

export type Variant =
  | { kind: 'experienced'; family: string }
  | { kind: 'junior'; family: string }
  /** Worked as `from`, retrained for `to` (course, bootcamp, part-time diploma, projects). */
  | { kind: 'switcher'; from: string; to: string };

const experienced = (vacancyFamily: string, family: string): Relevance =>
  family === vacancyFamily ? 3 : (RELATED_FAMILIES[vacancyFamily]?.[family] ?? 0);

export function relevance(vacancyFamily: string, variant: Variant): Relevance {
  switch (variant.kind) {
    case 'experienced':
      return experienced(vacancyFamily, variant.family);
    case 'junior': {
      if (variant.family === vacancyFamily) return JUNIOR_CAN_START.has(vacancyFamily) ? 3 : 2;
      return experienced(vacancyFamily, variant.family) >= 2 ? 1 : 0;
    }
    case 'switcher': {
      const into: Relevance = variant.to === vacancyFamily ? 2 : experienced(vacancyFamily, variant.to) >= 2 ? 1 : 0;
      return Math.max(into, experienced(vacancyFamily, variant.from)) as Relevance;
    }
  }
}
