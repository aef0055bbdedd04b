import type { Cost, Hire, HireImport } from './api/types';

/** The whole portal renders first (routes, providers, shell): slower than one page on a busy shared machine. */
export const FIRST_RENDER_MS = 8000;
export const SLOW_TEST_MS = 40_000;

/** A hire as the API answers it; override what a test cares about. */
export function hire(overrides: Partial<Hire> = {}): Hire {
  return {
    id: 'hire-1',
    channel: 'job_board',
    source: 'manual',
    referralId: null,
    programme: null,
    person: null,
    vacancy: null,
    department: 'Thuiszorg',
    jobTitle: 'Wijkverpleegkundige',
    appliedOn: '2026-01-05',
    hiredOn: '2026-02-02',
    startDate: '2026-03-01',
    leftOn: null,
    externalRef: null,
    rating6: null,
    rating12: null,
    editable: true,
    createdAt: '2026-02-02T10:00:00.000Z',
    ...overrides,
  };
}

export function cost(overrides: Partial<Cost> = {}): Cost {
  return {
    id: 'cost-1',
    channel: 'job_board',
    category: 'advertising',
    programme: null,
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
    amountCents: 240000,
    description: 'Indeed Q1',
    createdAt: '2026-01-10T10:00:00.000Z',
    ...overrides,
  };
}

export function hireImport(overrides: Partial<HireImport> = {}): HireImport {
  return {
    id: 'imp-1',
    fileName: 'ats-export.csv',
    status: 'previewed',
    totalRows: 4,
    validRows: 2,
    createdRows: 1,
    updatedRows: 1,
    problems: [],
    problemCount: 0,
    appliedAt: null,
    createdAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}
