import { Alert, Button, Group, Loader, Pagination, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { useDeleteCost } from '../api/delete-cost';
import { type CostListParams, PAGE_SIZE } from '../api/keys';
import { useCosts } from '../api/list-costs';
import type { Cost } from '../api/types';
import { ConfirmDeleteModal } from '../components/confirm-delete-modal';
import { CostFormModal } from '../components/cost-form-modal';
import { DataPage } from '../components/data-page';
import { day, euros } from '../components/format';
import { ListFilters, type PeriodFilter } from '../components/list-filters';

/** Recruitment costs per channel and period; referral rewards are counted from the reward ledger. */
export function CostsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<PeriodFilter>({});
  const [page, setPage] = useState(1);
  const params: CostListParams = { ...filter, page };
  const costs = useCosts(params);
  const [editing, setEditing] = useState<{ cost: Cost | null } | null>(null);
  const [deleting, setDeleting] = useState<Cost | null>(null);
  const remove = useDeleteCost();
  const period = (cost: Cost) => t('insightsData.costs.period', { start: day(cost.periodStart), end: day(cost.periodEnd) });
  const label = (cost: Cost) => `${t(`insightsData.channels.${cost.channel}`)}, ${period(cost)}`;

  const closeDelete = () => {
    setDeleting(null);
    remove.reset();
  };

  return (
    <DataPage
      title={t('insightsData.costs.title')}
      intro={t('insightsData.costs.intro')}
      actions={<Button onClick={() => setEditing({ cost: null })}>{t('insightsData.costs.add')}</Button>}
    >
      <Alert variant="light" color="grape">
        <Text size="sm">{t('insightsData.costs.rewardsNote')}</Text>
      </Alert>
      <ListFilters
        label={t('insightsData.costs.filterLabel')}
        value={filter}
        onChange={(next) => {
          setFilter(next);
          setPage(1);
        }}
      />
      {costs.isPending ? (
        <Loader aria-label={t('insightsData.loading')} />
      ) : costs.isError ? (
        <FormAlert error={costs.error} />
      ) : costs.data.items.length === 0 ? (
        <Text c="dimmed">{t('insightsData.costs.empty')}</Text>
      ) : (
        <>
          <Text size="sm" role="status">
            {t('insightsData.costs.total', { count: costs.data.total, amount: euros(costs.data.totalCents) })}
          </Text>
          <Table.ScrollContainer minWidth={800}>
            <Table striped aria-label={t('insightsData.costs.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('insightsData.costs.periodLabel')}</Table.Th>
                  <Table.Th>{t('insightsData.costs.fields.channel')}</Table.Th>
                  <Table.Th>{t('insightsData.costs.fields.category')}</Table.Th>
                  <Table.Th>{t('insightsData.costs.fields.programme')}</Table.Th>
                  <Table.Th ta="right">{t('insightsData.costs.fields.amount')}</Table.Th>
                  <Table.Th>{t('insightsData.costs.fields.description')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('insightsData.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {costs.data.items.map((cost) => (
                  <Table.Tr key={cost.id}>
                    <Table.Td>{period(cost)}</Table.Td>
                    <Table.Td>{t(`insightsData.channels.${cost.channel}`)}</Table.Td>
                    <Table.Td>{t(`insightsData.categories.${cost.category}`)}</Table.Td>
                    <Table.Td>{cost.programme?.name ?? '—'}</Table.Td>
                    <Table.Td ta="right">{euros(cost.amountCents)}</Table.Td>
                    <Table.Td>{cost.description || '—'}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="xs" variant="subtle" onClick={() => setEditing({ cost })} aria-label={t('insightsData.costs.editOf', { label: label(cost) })}>
                          {t('insightsData.edit')}
                        </Button>
                        <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(cost)} aria-label={t('insightsData.costs.deleteOf', { label: label(cost) })}>
                          {t('insightsData.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {costs.data.total > PAGE_SIZE ? <Pagination total={Math.ceil(costs.data.total / PAGE_SIZE)} value={page} onChange={setPage} /> : null}
        </>
      )}
      {editing ? <CostFormModal key={editing.cost?.id ?? 'new'} opened cost={editing.cost} onClose={() => setEditing(null)} /> : null}
      <ConfirmDeleteModal
        opened={deleting !== null}
        title={t('insightsData.costs.deleteTitle')}
        text={t('insightsData.costs.deleteText', { label: deleting ? label(deleting) : '', amount: deleting ? euros(deleting.amountCents) : '' })}
        pending={remove.isPending}
        error={remove.error}
        onClose={closeDelete}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: closeDelete })}
      />
    </DataPage>
  );
}
