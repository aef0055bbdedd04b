import { Alert, Badge, Button, Group, Loader, NativeSelect, Pagination, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { useDeleteOffer } from '../api/delete-offer';
import { type OfferListParams, PAGE_SIZE } from '../api/keys';
import { useOffers } from '../api/list-offers';
import { type Offer, OFFER_OUTCOMES, type OfferOutcome } from '../api/types';
import { ConfirmDeleteModal } from '../components/confirm-delete-modal';
import { DataPage } from '../components/data-page';
import { day } from '../components/format';
import { ListFilters, type PeriodFilter } from '../components/list-filters';
import { OfferFormModal } from '../components/offer-form-modal';

const OUTCOME_COLORS: Record<OfferOutcome, string> = { pending: 'yellow', accepted: 'teal', declined: 'red' };

type OfferFilter = PeriodFilter & { outcome?: OfferOutcome };

/** Offers made and their outcome (the offer-acceptance KPI); referral offers come from the pipeline. */
export function OffersPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<OfferFilter>({});
  const [page, setPage] = useState(1);
  const params: OfferListParams = { ...filter, page };
  const offers = useOffers(params);
  const [editing, setEditing] = useState<{ offer: Offer | null } | null>(null);
  const [deleting, setDeleting] = useState<Offer | null>(null);
  const remove = useDeleteOffer();
  const label = (offer: Offer) => `${t(`insightsData.channels.${offer.channel}`)}, ${day(offer.madeOn)}`;
  const changeFilter = (next: OfferFilter) => {
    setFilter(next);
    setPage(1);
  };

  const closeDelete = () => {
    setDeleting(null);
    remove.reset();
  };

  return (
    <DataPage
      title={t('insightsData.offers.title')}
      intro={t('insightsData.offers.intro')}
      actions={<Button onClick={() => setEditing({ offer: null })}>{t('insightsData.offers.add')}</Button>}
    >
      <Alert variant="light" color="grape">
        <Text size="sm">{t('insightsData.offers.referralNote')}</Text>
      </Alert>
      <ListFilters
        label={t('insightsData.offers.filterLabel')}
        value={filter}
        onChange={changeFilter}
        extra={
          <NativeSelect
            label={t('insightsData.offers.fields.outcome')}
            value={filter.outcome ?? ''}
            onChange={(event) => changeFilter({ ...filter, outcome: (event.currentTarget.value || undefined) as OfferOutcome | undefined })}
            data={[{ value: '', label: t('insightsData.filters.allOutcomes') }, ...OFFER_OUTCOMES.map((o) => ({ value: o, label: t(`insightsData.outcomes.${o}`) }))]}
          />
        }
      />
      {offers.isPending ? (
        <Loader aria-label={t('insightsData.loading')} />
      ) : offers.isError ? (
        <FormAlert error={offers.error} />
      ) : offers.data.items.length === 0 ? (
        <Text c="dimmed">{t('insightsData.offers.empty')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('insightsData.offers.count', { count: offers.data.total })}
          </Text>
          <Table.ScrollContainer minWidth={760}>
            <Table striped aria-label={t('insightsData.offers.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('insightsData.offers.fields.madeOn')}</Table.Th>
                  <Table.Th>{t('insightsData.offers.fields.channel')}</Table.Th>
                  <Table.Th>{t('insightsData.offers.fields.department')}</Table.Th>
                  <Table.Th>{t('insightsData.offers.fields.outcome')}</Table.Th>
                  <Table.Th>{t('insightsData.offers.fields.decidedOn')}</Table.Th>
                  <Table.Th>{t('insightsData.offers.fields.externalRef')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('insightsData.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {offers.data.items.map((offer) => (
                  <Table.Tr key={offer.id}>
                    <Table.Td>{day(offer.madeOn)}</Table.Td>
                    <Table.Td>{t(`insightsData.channels.${offer.channel}`)}</Table.Td>
                    <Table.Td>{offer.department ?? '—'}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={OUTCOME_COLORS[offer.outcome]}>
                        {t(`insightsData.outcomes.${offer.outcome}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{day(offer.decidedOn)}</Table.Td>
                    <Table.Td>{offer.externalRef ?? '—'}</Table.Td>
                    <Table.Td>
                      {offer.editable ? (
                        <Group gap={4} wrap="nowrap">
                          <Button size="xs" variant="subtle" onClick={() => setEditing({ offer })} aria-label={t('insightsData.offers.editOf', { label: label(offer) })}>
                            {t('insightsData.edit')}
                          </Button>
                          <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(offer)} aria-label={t('insightsData.offers.deleteOf', { label: label(offer) })}>
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
          {offers.data.total > PAGE_SIZE ? <Pagination total={Math.ceil(offers.data.total / PAGE_SIZE)} value={page} onChange={setPage} /> : null}
        </>
      )}
      {editing ? <OfferFormModal key={editing.offer?.id ?? 'new'} opened offer={editing.offer} onClose={() => setEditing(null)} /> : null}
      <ConfirmDeleteModal
        opened={deleting !== null}
        title={t('insightsData.offers.deleteTitle')}
        text={t('insightsData.offers.deleteText', { label: deleting ? label(deleting) : '' })}
        pending={remove.isPending}
        error={remove.error}
        onClose={closeDelete}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: closeDelete })}
      />
    </DataPage>
  );
}
