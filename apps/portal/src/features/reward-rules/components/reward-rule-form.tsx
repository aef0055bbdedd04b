import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, type Path, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { currentLanguage } from '../../../lib/i18n';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import { MILESTONE_TRIGGERS, REWARD_AUDIENCES, type RewardRule } from '../api/list-reward-rules';
import {
  MAX_MILESTONES,
  newMilestone,
  type RewardRuleFormOutput,
  rewardRuleFormSchema,
  type RewardRuleFormValues,
  ruleFormValues,
  useSetRewardRule,
} from '../api/set-reward-rule';

interface Props {
  programmeId: string;
  /** Set for a per-vacancy override. */
  vacancyId: string | null;
  /** The version in force for this scope, or (for a new override) the programme default to start from. */
  rule: RewardRule | undefined;
  onSaved?: (rule: RewardRule) => void;
}

const CONDITIONS = ['referrerActive', 'hireEmployed', 'excludeHiringTeam'] as const;

/** Dutch amounts read "1.250,50"; English ones "1,250.50". */
function numberSeparators() {
  return currentLanguage() === 'en'
    ? { decimalSeparator: '.', thousandSeparator: ',' }
    : { decimalSeparator: ',', thousandSeparator: '.' };
}

function serverFields(count: number): Path<RewardRuleFormValues>[] {
  const fields: Path<RewardRuleFormValues>[] = ['currency', 'milestones', 'hardToFillValue'];
  for (let index = 0; index < count; index += 1) {
    fields.push(`milestones.${index}.key`, `milestones.${index}.label`, `milestones.${index}.trigger`, `milestones.${index}.days`, `milestones.${index}.amounts`);
  }
  return fields;
}

