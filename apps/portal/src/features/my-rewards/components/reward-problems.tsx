import { isApiProblem } from '@kring/api-client';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/problems';

/** Problem codes of the rewards API, translated under `rewards.problems.<code>`. */
const REWARD_CODES = new Set(['invalid_reward_change', 'nothing_to_export', 'referral_not_hired']);

export function rewardProblemMessage(t: (key: string, options?: Record<string, unknown>) => string, error: unknown): string {
  if (isApiProblem(error) && REWARD_CODES.has(error.code)) return t(`rewards.problems.${error.code}`);
  return problemMessage(t, error);
}

/** A failed rewards request, announced to screen readers; knows the rewards API's own codes. */
export function RewardProblemAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      <Text size="sm">{rewardProblemMessage(t, error)}</Text>
      {isApiProblem(error) && error.requestId && error.status >= 500 ? (
        <Text size="xs" c="dimmed">
          {t('problems.requestId', { requestId: error.requestId })}
        </Text>
      ) : null}
    </Alert>
  );
}
