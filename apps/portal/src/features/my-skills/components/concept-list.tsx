import { Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyConcept } from '../api/types';

interface Props {
  /** Accessible name of the list, e.g. "Bevestigde vaardigheden". */
  label: string;
  items: MyConcept[];
  empty: string;
  busy: boolean;
  onConfirm?: (item: MyConcept) => void;
  onRemove: (item: MyConcept) => void;
}

/** Concepts of one kind and status, each with its source, confidence (suggestions), evidence and actions. */
export function ConceptList({ label, items, empty, busy, onConfirm, onRemove }: Props) {
  const { t } = useTranslation();
  if (!items.length) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <List aria-label={label} listStyleType="none" spacing="xs" p={0} m={0}>
      {items.map((item) => (
        <List.Item key={item.uri} aria-label={item.label}>
          <Paper withBorder p="sm" radius="md">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={4}>
                <Group gap="xs">
                  <Text fw={600}>{item.label}</Text>
                  <Badge variant="light" color={item.status === 'confirmed' ? 'teal' : 'gray'} size="sm">
                    {t(`mySkills.source.${item.source}`)}
                  </Badge>
                  {item.status === 'suggested' && item.confidence !== null ? (
                    <Text size="xs" c="dimmed">
                      {t('mySkills.confidence', { percent: Math.round(item.confidence * 100) })}
                    </Text>
                  ) : null}
                </Group>
                {item.evidence.map((e, i) => (
                  <Text key={i} size="xs" c="dimmed">
                    {t('mySkills.evidence', { text: e.text })} {t(`mySkills.origin.${e.origin}`)}
                    {e.snippet && e.snippet !== e.text ? ` — …${e.snippet}…` : ''}
                  </Text>
                ))}
              </Stack>
              <Group gap="xs" wrap="nowrap">
                {onConfirm ? (
                  <Button size="xs" variant="light" disabled={busy} onClick={() => onConfirm(item)} aria-label={t('mySkills.confirm', { label: item.label })}>
                    {t('mySkills.confirmButton')}
                  </Button>
                ) : null}
                <Button size="xs" variant="subtle" color="red" disabled={busy} onClick={() => onRemove(item)} aria-label={t('mySkills.remove', { label: item.label })}>
                  {t('mySkills.removeButton')}
                </Button>
              </Group>
            </Group>
          </Paper>
        </List.Item>
      ))}
    </List>
  );
}
