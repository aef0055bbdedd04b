import type { Vacancy } from '@kring/api-client';
import { Paper, Stack, Text, Title, Typography } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The description as referrers will see it: HTML the server rendered from Markdown and sanitised. */
export function VacancyPreview({ vacancy }: { vacancy: Vacancy }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="vacancy-preview-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="vacancy-preview-title">
          {t('manageVacancies.preview')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('manageVacancies.previewHint')}
        </Text>
        {vacancy.descriptionHtml ? (
          // Sanitised on the server (markdown-it without raw HTML); see libs/server/referrals/src/markdown.
          <Typography>
            <div dangerouslySetInnerHTML={{ __html: vacancy.descriptionHtml }} />
          </Typography>
        ) : (
          <Text size="sm">{t('manageVacancies.noDescription')}</Text>
        )}
      </Stack>
    </Paper>
  );
}
