import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Fieldset, Group, List, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, type Path, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { FormAlert } from '../../../lib/form-alert';
import { currentLanguage } from '../../../lib/i18n';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import type { PointsSettings } from '../api/get-points-settings';
import {
  MAX_LEVEL_NAME,
  MAX_LEVEL_THRESHOLD,
  MAX_LEVELS,
  MAX_POINT_VALUE,
  newLevel,
  POINTS_EVENT_KINDS,
  type PointsSettingsFormOutput,
  pointsSettingsFormSchema,
  type PointsSettingsFormValues,
  settingsFormValues,
  useSetPointsSettings,
} from '../api/set-points-settings';

interface Props {
  settings: PointsSettings;
}

/** Dutch numbers read "1.000"; English ones "1,000". */
const thousandSeparator = () => (currentLanguage() === 'en' ? ',' : '.');

function serverFields(count: number): Path<PointsSettingsFormValues>[] {
  const fields: Path<PointsSettingsFormValues>[] = ['values', 'levels', ...POINTS_EVENT_KINDS.map((kind) => `values.${kind}` as const)];
  for (let index = 0; index < count; index += 1) {
    fields.push(`levels.${index}.threshold`, `levels.${index}.nameNl`, `levels.${index}.nameEn`);
  }
  return fields;
}

/** HR's points per event and levels. */
export function PointsSettingsForm({ settings }: Props) {
  const { t } = useTranslation();
  const save = useSetPointsSettings();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<PointsSettingsFormValues, unknown, PointsSettingsFormOutput>({
    resolver: zodResolver(pointsSettingsFormSchema),
    defaultValues: settingsFormValues(settings),
  });
  const levels = useFieldArray({ control: form.control, name: 'levels' });
  const { errors } = form.formState;
  const message = (value: string | undefined) => fieldMessage(t, value);
  const separator = thousandSeparator();

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    save.mutate(values, {
      // The panel re-mounts the form with the saved settings (keyed by updatedAt).
      onSuccess: () => notifications.show({ color: 'teal', message: t('points.settings.saved') }),
      onError: (error) => {
        const placed = applyServerFieldErrors(error, serverFields(levels.fields.length), form.setError);
        setGeneralError(placed ? null : error);
      },
    });
  });

  const levelsError = errors.levels?.root?.message ?? errors.levels?.message;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('points.settings.formLabel')}>
      <Stack gap="lg">
        <Alert color="blue" variant="light" title={t('points.settings.whenTitle')}>
          <List size="sm" spacing={4}>
            <List.Item>{t('points.settings.valuesApply')}</List.Item>
            <List.Item>{t('points.settings.levelsApply')}</List.Item>
          </List>
        </Alert>
        <FormAlert error={generalError} />

        <Fieldset legend={t('points.settings.valuesTitle')}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('points.settings.valuesHelp', { max: formatNumber(MAX_POINT_VALUE) })}
            </Text>
            {errors.values?.message ? (
              <Text size="sm" c="red.8" role="alert">
                {message(errors.values.message)}
              </Text>
            ) : null}
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
              {POINTS_EVENT_KINDS.map((kind) => (
                <Controller
                  key={kind}
                  control={form.control}
                  name={`values.${kind}`}
                  render={({ field }) => (
                    <NumberInput
                      ref={field.ref}
                      name={field.name}
                      label={t(`points.kinds.${kind}`)}
                      required
                      min={0}
                      max={MAX_POINT_VALUE}
                      allowDecimal={false}
                      allowNegative={false}
                      thousandSeparator={separator}
                      decimalSeparator={separator === '.' ? ',' : '.'}
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      error={message(errors.values?.[kind]?.message)}
                    />
                  )}
                />
              ))}
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Stack gap="sm" component="section" aria-labelledby="points-levels-title">
          <Stack gap={2}>
            <Text fw={600} id="points-levels-title">
              {t('points.settings.levelsTitle')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('points.settings.levelsHelp')}
            </Text>
          </Stack>
          {levels.fields.map((field, index) => {
            const itemErrors = errors.levels?.[index];
            const legend = t('points.settings.levelN', { n: index + 1 });
            return (
              <Fieldset key={field.id} legend={legend} aria-label={legend}>
                <Stack gap="sm">
                  <SimpleGrid cols={{ base: 1, sm: 3 }}>
                    <TextInput
                      label={t('points.settings.fields.nameNl')}
                      required
                      maxLength={MAX_LEVEL_NAME}
                      error={message(itemErrors?.nameNl?.message)}
                      {...form.register(`levels.${index}.nameNl`)}
                    />
                    <TextInput
                      label={t('points.settings.fields.nameEn')}
                      required
                      maxLength={MAX_LEVEL_NAME}
                      error={message(itemErrors?.nameEn?.message)}
                      {...form.register(`levels.${index}.nameEn`)}
                    />
                    <Controller
                      control={form.control}
                      name={`levels.${index}.threshold`}
                      render={({ field: threshold }) => (
                        <NumberInput
                          ref={threshold.ref}
                          name={threshold.name}
                          label={t('points.settings.fields.threshold')}
                          description={index === 0 ? t('points.settings.firstThresholdHelp') : undefined}
                          required
                          min={0}
                          max={MAX_LEVEL_THRESHOLD}
                          allowDecimal={false}
                          allowNegative={false}
                          thousandSeparator={separator}
                          decimalSeparator={separator === '.' ? ',' : '.'}
                          value={threshold.value}
                          onChange={threshold.onChange}
                          onBlur={threshold.onBlur}
                          error={message(itemErrors?.threshold?.message)}
                        />
                      )}
                    />
                  </SimpleGrid>
                  {levels.fields.length > 1 ? (
                    <Group>
                      <Button variant="subtle" color="red" size="xs" onClick={() => levels.remove(index)}>
                        {t('points.settings.removeLevel', { n: index + 1 })}
                      </Button>
                    </Group>
                  ) : null}
                </Stack>
              </Fieldset>
            );
          })}
          {levelsError ? (
            <Text size="sm" c="red.8" role="alert">
              {message(levelsError)}
            </Text>
          ) : null}
          <Group>
            <Button
              variant="light"
              disabled={levels.fields.length >= MAX_LEVELS}
              onClick={() => levels.append(newLevel(form.getValues('levels').at(-1)))}
            >
              {t('points.settings.addLevel')}
            </Button>
          </Group>
        </Stack>

        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('points.settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
