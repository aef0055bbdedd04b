import { Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { useSearchSkills } from '../../match';
import { useConfirmMySkills } from '../api/confirm-my-skills';
import type { LabelLanguage } from '../api/types';

/** Search ESCO skills by name (Dutch or English) and add one as confirmed by the person. */
export function AddSkillSection({ lang, owned }: { lang: LabelLanguage; owned: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const search = useSearchSkills(debounced, lang);
  const add = useConfirmMySkills(lang);
  const results = debounced.length >= 2 ? (search.data ?? []) : [];

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('mySkills.add.title')}
        </Title>
        <TextInput
          label={t('mySkills.add.label')}
          description={t('mySkills.add.hint')}
          placeholder={t('mySkills.add.placeholder')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
        />
        <FormAlert error={search.error ?? add.error} />
        {debounced.length >= 2 && search.isSuccess && !search.isPlaceholderData && results.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('mySkills.add.none', { q: debounced })}
          </Text>
        ) : null}
        {results.length ? (
          <List aria-label={t('mySkills.add.results')} listStyleType="none" spacing={4} p={0} m={0}>
            {results.map((hit) => (
              <List.Item key={hit.uri} aria-label={hit.label}>
                <Group justify="space-between" wrap="nowrap">
                  <Stack gap={0}>
                    <Text size="sm">{hit.label}</Text>
                    {hit.matchedLabel !== hit.label ? (
                      <Text size="xs" c="dimmed">
                        {t('mySkills.add.matched', { label: hit.matchedLabel })}
                      </Text>
                    ) : null}
                  </Stack>
                  {owned.has(hit.uri) ? (
                    <Text size="xs" c="teal">
                      {t('mySkills.add.added')}
                    </Text>
                  ) : (
                    <Button
                      size="xs"
                      variant="light"
                      disabled={add.isPending}
                      onClick={() => add.mutate({ skills: [{ uri: hit.uri }], occupations: [] })}
                      aria-label={t('mySkills.add.add', { label: hit.label })}
                    >
                      +
                    </Button>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        ) : null}
      </Stack>
    </Paper>
  );
}
