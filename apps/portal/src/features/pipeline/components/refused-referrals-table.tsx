import { Alert, Anchor, Center, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessageKey } from '../../../lib/problems';
import { useRefusedReferrals } from '../api/list-refused-referrals';
import { formatDateTime } from '../../../lib/format';

/** Referral attempts the server refused (e.g. a candidate already owned by a colleague), for HR's follow-up. */
export function RefusedReferralsTable() {
  const { t } = useTranslation();
  const refused = useRefusedReferrals();

  if (refused.isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (refused.isError) {
    return (
      <Alert color="red" variant="light" role="alert" title={t('pipeline.refusedLoadFailed')}>
        <Text size="sm">{t(problemMessageKey(refused.error))}</Text>
      </Alert>
    );
  }
  if (refused.data.length === 0) return <Text role="status">{t('pipeline.refusedEmpty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="sm">
        <Table.Caption>{t('pipeline.refusedCaption', { count: refused.data.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('pipeline.refusedColumns.when')}</Table.Th>
            <Table.Th scope="col">{t('pipeline.refusedColumns.referrer')}</Table.Th>
            <Table.Th scope="col">{t('pipeline.refusedColumns.vacancy')}</Table.Th>
            <Table.Th scope="col">{t('pipeline.refusedColumns.reason')}</Table.Th>
            <Table.Th scope="col">{t('pipeline.refusedColumns.existing')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {refused.data.map((attempt) => (
            <Table.Tr key={attempt.id}>
              <Table.Td>
                <time dateTime={attempt.createdAt}>{formatDateTime(attempt.createdAt)}</time>
              </Table.Td>
              <Table.Td>{attempt.referrer.name}</Table.Td>
              <Table.Td>{attempt.vacancy?.name ?? t('pipeline.generalReferral')}</Table.Td>
              <Table.Td>{attempt.reason}</Table.Td>
              <Table.Td>
                {attempt.existingReferralId ? (
                  <Anchor component={Link} to={`/referrals/${attempt.existingReferralId}`}>
                    {t('pipeline.viewExisting')}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
