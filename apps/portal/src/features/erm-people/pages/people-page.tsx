import { Alert, Button, Center, Group, Loader, Pagination, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { problemMessageKey } from '../../../lib/problems';
import { usePageTitle } from '../../../lib/use-page-title';
import { useTalentPoolOptions } from '../api/list-talent-pool-options';
import { PEOPLE_PAGE_SIZE, usePeople } from '../api/list-people';
import { MOVE_PEOPLE_MAX } from '../api/move-people';
import type { SegmentFilter } from '../api/types';
import { CreatePersonModal } from '../components/create-person-modal';
import { compactFilter, FilterFields } from '../components/filter-fields';
import { LogTouchpointModal } from '../components/log-touchpoint-modal';
import { MovePhaseModal } from '../components/move-phase-modal';
import { PeopleTable } from '../components/people-table';

/** HR's people: filter like a segment, search, select many to move phase or log a touchpoint. */
export function PeoplePage() {
  const { t } = useTranslation();
  usePageTitle(t('ermPeople.people.title'));
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [filter, setFilter] = useState<SegmentFilter>({});
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const [modal, setModal] = useState<'create' | 'move' | 'touchpoint' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const pools = useTalentPoolOptions();
  const people = usePeople({ ...compactFilter(filter), ...(debouncedSearch ? { q: debouncedSearch } : {}), page });
  const pages = people.data ? Math.max(1, Math.ceil(people.data.total / PEOPLE_PAGE_SIZE)) : 1;
  const changeFilter = (next: SegmentFilter) => {
    setFilter(next);
    setPage(1);
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('ermPeople.people.title')}</Title>
          <Text c="dimmed">{t('ermPeople.people.intro')}</Text>
        </Stack>
        <Button onClick={() => setModal('create')}>{t('ermPeople.people.add')}</Button>
      </Group>
      <Paper withBorder p="md" component="section" aria-label={t('ermPeople.people.filters')}>
        <Stack gap="sm">
          <TextInput
            label={t('ermPeople.people.search')}
            type="search"
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              setPage(1);
            }}
          />
          <FilterFields value={filter} onChange={changeFilter} pools={pools.data ?? []} />
        </Stack>
      </Paper>
      <Group gap="sm">
        <Text size="sm" aria-live="polite">
          {t('ermPeople.people.selected', { count: selected.length })}
        </Text>
        <Button variant="light" disabled={selected.length === 0 || selected.length > MOVE_PEOPLE_MAX} onClick={() => setModal('move')}>
          {t('ermPeople.people.movePhase')}
        </Button>
        <Button variant="light" disabled={selected.length === 0 || selected.length > MOVE_PEOPLE_MAX} onClick={() => setModal('touchpoint')}>
          {t('ermPeople.people.logTouchpoint')}
        </Button>
      </Group>
      {notice ? (
        <Alert color="teal" variant="light" role="status" withCloseButton onClose={() => setNotice(null)}>
          <Text size="sm">{notice}</Text>
        </Alert>
      ) : null}
      {people.isPending ? (
        <Center py="xl" role="status" aria-live="polite">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : people.isError ? (
        <Alert color="red" variant="light" title={t('ermPeople.people.loadFailed')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t(problemMessageKey(people.error))}</Text>
            <Button size="xs" variant="light" onClick={() => void people.refetch()}>
              {t('ermPeople.people.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : people.data.items.length === 0 ? (
        <Text role="status">{t('ermPeople.people.empty')}</Text>
      ) : (
        <>
          <PeopleTable people={people.data.items} total={people.data.total} selection={{ selected, onChange: setSelected }} />
          {pages > 1 ? (
            <Pagination component="nav" aria-label={t('ermPeople.people.pagination')} total={pages} value={page} onChange={setPage} />
          ) : null}
        </>
      )}
      <CreatePersonModal opened={modal === 'create'} onClose={() => setModal(null)} onCreated={(person) => void navigate(`/people/${person.id}`)} />
      <MovePhaseModal
        personIds={selected}
        opened={modal === 'move'}
        onClose={() => setModal(null)}
        onDone={(result) => {
          const boomerangs = result.moved.filter((m) => m.boomerang).length;
          setNotice(
            [
              t('ermPeople.move.done', { count: result.moved.length }),
              result.unchanged ? t('ermPeople.move.unchanged', { count: result.unchanged }) : '',
              result.refused.length ? t('ermPeople.move.refused', { count: result.refused.length }) : '',
              boomerangs ? t('ermPeople.move.boomerangs', { count: boomerangs }) : '',
            ]
              .filter(Boolean)
              .join(' '),
          );
          setSelected([]);
        }}
      />
      <LogTouchpointModal
        target={{ kind: 'people', personIds: selected }}
        opened={modal === 'touchpoint'}
        onClose={() => setModal(null)}
        onDone={(recorded) => {
          setNotice(t('ermPeople.touchpoint.done', { count: recorded }));
          setSelected([]);
        }}
      />
    </Stack>
  );
}
