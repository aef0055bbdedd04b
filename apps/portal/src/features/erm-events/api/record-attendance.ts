import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { eventKeys } from './keys';
import type { Attendance, AttendanceResult } from './types';

export async function recordAttendance({
  id,
  entries,
}: {
  id: string;
  entries: Array<{ invitationId: string; attendance: Attendance }>;
}): Promise<AttendanceResult> {
  return unwrap(await api.POST('/api/events/{id}/attendance', { params: { path: { id } }, body: { entries } }));
}

export function useRecordAttendance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordAttendance,
    onSuccess: (_result, { id }) => queryClient.invalidateQueries({ queryKey: eventKeys.invitations(id) }),
  });
}
