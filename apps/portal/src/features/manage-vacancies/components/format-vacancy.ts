import type { VacancySummary } from '@kring/api-client';
import { formatNumber } from '../../../lib/format';

type T = (key: string, options?: Record<string, unknown>) => string;

function money(value: number, currency: string): string {
  return formatNumber(value, { style: 'currency', currency, maximumFractionDigits: 0 });
}

function range(min: string | null, max: string | null): string | null {
  if (min && max) return min === max ? min : `${min} – ${max}`;
  return min ?? max;
}

/** "€ 3.000 – € 4.200 per maand", or null when no salary is given. */
export function formatSalary(vacancy: Pick<VacancySummary, 'salaryMin' | 'salaryMax' | 'salaryCurrency' | 'salaryPeriod'>, t: T): string | null {
  const text = range(
    vacancy.salaryMin === null ? null : money(vacancy.salaryMin, vacancy.salaryCurrency),
    vacancy.salaryMax === null ? null : money(vacancy.salaryMax, vacancy.salaryCurrency),
  );
  if (!text) return null;
  return vacancy.salaryPeriod ? t(`manageVacancies.salaryPer.${vacancy.salaryPeriod}`, { amount: text }) : text;
}
