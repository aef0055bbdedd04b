import { Alert, Anchor, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useVacancies } from '../../features/manage-vacancies/api/list-vacancies';
import { useProgramme } from '../../features/programmes/api/get-programme';
import { ProgrammeActions } from '../../features/programmes/components/programme-actions';
import { ProgrammeChoiceExplainer } from '../../features/programmes/components/programme-choice-explainer';
import { ProgrammeForm, type VacancyOption } from '../../features/programmes/components/programme-form';
import { ProgrammeStatusBadge } from '../../features/programmes/components/programme-status-badge';
import { problemMessageKey } from '../../lib/problems';
import { usePageTitle } from '../../lib/use-page-title';

/** Vacancies a programme can select: the first 100 in every status (the API's page limit), searchable in the list. */
function useVacancyOptions(): VacancyOption[] {
  const { t } = useTranslation();
  const vacancies = useVacancies({ page: 1, pageSize: 100 });
  return (vacancies.data?.items ?? []).map((vacancy) => ({
    value: vacancy.id,
    label: vacancy.status === 'open' ? vacancy.title : `${vacancy.title} (${t(`manageVacancies.statuses.${vacancy.status}`)})`,
  }));
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/manage/programmes" size="sm">
      {t('programmes.backToList')}
    </Anchor>
  );
}

function NewProgramme() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const vacancyOptions = useVacancyOptions();
  usePageTitle(t('programmes.newTitle'));
  return (
    <Stack gap="lg">
      <BackLink />
      <Stack gap={4}>
        <Title order={1}>{t('programmes.newTitle')}</Title>
        <Text c="dimmed">{t('programmes.newIntro')}</Text>
      </Stack>
      <ProgrammeChoiceExplainer />
      <ProgrammeForm vacancyOptions={vacancyOptions} onCreated={(programme) => void navigate(`/manage/programmes/${programme.id}`)} />
    </Stack>
  );
}

function EditProgramme({ id }: { id: string }) {
  const { t } = useTranslation();
  const programme = useProgramme(id);
  const vacancyOptions = useVacancyOptions();
  usePageTitle(programme.data?.name ?? t('programmes.editTitle'));

  if (programme.isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (programme.isError) {
    return (
      <Stack gap="lg">
        <BackLink />
        <Alert color="red" variant="light" title={t('programmes.loadOneFailed')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t(problemMessageKey(programme.error))}</Text>
            <Button size="xs" variant="light" onClick={() => void programme.refetch()}>
              {t('programmes.retry')}
            </Button>
          </Stack>
        </Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <BackLink />
      <Group gap="sm" align="center" wrap="wrap">
        <Title order={1}>{programme.data.name}</Title>
        <ProgrammeStatusBadge status={programme.data.status} />
        <Text size="sm" c="dimmed">
          {t(programme.data.isAction ? 'programmes.isAction' : 'programmes.isOngoing')}
        </Text>
      </Group>
      <ProgrammeActions programme={programme.data} />
      <Anchor component={Link} to={`/manage/programmes/${programme.data.id}/rewards`} fw={500}>
        {t('rewardRules.openFromProgramme')}
      </Anchor>
      {/* Re-mounted on every server change (e.g. "make ongoing" clears the end), so the form never saves stale values. */}
      <ProgrammeForm key={`${programme.data.id}:${programme.data.updatedAt}`} programme={programme.data} vacancyOptions={vacancyOptions} />
    </Stack>
  );
}

export function ProgrammeEditorPage() {
  const { id } = useParams();
  return id ? <EditProgramme id={id} /> : <NewProgramme />;
}
