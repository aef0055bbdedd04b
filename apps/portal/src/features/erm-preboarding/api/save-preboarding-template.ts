import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { preboardingKeys } from './keys';
import type { PreboardingTemplate, PreboardingTemplateInput } from './types';

const text = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' });

/** The template editor's form: numbers arrive as numbers (NumberInput) or '' while typing. */
export const templateSchema = z.object({
  name: text(120).min(1, { error: 'validation.required' }),
  isDefault: z.boolean(),
  tasks: z
    .array(
      z.object({
        titleNl: text(200).min(1, { error: 'validation.required' }),
        titleEn: text(200).min(1, { error: 'validation.required' }),
        descriptionNl: text(2000),
        descriptionEn: text(2000),
        dueOffsetDays: z.union([z.number(), z.string()]).refine((v) => typeof v === 'number' && Number.isInteger(v) && v >= -365 && v <= 365, {
          error: 'ermPreboarding.validation.offset',
        }),
        assignee: z.enum(['starter', 'hr']),
        department: text(120),
      }),
    )
    .max(50),
});
export type TemplateFormValues = z.input<typeof templateSchema>;

/** Form values → API input: empty optional texts are left out. */
export function toTemplateInput(values: TemplateFormValues): PreboardingTemplateInput {
  return {
    name: values.name.trim(),
    isDefault: values.isDefault,
    tasks: values.tasks.map((task) => ({
      titleNl: task.titleNl.trim(),
      titleEn: task.titleEn.trim(),
      ...(task.descriptionNl.trim() ? { descriptionNl: task.descriptionNl.trim() } : {}),
      ...(task.descriptionEn.trim() ? { descriptionEn: task.descriptionEn.trim() } : {}),
      dueOffsetDays: Number(task.dueOffsetDays),
      assignee: task.assignee,
      ...(task.department.trim() ? { department: task.department.trim() } : {}),
    })),
  };
}

export async function savePreboardingTemplate({ id, input }: { id: string | null; input: PreboardingTemplateInput }): Promise<PreboardingTemplate> {
  return id
    ? unwrap(await api.PUT('/api/preboarding/templates/{id}', { params: { path: { id } }, body: input }))
    : unwrap(await api.POST('/api/preboarding/templates', { body: input }));
}

export function useSavePreboardingTemplate() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: savePreboardingTemplate, onSuccess: () => queryClient.invalidateQueries({ queryKey: preboardingKeys.templates() }) });
}
