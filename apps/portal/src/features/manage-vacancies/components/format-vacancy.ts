import type { VacancySummary } from '../api/types';

type T = (key: string, options?: Record<string, unknown>) => string;

function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

function money(value: number, currency: string, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
}

function range(min: string | null, max: string | null): string | null {
  if (min && max) return min === max ? min : `${min} – ${max}`;
  return min ?? max;
}

/** "€ 3.000 – € 4.200 per maand", or null when no salary is given. */
export function formatSalary(vacancy: Pick<VacancySummary, 'salaryMin' | 'salaryMax' | 'salaryCurrency' | 'salaryPeriod'>, t: T, language: string): string | null {
  const text = range(
    vacancy.salaryMin === null ? null : money(vacancy.salaryMin, vacancy.salaryCurrency, language),
    vacancy.salaryMax === null ? null : money(vacancy.salaryMax, vacancy.salaryCurrency, language),
  );
  if (!text) return null;
  return vacancy.salaryPeriod ? t(`manageVacancies.salaryPer.${vacancy.salaryPeriod}`, { amount: text }) : text;
}

/** "32 – 36 uur", or null. */
export function formatHours(vacancy: Pick<VacancySummary, 'hoursMin' | 'hoursMax'>, t: T, language: string): string | null {
  const number = new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1 });
  const text = range(
    vacancy.hoursMin === null ? null : number.format(vacancy.hoursMin),
    vacancy.hoursMax === null ? null : number.format(vacancy.hoursMax),
  );
  return text ? t('manageVacancies.hoursValue', { hours: text }) : null;
}
