import { Alert, Button, FileInput, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { CV_EXTENSIONS } from '@kring/shared-domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CV_ACCEPT } from '../../../lib/cv';
import { useReadMyCvSkills } from '../api/read-my-cv-skills';
import { useReadMyProfileSkills } from '../api/read-my-profile-skills';
import type { LabelLanguage } from '../api/types';
import { cvProblemText } from './problem-text';

/** The server reads at most 5 MB; checked here first so nobody waits for an upload that will be refused. */
export const CV_SKILLS_MAX_BYTES = 5 * 1024 * 1024;

/** Upload a CV (PDF/DOCX) or have the profile read; both add suggestions, never confirmed skills. */
export function ReadSkillsSection({ lang }: { lang: LabelLanguage }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [localProblem, setLocalProblem] = useState<string | null>(null);
  const cv = useReadMyCvSkills(lang);
  const profile = useReadMyProfileSkills(lang);

  const choose = (next: File | null) => {
    setFile(next);
    cv.reset();
    setLocalProblem(null);
    if (!next) return;
    const name = next.name.toLowerCase();
    if (!CV_EXTENSIONS.some((extension) => name.endsWith(extension))) setLocalProblem(t('mySkills.problems.file_type_not_allowed'));
    else if (next.size > CV_SKILLS_MAX_BYTES) setLocalProblem(t('mySkills.problems.file_too_large'));
  };

  const profileCount = profile.data ? profile.data.suggestedSkills.length + profile.data.suggestedOccupations.length : 0;

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('mySkills.read.title')}
        </Title>
        <Stack gap="xs">
          <FileInput
            label={t('mySkills.read.cvLabel')}
            description={t('mySkills.read.cvHint')}
            placeholder={t('mySkills.read.cvPlaceholder')}
            accept={CV_ACCEPT}
            clearable
            clearButtonProps={{ 'aria-label': t('mySkills.read.clear') }}
            value={file}
            onChange={choose}
            error={localProblem}
            disabled={cv.isPending}
          />
          <Group>
            <Button onClick={() => file && cv.mutate(file)} disabled={!file || !!localProblem} loading={cv.isPending}>
              {t('mySkills.read.readCv')}
            </Button>
          </Group>
          {cv.isPending ? (
            <Stack gap={4} role="status">
              <Text size="sm">{t('mySkills.read.reading')}</Text>
              <Progress value={100} striped animated aria-label={t('mySkills.read.reading')} />
            </Stack>
          ) : null}
          {cv.isError ? (
            <Alert color="red" variant="light" role="alert">
              {cvProblemText(t, cv.error)}
            </Alert>
          ) : null}
          {cv.isSuccess ? (
            <Alert color="teal" variant="light" role="status">
              {t('mySkills.read.cvDone', { count: cv.data.suggestedSkills.length })}
            </Alert>
          ) : null}
        </Stack>
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('mySkills.read.profileHint')}
          </Text>
          <Group>
            <Button variant="light" onClick={() => profile.mutate()} loading={profile.isPending}>
              {t('mySkills.read.readProfile')}
            </Button>
          </Group>
          {profile.isError ? (
            <Alert color="red" variant="light" role="alert">
              {cvProblemText(t, profile.error)}
            </Alert>
          ) : null}
          {profile.isSuccess ? (
            <Alert color={profileCount ? 'teal' : 'gray'} variant="light" role="status">
              {profileCount ? t('mySkills.read.profileDone', { count: profile.data.suggestedSkills.length }) : t('mySkills.read.profileNothing')}
            </Alert>
          ) : null}
        </Stack>
      </Stack>
    </Paper>
  );
}
