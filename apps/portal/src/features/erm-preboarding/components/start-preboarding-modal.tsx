import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, NativeSelect, Select, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DayInput } from './day-input';
import { PreboardingAlert } from './preboarding-alert';
import { fieldMessage } from '../../../lib/problems';
import { usePreboardingPeople } from '../api/find-preboarding-people';
import { usePreboardingTemplates } from '../api/list-preboarding-templates';
import { type StartPreboardingFormValues, startPreboardingSchema, useStartPreboarding } from '../api/start-preboarding';

/** HR starts preboarding for a person: who, which first working day, which template (the default unless chosen). */
export function StartPreboardingModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const people = usePreboardingPeople(debounced, opened);
  const templates = usePreboardingTemplates();
  const start = useStartPreboarding();
  const form = useForm<StartPreboardingFormValues>({
    resolver: zodResolver(startPreboardingSchema),
    defaultValues: { personId: '', startDate: '', templateId: '' },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    start.mutate(
      { personId: values.personId, startDate: values.startDate, ...(values.templateId ? { templateId: values.templateId } : {}) },
      {
        onSuccess: (detail) => {
          onClose();
          void navigate(`/preboarding/starters/${detail.personId}`);
        },
      },
    );
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('ermPreboarding.start.title')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Controller
            control={form.control}
            name="personId"
            render={({ field }) => (
              <Select
                label={t('ermPreboarding.start.person')}
                placeholder={t('ermPreboarding.start.personPlaceholder')}
                searchable
                required
                searchValue={search}
                onSearchChange={setSearch}
                filter={({ options }) => options}
                nothingFoundMessage={t('ermPreboarding.start.nobody')}
                data={(people.data ?? []).map((p) => ({ value: p.personId, label: p.email ? `${p.name} (${p.email})` : p.name }))}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                error={fieldMessage(t, errors.personId?.message)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="startDate"
            render={({ field }) => (
              <DayInput
                label={t('ermPreboarding.start.startDate')}
                required
                value={field.value}
                onChange={field.onChange}
                error={errors.startDate ? t('ermPreboarding.validation.date') : undefined}
              />
            )}
          />
          <NativeSelect
            label={t('ermPreboarding.start.template')}
            data={[
              { value: '', label: t('ermPreboarding.start.defaultTemplate') },
              ...(templates.data ?? []).map((tpl) => ({ value: tpl.id, label: tpl.name })),
            ]}
            {...form.register('templateId')}
          />
          {start.isError ? <PreboardingAlert error={start.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('ermPreboarding.cancel')}
            </Button>
            <Button type="submit" loading={start.isPending}>
              {t('ermPreboarding.start.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
