import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { usePageTitle } from '../../../lib/use-page-title';
import { useConfirmMySkills } from '../api/confirm-my-skills';
import { useMySkillProfile } from '../api/get-my-skill-profile';
import { useRemoveMySkills } from '../api/remove-my-skills';
import type { LabelLanguage, MyConcept, SkillProfile } from '../api/types';
import { AddSkillSection } from '../components/add-skill-section';
import { ConceptList } from '../components/concept-list';
import { ConsentSection } from '../components/consent-section';
import { ReadSkillsSection } from '../components/read-skills-section';

type Kind = 'skills' | 'occupations';

/** "Mijn vaardigheden": confirmed and suggested skills with their evidence, reading a CV or the profile, adding by search. */
export function MySkillsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('mySkills.title'));
  const lang: LabelLanguage = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  const profile = useMySkillProfile(lang);
  const confirm = useConfirmMySkills(lang);
  const remove = useRemoveMySkills(lang);
  const busy = confirm.isPending || remove.isPending;

  const body = (kind: Kind, items: MyConcept[]) => ({
    skills: kind === 'skills' ? items.map((c) => ({ uri: c.uri })) : [],
    occupations: kind === 'occupations' ? items.map((c) => ({ uri: c.uri })) : [],
  });

  return (
    <Stack gap="lg" maw={900}>
      <Stack gap={4}>
        <Title order={1}>{t('mySkills.title')}</Title>
        <Text c="dimmed">{t('mySkills.intro')}</Text>
      </Stack>
      {profile.isPending ? <Loader aria-label={t('mySkills.title')} /> : null}
      {profile.isError ? (
        <Alert color="red" variant="light" role="alert">
          {t('mySkills.loadError')}
        </Alert>
      ) : null}
      {profile.data ? (
        <>
          <ConsentSection consent={profile.data.matchingConsent} />
          <ReadSkillsSection lang={lang} />
          <FormAlert error={confirm.error ?? remove.error} />
          <Lists
            data={profile.data}
            busy={busy}
            onConfirm={(kind, items) => confirm.mutate(body(kind, items))}
            onRemove={(kind, item) => remove.mutate(body(kind, [item]))}
            onConfirmAll={(skills, occupations) =>
              confirm.mutate({ skills: skills.map((c) => ({ uri: c.uri })), occupations: occupations.map((c) => ({ uri: c.uri })) })
            }
          />
          <AddSkillSection lang={lang} owned={new Set(profile.data.skills.map((s) => s.uri))} />
        </>
      ) : null}
    </Stack>
  );
}

function Lists({
  data,
  busy,
  onConfirm,
  onRemove,
  onConfirmAll,
}: {
  data: SkillProfile;
  busy: boolean;
  onConfirm: (kind: Kind, items: MyConcept[]) => void;
  onRemove: (kind: Kind, item: MyConcept) => void;
  onConfirmAll: (skills: MyConcept[], occupations: MyConcept[]) => void;
}) {
  const { t } = useTranslation();
  const split = (list: MyConcept[]) => ({
    confirmed: list.filter((c) => c.status === 'confirmed'),
    suggested: list.filter((c) => c.status === 'suggested'),
  });
  const skills = split(data.skills);
  const occupations = split(data.occupations);
  const suggestedCount = skills.suggested.length + occupations.suggested.length;
  return (
    <>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h3">
              {t('mySkills.suggested.title')}
            </Title>
            {suggestedCount > 1 ? (
              <Button
                size="xs"
                variant="light"
                disabled={busy}
                onClick={() => onConfirmAll(skills.suggested, occupations.suggested)}
              >
                {t('mySkills.suggested.confirmAll')}
              </Button>
            ) : null}
          </Group>
          <ConceptList
            label={`${t('mySkills.suggested.title')}: ${t('mySkills.skills')}`}
            items={skills.suggested}
            empty={t('mySkills.suggested.empty')}
            busy={busy}
            onConfirm={(item) => onConfirm('skills', [item])}
            onRemove={(item) => onRemove('skills', item)}
          />
          {occupations.suggested.length ? (
            <>
              <Title order={3} size="h5">
                {t('mySkills.occupations')}
              </Title>
              <ConceptList
                label={`${t('mySkills.suggested.title')}: ${t('mySkills.occupations')}`}
                items={occupations.suggested}
                empty=""
                busy={busy}
                onConfirm={(item) => onConfirm('occupations', [item])}
                onRemove={(item) => onRemove('occupations', item)}
              />
            </>
          ) : null}
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('mySkills.confirmed.title')}
          </Title>
          <ConceptList
            label={`${t('mySkills.confirmed.title')}: ${t('mySkills.skills')}`}
            items={skills.confirmed}
            empty={t('mySkills.confirmed.empty')}
            busy={busy}
            onRemove={(item) => onRemove('skills', item)}
          />
          {occupations.confirmed.length ? (
            <>
              <Title order={3} size="h5">
                {t('mySkills.occupations')}
              </Title>
              <ConceptList
                label={`${t('mySkills.confirmed.title')}: ${t('mySkills.occupations')}`}
                items={occupations.confirmed}
                empty=""
                busy={busy}
                onRemove={(item) => onRemove('occupations', item)}
              />
            </>
          ) : null}
        </Stack>
      </Paper>
    </>
  );
}
