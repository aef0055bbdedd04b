import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PreboardingAlert } from './preboarding-alert';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import { type TemplateFormValues, templateSchema, toTemplateInput, useSavePreboardingTemplate } from '../api/save-preboarding-template';
import type { PreboardingTemplate } from '../api/types';

const EMPTY_TASK: TemplateFormValues['tasks'][number] = { titleNl: '', titleEn: '', descriptionNl: '', descriptionEn: '', dueOffsetDays: 0, assignee: 'starter', department: '' };

const toValues = (template: PreboardingTemplate | null): TemplateFormValues =>
  template
    ? {
        name: template.name,
        isDefault: template.isDefault,
        tasks: template.tasks.map((task) => ({
          titleNl: task.titleNl,
          titleEn: task.titleEn,
          descriptionNl: task.descriptionNl ?? '',
          descriptionEn: task.descriptionEn ?? '',
          dueOffsetDays: task.dueOffsetDays,
          assignee: task.assignee,
          department: task.department ?? '',
        })),
      }
    : { name: '', isDefault: false, tasks: [EMPTY_TASK] };

/** Edits a template: name, default mark, and task rows (titles in Dutch and English, days from the start date, who, department). */
export function TemplateEditor({ template, onDone }: { template: PreboardingTemplate | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSavePreboardingTemplate();
  const form = useForm<TemplateFormValues>({ resolver: zodResolver(templateSchema), defaultValues: toValues(template) });
  const tasks = useFieldArray({ control: form.control, name: 'tasks' });
  const { errors } = form.formState;
  const message = (value: string | undefined) => fieldMessage(t, value);

  const onSubmit = form.handleSubmit((values) => {
    save.mutate(
      { id: template?.id ?? null, input: toTemplateInput(values) },
      {
        onSuccess: onDone,
        onError: (error) => applyServerFieldErrors(error, ['name', 'isDefault'], form.setError),
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('ermPreboarding.templates.editor')}>
      <Stack gap="md">
        <TextInput label={t('ermPreboarding.templates.name')} required {...form.register('name')} error={message(errors.name?.message)} />
        <Controller
          control={form.control}
          name="isDefault"
          render={({ field: f }) => (
            <Checkbox
              label={t('ermPreboarding.templates.isDefault')}
              description={template?.isDefault ? t('ermPreboarding.templates.defaultLocked') : undefined}
              disabled={template?.isDefault}
              checked={f.value}
              onChange={(event) => f.onChange(event.currentTarget.checked)}
              error={message(errors.isDefault?.message)}
            />
          )}
        />
        <Text fw={600}>{t('ermPreboarding.templates.tasks')}</Text>
        {tasks.fields.map((field, index) => {
          const taskErrors = errors.tasks?.[index];
          return (
            <Paper key={field.id} withBorder p="sm" radius="md" component="fieldset" aria-label={t('ermPreboarding.templates.taskN', { n: index + 1 })}>
              <Stack gap="xs">
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput label={t('ermPreboarding.templates.titleNl')} required {...form.register(`tasks.${index}.titleNl`)} error={message(taskErrors?.titleNl?.message)} />
                  <TextInput label={t('ermPreboarding.templates.titleEn')} required {...form.register(`tasks.${index}.titleEn`)} error={message(taskErrors?.titleEn?.message)} />
                  <TextInput label={t('ermPreboarding.templates.descriptionNl')} {...form.register(`tasks.${index}.descriptionNl`)} />
                  <TextInput label={t('ermPreboarding.templates.descriptionEn')} {...form.register(`tasks.${index}.descriptionEn`)} />
                </SimpleGrid>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Controller
                    control={form.control}
                    name={`tasks.${index}.dueOffsetDays`}
                    render={({ field: f }) => (
                      <NumberInput
                        label={t('ermPreboarding.templates.offset')}
                        description={t('ermPreboarding.templates.offsetHelp')}
                        allowDecimal={false}
                        min={-365}
                        max={365}
                        value={f.value}
                        onChange={f.onChange}
                        error={message(taskErrors?.dueOffsetDays?.message)}
                      />
                    )}
                  />
                  <NativeSelect
                    label={t('ermPreboarding.templates.assignee')}
                    data={[
                      { value: 'starter', label: t('ermPreboarding.assignee.starter') },
                      { value: 'hr', label: t('ermPreboarding.assignee.hr') },
                    ]}
                    {...form.register(`tasks.${index}.assignee`)}
                  />
                  <TextInput label={t('ermPreboarding.templates.department')} description={t('ermPreboarding.templates.departmentHelp')} {...form.register(`tasks.${index}.department`)} />
                </SimpleGrid>
                <Group justify="flex-end">
                  <Button size="xs" variant="subtle" color="red" onClick={() => tasks.remove(index)}>
                    {t('ermPreboarding.templates.removeTask')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          );
        })}
        <Group justify="space-between">
          <Button variant="light" onClick={() => tasks.append(EMPTY_TASK)} disabled={tasks.fields.length >= 50}>
            {t('ermPreboarding.templates.addTask')}
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('ermPreboarding.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('ermPreboarding.templates.save')}
            </Button>
          </Group>
        </Group>
        {save.isError ? <PreboardingAlert error={save.error} /> : null}
      </Stack>
    </form>
  );
}
