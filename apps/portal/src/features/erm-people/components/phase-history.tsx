import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import type { PhaseTransition } from '../api/types';
import { phaseReasonText } from './phase-reason';

/** Every phase change, oldest first: from, to, when, why, by whom or which event. */
export function PhaseHistory({ history }: { history: PhaseTransition[] }) {
  const { t } = useTranslation();
  const phase = (value: string) => t(`ermPeople.phases.${value}`);
  return (
    <List spacing="xs" aria-label={t('ermPeople.person.history')}>
      {history.map((row) => (
        <List.Item key={row.id}>
          <Text size="sm" fw={500}>
            {row.fromPhase
              ? t('ermPeople.person.historyItem', { from: phase(row.fromPhase), to: phase(row.toPhase) })
              : t('ermPeople.person.historyFirst', { to: phase(row.toPhase) })}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(row.occurredAt)} · {t(`ermPeople.causes.${row.cause}`)}
            {row.actorName ? ` · ${t('ermPeople.person.historyBy', { name: row.actorName })}` : ''}
            {row.reason ? ` · ${phaseReasonText(t, row.cause, row.reason)}` : ''}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
