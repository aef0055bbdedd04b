import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "3 of 6 done" with a bar. */
export function ChecklistProgress({ done, total }: { done: number; total: number }) {
  const { t } = useTranslation();
  const label = t('ermPreboarding.progress', { done, total });
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={total ? (done / total) * 100 : 0} w={100} aria-label={label} />
      <Text size="sm">{label}</Text>
    </Group>
  );
}
