import { unwrap } from '@kring/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { InviteToApplyInput, MatchInvitation } from './types';

export async function inviteMatchToApply(vacancyId: string, personId: string, body: InviteToApplyInput): Promise<MatchInvitation> {
  return unwrap(
    await api.POST('/api/vacancies/{id}/matches/{personId}/invite', { params: { path: { id: vacancyId, personId } }, body }),
  );
}

/** Invites one matched person to apply: the API queues one mail in the person's language (409 when already invited). */
export function useInviteMatchToApply(vacancyId: string, personId: string) {
  return useMutation({ mutationFn: (body: InviteToApplyInput) => inviteMatchToApply(vacancyId, personId, body) });
}
