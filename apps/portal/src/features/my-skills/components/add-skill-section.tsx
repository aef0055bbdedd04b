import { Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { SkillHits, useSearchSkills } from '../../match';
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
          <SkillHits
            hits={results}
            isPresent={(uri) => owned.has(uri)}
            disabled={add.isPending}
            onAdd={(hit) => add.mutate({ skills: [{ uri: hit.uri }], occupations: [] })}
            texts={{
              results: t('mySkills.add.results'),
              matched: (label) => t('mySkills.add.matched', { label }),
              presentText: t('mySkills.add.added'),
              addText: '+',
              addLabel: (label) => t('mySkills.add.add', { label }),
            }}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}
