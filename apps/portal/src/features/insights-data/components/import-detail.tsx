import { Alert, Badge, Button, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { formatDateTime } from '../../../lib/format';
import { useApplyHireImport } from '../api/apply-hire-import';
import { useHireImport } from '../api/get-hire-import';
import type { HireImport, HireImportProblem } from '../api/types';
import { ImportProblemAlert } from './import-problem-alert';

const STATUS_COLORS: Record<HireImport['status'], string> = { previewed: 'blue', applying: 'yellow', applied: 'teal', failed: 'red' };

/** One import: the dry run's counts and per-row problems, then applying the valid rows. */
export function ImportDetail({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const detail = useHireImport(importId);
  const apply = useApplyHireImport();

  if (detail.isPending) return <Loader aria-label={t('insightsData.loading')} />;
  if (detail.isError) return <FormAlert error={detail.error} />;
  const item = detail.data;
  const applied = item.status === 'applied';
  const counts = [
    ['totalRows', item.totalRows],
    ['validRows', item.validRows],
    [applied ? 'created' : 'toCreate', item.createdRows],
    [applied ? 'updated' : 'toUpdate', item.updatedRows],
    ['problemCount', item.problemCount],
  ] as const;
  // Problems are translated from their stable code; the server's English message is the fallback.
  const problemText = (problem: HireImportProblem) =>
    t(`insightsData.import.problemCodes.${problem.code}`, { value: /"(.*)"/.exec(problem.message)?.[1] ?? '', defaultValue: problem.message });

  return (
    <Stack gap="md" aria-live="polite">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h3">
            {item.fileName}
          </Title>
          <Text size="sm" c="dimmed">
            {formatDateTime(item.createdAt)}
          </Text>
        </div>
        <Badge size="lg" variant="light" color={STATUS_COLORS[item.status]}>
          {t(`insightsData.import.status.${item.status}`)}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        {counts.map(([key, value]) => (
          <div key={key}>
            <Text size="xl" fw={700} aria-label={t(`insightsData.import.count.${key}`, { count: value })}>
              {value}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`insightsData.import.countLabel.${key}`)}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {item.status === 'previewed' ? (
        <Group>
          <Button onClick={() => apply.mutate(item.id)} loading={apply.isPending} disabled={item.validRows === 0}>
            {t('insightsData.import.apply', { count: item.validRows })}
          </Button>
          <Text size="sm" c="dimmed" maw={560}>
            {item.problemCount > 0 ? t('insightsData.import.applyHelpSkipped', { count: item.problemCount }) : t('insightsData.import.applyHelp')}
          </Text>
        </Group>
      ) : null}
      {applied && item.appliedAt ? (
        <Alert color="teal" variant="light" role="status">
          <Text size="sm">{t('insightsData.import.appliedSummary', { created: item.createdRows, updated: item.updatedRows, when: formatDateTime(item.appliedAt) })}</Text>
        </Alert>
      ) : null}
      {item.status === 'failed' ? (
        <Alert color="red" variant="light" role="alert">
          <Text size="sm">{t('insightsData.import.failed')}</Text>
        </Alert>
      ) : null}
      <ImportProblemAlert error={apply.error} />
      {item.problems.length === 0 ? (
        <Text c="dimmed">{t('insightsData.import.noProblems')}</Text>
      ) : (
        <>
          <Title order={3} size="h4">
            {t('insightsData.import.problemsTitle')}
          </Title>
          {item.problemCount > item.problems.length ? (
            <Text size="sm" c="dimmed">
              {t('insightsData.import.problemsTruncated', { shown: item.problems.length, count: item.problemCount })}
            </Text>
          ) : null}
          <Table.ScrollContainer minWidth={560}>
            <Table striped aria-label={t('insightsData.import.problemsLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('insightsData.import.line')}</Table.Th>
                  <Table.Th>{t('insightsData.import.column')}</Table.Th>
                  <Table.Th>{t('insightsData.import.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {item.problems.map((problem) => (
                  <Table.Tr key={`${problem.line}-${problem.field}-${problem.code}`}>
                    <Table.Td>{problem.line}</Table.Td>
                    <Table.Td>{t(`insightsData.import.fields.${problem.field}`, { defaultValue: problem.field })}</Table.Td>
                    <Table.Td c="red.8">{problemText(problem)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