export function RewardRuleForm({ programmeId, vacancyId, rule, onSaved }: Props) {
  const { t } = useTranslation();
  const save = useSetRewardRule();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<RewardRuleFormValues, unknown, RewardRuleFormOutput>({
    resolver: zodResolver(rewardRuleFormSchema),
    defaultValues: ruleFormValues(rule),
  });
  const milestones = useFieldArray({ control: form.control, name: 'milestones' });
  const { errors } = form.formState;
  const message = (value: string | undefined) => fieldMessage(t, value);
  const [watchedMilestones, hardToFillKind] = useWatch({ control: form.control, name: ['milestones', 'hardToFillKind'] });
  const separators = numberSeparators();

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    save.mutate(
      { programmeId, vacancyId, ...values },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', message: t('rewardRules.saved') });
          onSaved?.(saved);
        },
        onError: (error) => {
          const placed = applyServerFieldErrors(error, serverFields(milestones.fields.length), form.setError);
          setGeneralError(placed ? null : error);
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('rewardRules.formLabel')}>
      <Stack gap="lg">
        <FormAlert error={generalError} />
        {milestones.fields.map((field, index) => {
          const trigger = watchedMilestones?.[index]?.trigger;
          const itemErrors = errors.milestones?.[index];
          const legend = t('rewardRules.milestoneN', { n: index + 1 });
          return (
            <Fieldset key={field.id} legend={legend} aria-label={legend}>
              <Stack gap="sm">
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    label={t('rewardRules.fields.label')}
                    description={t('rewardRules.labelHelp')}
                    error={message(itemErrors?.label?.message)}
                    {...form.register(`milestones.${index}.label`)}
                  />
                  <TextInput
                    label={t('rewardRules.fields.key')}
                    description={t('rewardRules.keyHelp')}
                    required
                    error={message(itemErrors?.key?.message)}
                    {...form.register(`milestones.${index}.key`)}
                  />
                  <NativeSelect
                    label={t('rewardRules.fields.trigger')}
                    data={MILESTONE_TRIGGERS.map((value) => ({ value, label: t(`rewardRules.triggers.${value}`) }))}
                    error={message(itemErrors?.trigger?.message)}
                    {...form.register(`milestones.${index}.trigger`)}
                  />
                  {trigger === 'days_after_start' ? (
                    <Controller
                      control={form.control}
                      name={`milestones.${index}.days`}
                      render={({ field: days }) => (
                        <NumberInput
                          ref={days.ref}
                          name={days.name}
                          label={t('rewardRules.fields.days')}
                          required
                          min={1}
                          max={3650}
                          allowDecimal={false}
                          allowNegative={false}
                          value={days.value}
                          onChange={days.onChange}
                          onBlur={days.onBlur}
                          error={message(itemErrors?.days?.message)}
                        />
                      )}
                    />
                  ) : null}
                </SimpleGrid>
                <Text size="sm" fw={500}>
                  {t('rewardRules.amountsTitle')}
                </Text>
                {itemErrors?.amounts?.message ? (
                  <Text size="sm" c="red.8" role="alert">
                    {message(itemErrors.amounts.message)}
                  </Text>
                ) : null}
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  {REWARD_AUDIENCES.map((audience) => (
                    <Stack key={audience} gap="xs">
                      <Controller
                        control={form.control}
                        name={`milestones.${index}.amounts.${audience}.money`}
                        render={({ field: money }) => (
                          <NumberInput
                            ref={money.ref}
                            name={money.name}
                            label={t('rewardRules.fields.money', { audience: t(`rewardRules.audiences.${audience}`) })}
                            min={0}
                            decimalScale={2}
                            allowNegative={false}
                            {...separators}
                            value={money.value}
                            onChange={money.onChange}
                            onBlur={money.onBlur}
                            error={message(itemErrors?.amounts?.[audience]?.money?.message)}
                          />
                        )}
                      />
                      <Controller
                        control={form.control}
                        name={`milestones.${index}.amounts.${audience}.points`}
                        render={({ field: pointsField }) => (
                          <NumberInput
                            ref={pointsField.ref}
                            name={pointsField.name}
                            label={t('rewardRules.fields.points', { audience: t(`rewardRules.audiences.${audience}`) })}
                            min={0}
                            allowDecimal={false}
                            allowNegative={false}
                            {...separators}
                            value={pointsField.value}
                            onChange={pointsField.onChange}
                            onBlur={pointsField.onBlur}
                            error={message(itemErrors?.amounts?.[audience]?.points?.message)}
                          />
                        )}
                      />
                    </Stack>
                  ))}
                </SimpleGrid>
                {milestones.fields.length > 1 ? (
                  <Group>
                    <Button variant="subtle" color="red" size="xs" onClick={() => milestones.remove(index)}>
                      {t('rewardRules.removeMilestone', { n: index + 1 })}
                    </Button>
                  </Group>
                ) : null}
              </Stack>
            </Fieldset>
          );
        })}
        {errors.milestones?.root?.message || errors.milestones?.message ? (
          <Text size="sm" c="red.8" role="alert">
            {message(errors.milestones?.root?.message ?? errors.milestones?.message)}
          </Text>
        ) : null}
        <Group>
          <Button
            variant="light"
            disabled={milestones.fields.length >= MAX_MILESTONES}
            onClick={() => milestones.append(newMilestone(milestones.fields.length))}
          >
            {t('rewardRules.addMilestone')}
          </Button>
        </Group>

        <Fieldset legend={t('rewardRules.hardToFill')} variant="unstyled">
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('rewardRules.hardToFillHelp')}
            </Text>
            <Controller
              control={form.control}
              name="hardToFillKind"
              render={({ field }) => (
                <Radio.Group name={field.name} label={t('rewardRules.fields.hardToFillKind')} value={field.value} onChange={field.onChange}>
                  <Group gap="md" mt="xs">
                    {(['none', 'bonus', 'multiplier'] as const).map((value) => (
                      <Radio key={value} value={value} label={t(`rewardRules.hardToFillKinds.${value}`)} />
                    ))}
                  </Group>
                </Radio.Group>
              )}
            />
            {hardToFillKind !== 'none' ? (
              <Controller
                control={form.control}
                name="hardToFillValue"
                render={({ field }) => (
                  <NumberInput
                    ref={field.ref}
                    name={field.name}
                    label={t(hardToFillKind === 'bonus' ? 'rewardRules.fields.bonus' : 'rewardRules.fields.multiplier')}
                    required
                    min={hardToFillKind === 'bonus' ? 0 : 1}
                    max={hardToFillKind === 'bonus' ? undefined : 10}
                    decimalScale={2}
                    allowNegative={false}
                    {...separators}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    error={message(errors.hardToFillValue?.message)}
                    maw={280}
                  />
                )}
              />
            ) : null}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('rewardRules.conditions')} variant="unstyled">
          <Stack gap="sm">
            {CONDITIONS.map((name) => (
              <Controller
                key={name}
                control={form.control}
                name={`conditions.${name}`}
                render={({ field }) => (
                  <Switch
                    ref={field.ref}
                    name={field.name}
                    label={t(`rewardRules.conditionLabels.${name}`)}
                    description={t(`rewardRules.conditionHelp.${name}`)}
                    checked={field.value}
                    onChange={(event) => field.onChange(event.currentTarget.checked)}
                    onBlur={field.onBlur}
                  />
                )}
              />
            ))}
          </Stack>
        </Fieldset>

        <TextInput
          label={t('rewardRules.fields.currency')}
          description={t('rewardRules.currencyHelp')}
          maxLength={3}
          maw={200}
          error={message(errors.currency?.message)}
          {...form.register('currency')}
        />

        <Alert color="blue" variant="light">
          <Text size="sm">{t('rewardRules.appliesFromNow')}</Text>
        </Alert>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('rewardRules.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
