import { type MoveReferralInput, type ReferralDetail, unwrap } from '@kring/api-client';
import { STAGES } from '@kring/shared-domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { referralKeys } from './keys';

/** A stage change. Hiring needs a start date and probation months; a rejection asks for a reason. */
export const moveReferralSchema = z
  .object({
    stage: z.union([z.enum(STAGES), z.literal('')]),
    note: z.string().trim().max(2000, { error: 'validation.tooLong' }),
    startDate: z.string(),
    probationMonths: z.union([z.number(), z.string()]),
    rejectionReason: z.string().trim().max(1000, { error: 'validation.tooLong' }),
    rejectionReasonShareable: z.boolean(),
  })
  .superRefine((values, ctx) => {
    if (values.stage === '') ctx.addIssue({ code: 'custom', path: ['stage'], message: 'validation.required' });
    if (values.stage === 'hired') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(values.startDate)) {
        ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'pipeline.validation.startDate' });
      }
      const months = typeof values.probationMonths === 'number' ? values.probationMonths : Number.NaN;
      if (!Number.isInteger(months) || months < 0 || months > 24) {
        ctx.addIssue({ code: 'custom', path: ['probationMonths'], message: 'pipeline.validation.probationMonths' });
      }
    }
    if (values.stage === 'rejected' && values.rejectionReason === '') {
      ctx.addIssue({ code: 'custom', path: ['rejectionReason'], message: 'validation.required' });
    }
  })
  .transform((values): MoveReferralInput => {
    const stage = values.stage as MoveReferralInput['stage'];
    return {
      stage,
      ...(values.note ? { note: values.note } : {}),
      ...(stage === 'hired' ? { startDate: values.startDate, probationMonths: Number(values.probationMonths) } : {}),
      ...(stage === 'rejected'
        ? { rejectionReason: values.rejectionReason, rejectionReasonShareable: values.rejectionReasonShareable }
        : {}),
    };
  });
export type MoveReferralFormValues = z.input<typeof moveReferralSchema>;

export const MOVE_REFERRAL_FIELDS = [
  'stage',
  'note',
  'startDate',
  'probationMonths',
  'rejectionReason',
  'rejectionReasonShareable',
] as const satisfies readonly (keyof MoveReferralFormValues)[];

export async function moveReferral({ id, input }: { id: string; input: MoveReferralInput }): Promise<ReferralDetail> {
  return unwrap(await api.POST('/api/referrals/{id}/stage', { params: { path: { id } }, body: input }));
}

export function useMoveReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveReferral,
    onSuccess: (referral) => {
      queryClient.setQueryData(referralKeys.detail(referral.id), referral);
      return queryClient.invalidateQueries({ queryKey: referralKeys.lists() });
    },
  });
}
