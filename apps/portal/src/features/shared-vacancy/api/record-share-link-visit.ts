import { throwIfProblem } from '@kring/api-client';
import { SHARE_CHANNELS, type ShareChannel } from '@kring/shared-domain';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '../../../lib/api';

/** The channel from the path (`/r/AB12CD/linkedin`); anything unknown counts as a direct visit. */
export function channelFromPath(value: string | undefined): ShareChannel {
  return SHARE_CHANNELS.find((channel) => channel === value) ?? 'direct';
}

export async function recordShareLinkVisit({ code, channel }: { code: string; channel: ShareChannel }): Promise<void> {
  throwIfProblem(await api.POST('/api/public/share-links/{code}/visits', { params: { path: { code } }, body: { channel } }));
}

export function useRecordShareLinkVisit() {
  return useMutation({ mutationFn: recordShareLinkVisit });
}

/** Counts this page load once (StrictMode runs effects twice; re-renders must not count again). */
export function useCountVisitOnce(code: string, channel: ShareChannel) {
  const { mutate } = useRecordShareLinkVisit();
  const counted = useRef<string | null>(null);
  useEffect(() => {
    const key = `${code}/${channel}`;
    if (counted.current === key) return;
    counted.current = key;
    mutate({ code, channel });
  }, [code, channel, mutate]);
}
