import { Alert, Badge, Button, Group, Loader, Modal, Pagination, Progress, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { formatDateTime } from '../../../lib/format';
import { useApplyEmployeeImport } from '../api/apply-employee-import';
import { useEmployeeImport } from '../api/get-employee-import';
import { IMPORT_ROWS_PAGE_SIZE, useEmployeeImportRows } from '../api/list-employee-import-rows';
import type { EmployeeImport } from '../api/types';
import { ImportDryRunTable } from './import-dry-run-table';
import { offboardingProblem } from './offboarding-problem';

const COUNTS = ['create', 'update', 'unchanged', 'error', 'offboard'] as const;

/** One import: counts, the per-row dry run, and applying it with a progress bar. */
export function ImportDetail({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const detail = useEmployeeImport(importId);
  const [show, setShow] = useState<'all' | 'notable'>('notable');
  const [page, setPage] = useState(1);
  const rows = useEmployeeImportRows(importId, show, page);
  const apply = useApplyEmployeeImport();
  const [confirming, setConfirming] = useState(false);

  if (detail.isPending) return <Loader aria-label={t('ermOffboarding.loading')} />;
  if (detail.isError) return <FormAlert error={detail.error} />;
  const item: EmployeeImport = detail.data;
  const percent = item.total ? Math.round((item.processed / item.total) * 100) : 100;
  // Offboarding ends people's access and mails them: HR confirms that before it happens.
  const requestApply = () => (item.counts.offboard > 0 ? setConfirming(true) : apply.mutate(item.id));

  return (
    <Stack gap="md" aria-live="polite">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3}>{item.fileName}</Title>
          <Text size="sm" c="dimmed">
            {formatDateTime(item.createdAt)}
          </Text>
        </div>
        <Badge size="lg" variant="light" color={item.status === 'applied' ? 'teal' : item.status === 'failed' ? 'red' : 'blue'}>
          {t(`ermOffboarding.import.status.${item.status}`)}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        {COUNTS.map((key) => (
          <div key={key}>
            <Text size="xl" fw={700} aria-label={t(`ermOffboarding.import.count.${key}`, { count: item.counts[key] })}>
              {item.counts[key]}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`ermOffboarding.import.countLabel.${key}`)}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {item.status === 'dry_run' ? (
        <Group>
          <Button onClick={requestApply} loading={apply.isPending} disabled={item.counts.create + item.counts.update + item.counts.offboard === 0}>
            {t('ermOffboarding.import.apply')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('ermOffboarding.import.applyHelp')}
          </Text>
        </Group>
      ) : null}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('ermOffboarding.import.confirmTitle')}>
        <Stack>
          <Text size="sm">{t('ermOffboarding.import.confirmText', { count: item.counts.offboard })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('ermOffboarding.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                setConfirming(false);
                apply.mutate(item.id);
              }}
            >
              {t('ermOffboarding.import.confirmApply')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {apply.error ? offboardingProblem(t, apply.error) ?? <FormAlert error={apply.error} /> : null}
      {item.status === 'applying' || item.status === 'applied' ? (
        <Stack gap={4}>
          <Progress value={percent} aria-label={t('ermOffboarding.import.progressLabel')} animated={item.status === 'applying'} />
          <Text size="sm">{t('ermOffboarding.import.progress', { processed: item.processed, total: item.total })}</Text>
          {item.processed > 0 ? <Text size="sm">{t('ermOffboarding.import.outcomeSummary', { applied: item.applied, skipped: item.skipped })}</Text> : null}
        </Stack>
      ) : null}
      {item.status === 'failed' ? (
        <Alert color="red" variant="light" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('ermOffboarding.import.failed')}</Text>
            <Button size="xs" variant="light" onClick={() => apply.mutate(item.id)} loading={apply.isPending}>
              {t('ermOffboarding.import.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : null}
      <SegmentedControl
        value={show}
        onChange={(value) => {
          setShow(value as 'all' | 'notable');
          setPage(1);
        }}
        data={[
          { value: 'notable', label: t('ermOffboarding.import.showNotable') },
          { value: 'all', label: t('ermOffboarding.import.showAll') },
        ]}
        w="fit-content"
      />
      {rows.isPending ? (
        <Loader aria-label={t('ermOffboarding.loading')} />
      ) : rows.isError ? (
        <FormAlert error={rows.error} />
      ) : rows.data.items.length === 0 ? (
        <Text c="dimmed">{t('ermOffboarding.import.noRows')}</Text>
      ) : (
        <>
          <ImportDryRunTable rows={rows.data.items} />
          {rows.data.total > IMPORT_ROWS_PAGE_SIZE ? <Pagination total={Math.ceil(rows.data.total / IMPORT_ROWS_PAGE_SIZE)} value={page} onChange={setPage} /> : null}
        </>
      )}
    </Stack>
  );
}
