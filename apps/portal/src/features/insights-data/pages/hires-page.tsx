import { Alert, Button, Group, Loader, NativeSelect, Pagination, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { useDeleteHire } from '../api/delete-hire';
import { type HireListParams, PAGE_SIZE } from '../api/keys';
import { useHires } from '../api/list-hires';
import { type Hire, HIRE_SOURCES, type HireSource } from '../api/types';
import { ConfirmDeleteModal } from '../components/confirm-delete-modal';
import { DataPage } from '../components/data-page';
import { day } from '../components/format';
import { HireFormModal } from '../components/hire-form-modal';
import { ListFilters, type PeriodFilter } from '../components/list-filters';
import { SourceBadge } from '../components/source-badge';

type HireFilter = PeriodFilter & { source?: HireSource };

const who = (hire: Hire) => hire.person?.name ?? hire.jobTitle ?? hire.vacancy?.name ?? hire.externalRef ?? '—';

/** Every hire, of every channel: HR adds and changes the ones that did not come through the referral pipeline. */
export function HiresPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<HireFilter>({});
  const [page, setPage] = useState(1);
  const params: HireListParams = { ...filter, page };
  const hires = useHires(params);
  const [editing, setEditing] = useState<{ hire: Hire | null } | null>(null);
  const [deleting, setDeleting] = useState<Hire | null>(null);
  const remove = useDeleteHire();
  const changeFilter = (next: HireFilter) => {
    setFilter(next);
    setPage(1);
  };

  const closeDelete = () => {
    setDeleting(null);
    remove.reset();
  };

  return (
    <DataPage
      title={t('insightsData.hires.title')}
      intro={t('insightsData.hires.intro')}
      actions={<Button onClick={() => setEditing({ hire: null })}>{t('insightsData.hires.add')}</Button>}
    >
      <Alert variant="light" color="grape">
        <Text size="sm">{t('insightsData.hires.referralNote')}</Text>
      </Alert>
      <ListFilters
        label={t('insightsData.hires.filterLabel')}
        value={filter}
        onChange={changeFilter}
        extra={
          <NativeSelect
            label={t('insightsData.hires.source')}
            value={filter.source ?? ''}
            onChange={(event) => changeFilter({ ...filter, source: (event.currentTarget.value || undefined) as HireSource | undefined })}
            data={[{ value: '', label: t('insightsData.filters.allSources') }, ...HIRE_SOURCES.map((s) => ({ value: s, label: t(`insightsData.sources.${s}`) }))]}
          />
        }
      />
      {hires.isPending ? (
        <Loader aria-label={t('insightsData.loading')} />
      ) : hires.isError ? (
        <FormAlert error={hires.error} />
      ) : hires.data.items.length === 0 ? (
        <Text c="dimmed">{t('insightsData.hires.empty')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('insightsData.hires.count', { count: hires.data.total })}
          </Text>
          <Table.ScrollContainer minWidth={900}>
            <Table striped aria-label={t('insightsData.hires.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('insightsData.hires.fields.hiredOn')}</Table.Th>
                  <Table.Th>{t('insightsData.hires.who')}</Table.Th>
                  <Table.Th>{t('insightsData.hires.fields.channel')}</Table.Th>
                  <Table.Th>{t('insightsData.hires.fields.department')}</Table.Th>
                  <Table.Th>{t('insightsData.hires.fields.startDate')}</Table.Th>
                  <Table.Th>{t('insightsData.hires.fields.leftOn')}</Table.Th>
                  <Table.Th>{t('insightsData.hires.ratings')}</Table.Th>
                  <Table.Th>{t('insightsData.hires.source')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('insightsData.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {hires.data.items.map((hire) => (
                  <Table.Tr key={hire.id}>
                    <Table.Td>{day(hire.hiredOn)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {who(hire)}
                      </Text>
                      {hire.person && hire.jobTitle ? (
                        <Text size="xs" c="dimmed">
                          {hire.jobTitle}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{t(`insightsData.channels.${hire.channel}`)}</Table.Td>
                    <Table.Td>{hire.department ?? '—'}</Table.Td>
                    <Table.Td>{day(hire.startDate)}</Table.Td>
                    <Table.Td>{day(hire.leftOn)}</Table.Td>
                    <Table.Td>{t('insightsData.hires.ratingPair', { six: hire.rating6 ?? '—', twelve: hire.rating12 ?? '—' })}</Table.Td>
                    <Table.Td>
                      <SourceBadge source={hire.source} />
                    </Table.Td>
                    <Table.Td>
                      {hire.editable ? (
                        <Group gap={4} wrap="nowrap">
                          <Button size="xs" variant="subtle" onClick={() => setEditing({ hire })} aria-label={t('insightsData.hires.editOf', { name: who(hire) })}>
                            {t('insightsData.edit')}
                          </Button>
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() => setDeleting(hire)}
                            aria-label={t('insightsData.hires.deleteOf', { name: who(hire) })}
                          >
                            {t('insightsData.delete')}
                          </Button>
                        </Group>
                      ) : (
                        <Text size="xs" c="dimmed">
                          {t('insightsData.readOnly')}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {hires.data.total > PAGE_SIZE ? <Pagination total={Math.ceil(hires.data.total / PAGE_SIZE)} value={page} onChange={setPage} /> : null}
        </>
      )}
      {editing ? <HireFormModal key={editing.hire?.id ?? 'new'} opened hire={editing.hire} onClose={() => setEditing(null)} /> : null}
      <ConfirmDeleteModal
        opened={deleting !== null}
        title={t('insightsData.hires.deleteTitle')}
        text={t('insightsData.hires.deleteText', { name: deleting ? who(deleting) : '', date: deleting ? day(deleting.hiredOn) : '' })}
        pending={remove.isPending}
        error={remove.error}
        onClose={closeDelete}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: closeDelete })}
      />
    </DataPage>
  );
}
