import { Alert, Button, Center, Loader, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { problemMessageKey } from '../../../lib/problems';
import { formatMoney } from '../../my-rewards/components/reward-format';
import { RewardProblemAlert } from '../../my-rewards/components/reward-problems';
import { useDownloadPayrollExport } from '../api/download-payroll-export';
import { usePayrollExports } from '../api/list-payroll-exports';

/** Earlier payroll exports; each downloads again byte for byte. */
export function PayrollExportsTable() {
  const { t } = useTranslation();
  const exports = usePayrollExports();
  const download = useDownloadPayrollExport();

  if (exports.isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (exports.isError) {
    return (
      <Alert color="red" variant="light" title={t('ledger.exports.loadFailed')} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t(problemMessageKey(exports.error))}</Text>
          <Button size="xs" variant="light" onClick={() => void exports.refetch()}>
            {t('rewards.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (exports.data.length === 0) return <Text role="status">{t('ledger.exports.empty')}</Text>;

  return (
    <Stack gap="sm">
      <RewardProblemAlert error={download.error} />
      <Table.ScrollContainer minWidth={720}>
        <Table striped verticalSpacing="sm">
          <Table.Caption>{t('ledger.exports.caption', { count: exports.data.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('ledger.exports.columns.createdAt')}</Table.Th>
              <Table.Th scope="col">{t('ledger.exports.columns.fileName')}</Table.Th>
              <Table.Th scope="col">{t('ledger.exports.columns.rows')}</Table.Th>
              <Table.Th scope="col">{t('ledger.exports.columns.total')}</Table.Th>
              <Table.Th scope="col">{t('ledger.exports.columns.createdBy')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('ledger.columns.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {exports.data.map((batch) => (
              <Table.Tr key={batch.id}>
                <Table.Th scope="row" fw={500}>
                  <time dateTime={batch.createdAt}>{formatDateTime(batch.createdAt)}</time>
                </Table.Th>
                <Table.Td>
                  <Text size="sm" style={{ wordBreak: 'break-all' }}>
                    {batch.fileName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('ledger.exports.separatorUsed', { separator: batch.separator })}
                  </Text>
                </Table.Td>
                <Table.Td>{formatNumber(batch.rowCount)}</Table.Td>
                <Table.Td>{batch.totals.map((total) => formatMoney(total.amountCents, total.currency)).join(' + ') || '—'}</Table.Td>
                <Table.Td>{batch.createdByName}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    loading={download.isPending && download.variables?.id === batch.id}
                    onClick={() => download.mutate(batch)}
                    aria-label={t('ledger.exports.downloadFor', { fileName: batch.fileName })}
                  >
                    {t('ledger.exports.download')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
