import { Alert, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataPage } from '../components/data-page';
import { ImportDetail } from '../components/import-detail';
import { ImportHistory } from '../components/import-history';
import { ImportUploadForm } from '../components/import-upload-form';
import { IMPORT_COLUMNS } from '../components/sample-csv';

/** Hires from an ATS export: upload, dry run with per-row problems, apply; a re-import updates instead of duplicating. */
export function ImportPage() {
  const { t } = useTranslation();
  const [importId, setImportId] = useState<string | null>(null);

  return (
    <DataPage title={t('insightsData.import.title')} intro={t('insightsData.import.intro')}>
      <Stack gap="xl">
        <ImportUploadForm onUploaded={(result) => setImportId(result.id)} />
        {importId ? <ImportDetail key={importId} importId={importId} /> : null}
        <Alert variant="light" color="blue" title={t('insightsData.import.idempotentTitle')}>
          <List size="sm" spacing={4}>
            <List.Item>{t('insightsData.import.idempotent.reference')}</List.Item>
            <List.Item>{t('insightsData.import.idempotent.emptied')}</List.Item>
            <List.Item>{t('insightsData.import.idempotent.referrals')}</List.Item>
            <List.Item>{t('insightsData.import.idempotent.once')}</List.Item>
          </List>
        </Alert>
        <div>
          <Title order={2} size="h3" mb="xs">
            {t('insightsData.import.columnsTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm" maw={760}>
            {t('insightsData.import.columnsIntro')}
          </Text>
          <Table.ScrollContainer minWidth={560}>
            <Table aria-label={t('insightsData.import.columnsTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('insightsData.import.column')}</Table.Th>
                  <Table.Th>{t('insightsData.import.headers')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {IMPORT_COLUMNS.map((column) => (
                  <Table.Tr key={column.field}>
                    <Table.Td>
                      {t(`insightsData.import.fields.${column.field}`)}
                      {column.required ? ` (${t('insightsData.import.required')})` : ''}
                    </Table.Td>
                    <Table.Td>{column.headers}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="sm" c="dimmed" mt="xs" maw={760}>
            {t('insightsData.import.channelsHelp')}
          </Text>
        </div>
        <div>
          <Title order={2} size="h3" mb="sm">
            {t('insightsData.import.historyTitle')}
          </Title>
          <ImportHistory selectedId={importId} onSelect={setImportId} />
        </div>
      </Stack>
    </DataPage>
  );
}
