import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../../lib/format';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import { RewardProblemAlert } from '../../my-rewards/components/reward-problems';
import { type HireLeftFormValues, type HireLeftOutput, hireLeftSchema, useRecordHireLeft } from '../api/record-hire-left';

const DEFAULTS: HireLeftFormValues = { leftOn: '', reason: '' };

interface Props {
  referralId: string;
  candidateName: string;
}

/** "Employee left": records the last day of employment; unpaid rewards due after it are cancelled. */
export function HireLeftForm({ referralId, candidateName }: Props) {
  const { t } = useTranslation();
  const record = useRecordHireLeft();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const [result, setResult] = useState<HireLeftOutput | null>(null);
  const form = useForm<HireLeftFormValues>({ resolver: zodResolver(hireLeftSchema), defaultValues: DEFAULTS });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    setResult(null);
    record.mutate(
      { id: referralId, input: values },
      {
        onSuccess: (output) => {
          setResult(output);
          form.reset(DEFAULTS);
        },
        onError: (error) => {
          const placed = applyServerFieldErrors(error, ['leftOn', 'reason'] as const, form.setError);
          setGeneralError(placed ? null : error);
        },
      },
    );
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="hire-left-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="hire-left-title">
          {t('ledger.hireLeft.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('ledger.hireLeft.intro', { name: candidateName })}
        </Text>
        {result ? (
          <Alert color={result.cancelledRewardIds.length ? 'yellow' : 'teal'} variant="light" role="status">
            <Stack gap={4} align="flex-start">
              <Text size="sm">
                {t('ledger.hireLeft.recorded', { date: formatCalendarDate(result.leftOn) })}{' '}
                {t('ledger.hireLeft.cancelledRewards', { count: result.cancelledRewardIds.length })}
              </Text>
              {result.cancelledRewardIds.length ? (
                <Anchor component={Link} to="/manage/rewards" size="sm">
                  {t('ledger.hireLeft.toLedger')}
                </Anchor>
              ) : null}
            </Stack>
          </Alert>
        ) : null}
        <form onSubmit={onSubmit} noValidate aria-labelledby="hire-left-title">
          <Stack gap="sm">
            <RewardProblemAlert error={generalError} />
            <TextInput
              type="date"
              label={t('ledger.hireLeft.leftOn')}
              description={t('ledger.hireLeft.leftOnHelp')}
              required
              error={fieldMessage(t, errors.leftOn?.message)}
              {...form.register('leftOn')}
            />
            <Textarea
              label={t('ledger.hireLeft.reason')}
              description={t('ledger.hireLeft.reasonHelp')}
              required
              autosize
              minRows={2}
              maxRows={6}
              error={fieldMessage(t, errors.reason?.message)}
              {...form.register('reason')}
            />
            <Group>
              <Button type="submit" color="red" variant="light" loading={record.isPending}>
                {t('ledger.hireLeft.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
