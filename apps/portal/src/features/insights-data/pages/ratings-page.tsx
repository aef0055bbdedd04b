import { Badge, Button, Loader, Pagination, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { PAGE_SIZE } from '../api/keys';
import { useRatingsDue } from '../api/list-ratings-due';
import type { Hire, RatingDue } from '../api/types';
import { DataPage } from '../components/data-page';
import { day } from '../components/format';
import { RatingModal } from '../components/rating-modal';

const nameOf = (hire: Hire) => hire.person?.name ?? hire.jobTitle ?? hire.externalRef ?? '—';

/** Hires whose quality rating at 6 or 12 months is due: HR (or the hiring manager) rates them 1–5. */
export function RatingsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const due = useRatingsDue(page);
  const [rating, setRating] = useState<RatingDue | null>(null);

  return (
    <DataPage title={t('insightsData.ratings.title')} intro={t('insightsData.ratings.intro')}>
      {due.isPending ? (
        <Loader aria-label={t('insightsData.loading')} />
      ) : due.isError ? (
        <FormAlert error={due.error} />
      ) : due.data.items.length === 0 ? (
        <Text c="dimmed">{t('insightsData.ratings.empty')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('insightsData.ratings.count', { count: due.data.total })}
          </Text>
          <Table.ScrollContainer minWidth={760}>
            <Table striped aria-label={t('insightsData.ratings.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('insightsData.ratings.who')}</Table.Th>
                  <Table.Th>{t('insightsData.hires.fields.department')}</Table.Th>
                  <Table.Th>{t('insightsData.hires.fields.channel')}</Table.Th>
                  <Table.Th>{t('insightsData.hires.fields.startDate')}</Table.Th>
                  <Table.Th>{t('insightsData.ratings.moment')}</Table.Th>
                  <Table.Th>{t('insightsData.ratings.dueOn')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('insightsData.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {due.data.items.map((item) => (
                  <Table.Tr key={`${item.hire.id}-${item.months}`}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {nameOf(item.hire)}
                      </Text>
                      {item.hire.person && item.hire.jobTitle ? (
                        <Text size="xs" c="dimmed">
                          {item.hire.jobTitle}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{item.hire.department ?? '—'}</Table.Td>
                    <Table.Td>{t(`insightsData.channels.${item.hire.channel}`)}</Table.Td>
                    <Table.Td>{day(item.hire.startDate)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={item.months === 6 ? 'blue' : 'indigo'}>
                        {t('insightsData.ratings.months', { count: item.months })}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{day(item.dueOn)}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => setRating(item)} aria-label={t('insightsData.ratings.rateOf', { name: nameOf(item.hire), months: item.months })}>
                        {t('insightsData.ratings.rate')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {due.data.total > PAGE_SIZE ? <Pagination total={Math.ceil(due.data.total / PAGE_SIZE)} value={page} onChange={setPage} /> : null}
        </>
      )}
      {rating ? <RatingModal key={`${rating.hire.id}-${rating.months}`} due={rating} name={nameOf(rating.hire)} onClose={() => setRating(null)} /> : null}
    </DataPage>
  );
}
