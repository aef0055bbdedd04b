import { type components, unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { pointsKeys } from './keys';
import type { MyPoints } from './get-my-points';

type RecognitionInput = components['schemas']['RecognitionInput'];
export type Recognition = components['schemas']['RecognitionOutput'];

/** Opt in or out of being shown by name on the leaderboard. */
export async function setMyRecognition(input: RecognitionInput): Promise<Recognition> {
  return unwrap(await api.PATCH('/api/me/recognition', { body: input }));
}

export function useSetMyRecognition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setMyRecognition,
    onSuccess: (recognition) => {
      queryClient.setQueryData<MyPoints>(pointsKeys.mine(), (points) => (points ? { ...points, ...recognition } : points));
      return queryClient.invalidateQueries({ queryKey: pointsKeys.leaderboards() });
    },
  });
}
