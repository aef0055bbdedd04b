import { unwrap, type UpdateVacancyInput, type Vacancy } from '@kring/api-client';
import type { VacancyStatus } from '@kring/shared-domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { vacancyKeys } from './keys';

export async function updateVacancy({ id, input }: { id: string; input: UpdateVacancyInput }): Promise<Vacancy> {
  return unwrap(await api.PATCH('/api/vacancies/{id}', { params: { path: { id } }, body: input }));
}

/** A status change only: the other fields the body needs are sent unchanged. */
export function statusChange(vacancy: Vacancy, status: VacancyStatus): UpdateVacancyInput {
  return {
    status,
    descriptionMarkdown: vacancy.descriptionMarkdown,
    employmentType: vacancy.employmentType,
    salaryCurrency: vacancy.salaryCurrency,
    hardToFill: vacancy.hardToFill,
  };
}

/** The next statuses HR may choose: draft → open → closed, and closed → open. */
export const NEXT_STATUSES: Record<VacancyStatus, readonly VacancyStatus[]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open'],
};

export function useUpdateVacancy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateVacancy,
    onSuccess: (vacancy) => {
      queryClient.setQueryData(vacancyKeys.detail(vacancy.id), vacancy);
      return queryClient.invalidateQueries({ queryKey: vacancyKeys.lists() });
    },
  });
}
