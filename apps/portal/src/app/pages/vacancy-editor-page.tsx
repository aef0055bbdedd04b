import type { Vacancy } from '@kring/api-client';
import { Alert, Anchor, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useVacancy } from '../../features/manage-vacancies/api/get-vacancy';
import { type HiringManagerOption, VacancyForm } from '../../features/manage-vacancies/components/vacancy-form';
import { VacancyPreview } from '../../features/manage-vacancies/components/vacancy-preview';
import { VacancyStatusActions } from '../../features/manage-vacancies/components/vacancy-status-actions';
import { VacancyStatusBadge } from '../../features/manage-vacancies/components/vacancy-status-badge';
import { useUsers } from '../../features/users/api/list-users';
import { problemMessageKey } from '../../lib/problems';
import { usePageTitle } from '../../lib/use-page-title';

/** Active users as hiring-manager choices, searched on the server; the current manager stays selectable. */
function useHiringManagerOptions(current: Vacancy | undefined) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const users = useUsers({ status: 'active', q: debounced || undefined, page: 1 });
  const options: HiringManagerOption[] = (users.data?.items ?? []).map((user) => ({
    value: user.id,
    label: `${user.firstName} ${user.lastName}`,
  }));
  if (current?.hiringManagerUserId && !options.some((option) => option.value === current.hiringManagerUserId)) {
    options.unshift({ value: current.hiringManagerUserId, label: current.hiringManagerName ?? current.hiringManagerUserId });
  }
  return { options, setSearch };
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/manage/vacancies" size="sm">
      {t('manageVacancies.backToList')}
    </Anchor>
  );
}

function NewVacancy() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const managers = useHiringManagerOptions(undefined);
  usePageTitle(t('manageVacancies.newTitle'));
  return (
    <Stack gap="lg">
      <BackLink />
      <Stack gap={4}>
        <Title order={1}>{t('manageVacancies.newTitle')}</Title>
        <Text c="dimmed">{t('manageVacancies.newIntro')}</Text>
      </Stack>
      <VacancyForm
        hiringManagerOptions={managers.options}
        onHiringManagerSearch={managers.setSearch}
        onCreated={(vacancy) => void navigate(`/manage/vacancies/${vacancy.id}`)}
      />
    </Stack>
  );
}

function EditVacancy({ id }: { id: string }) {
  const { t } = useTranslation();
  const vacancy = useVacancy(id);
  const managers = useHiringManagerOptions(vacancy.data);
  usePageTitle(vacancy.data?.title ?? t('manageVacancies.editTitle'));

  if (vacancy.isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (vacancy.isError) {
    return (
      <Stack gap="lg">
        <BackLink />
        <Alert color="red" variant="light" title={t('manageVacancies.loadOneFailed')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t(problemMessageKey(vacancy.error))}</Text>
            <Button size="xs" variant="light" onClick={() => void vacancy.refetch()}>
              {t('manageVacancies.retry')}
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
        <Title order={1}>{vacancy.data.title}</Title>
        <VacancyStatusBadge status={vacancy.data.status} />
      </Group>
      <VacancyStatusActions vacancy={vacancy.data} />
      <Anchor component={Link} to={`/manage/vacancies/${vacancy.data.id}/match`} size="sm">
        {t('match.title')}
      </Anchor>
      <VacancyForm
        key={vacancy.data.id}
        vacancy={vacancy.data}
        hiringManagerOptions={managers.options}
        onHiringManagerSearch={managers.setSearch}
      />
      <VacancyPreview vacancy={vacancy.data} />
    </Stack>
  );
}

export function VacancyEditorPage() {
  const { id } = useParams();
  return id ? <EditVacancy id={id} /> : <NewVacancy />;
}
