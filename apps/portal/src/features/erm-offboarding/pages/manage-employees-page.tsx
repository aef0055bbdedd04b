import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../lib/use-page-title';
import { EmployeesPanel } from '../components/employees-panel';
import { ImportDetail } from '../components/import-detail';
import { ImportHistory } from '../components/import-history';
import { ImportUploadForm } from '../components/import-upload-form';

/** HR's employees: who works here (offboard, change, cancel) and the import from the HR system. */
export function ManageEmployeesPage() {
  const { t } = useTranslation();
  usePageTitle(t('ermOffboarding.page.title'));
  const [importId, setImportId] = useState<string | null>(null);

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('ermOffboarding.page.title')}</Title>
        <Text c="dimmed">{t('ermOffboarding.page.intro')}</Text>
      </div>
      <Tabs defaultValue="employees" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="employees">{t('ermOffboarding.page.employeesTab')}</Tabs.Tab>
          <Tabs.Tab value="import">{t('ermOffboarding.page.importTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="employees" pt="md">
          <EmployeesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="md">
          <Stack gap="xl">
            <ImportUploadForm onUploaded={(result) => setImportId(result.id)} />
            {importId ? <ImportDetail key={importId} importId={importId} /> : null}
            <div>
              <Title order={2} size="h3" mb="sm">
                {t('ermOffboarding.import.historyTitle')}
              </Title>
              <ImportHistory selectedId={importId} onSelect={setImportId} />
            </div>
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
