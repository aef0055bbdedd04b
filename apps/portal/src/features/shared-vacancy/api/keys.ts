export const sharedVacancyKeys = {
  all: ['sharedVacancy'] as const,
  details: () => [...sharedVacancyKeys.all, 'detail'] as const,
  detail: (code: string) => [...sharedVacancyKeys.details(), code] as const,
};
