import { Anchor, Button, FileInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HireImport } from '../api/types';
import { useUploadHireImport } from '../api/upload-hire-import';
import { ImportProblemAlert } from './import-problem-alert';
import { sampleCsvHref } from './sample-csv';

const MAX_BYTES = 5 * 1024 * 1024;

/** Uploads an ATS export for a dry run: the server checks every row and changes nothing yet. */
export function ImportUploadForm({ onUploaded }: { onUploaded: (result: HireImport) => void }) {
  const { t } = useTranslation();
  const upload = useUploadHireImport();
  const [file, setFile] = useState<File | null>(null);
  const tooLarge = !!file && file.size > MAX_BYTES;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!file || tooLarge) return;
    upload.mutate(file, { onSuccess: onUploaded });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('insightsData.import.uploadLabel')}>
      <Stack gap="sm" maw={560}>
        <Text size="sm">{t('insightsData.import.flow')}</Text>
        <Anchor href={sampleCsvHref()} download={t('insightsData.import.sampleFile')} size="sm">
          {t('insightsData.import.sample')}
        </Anchor>
        <FileInput
          label={t('insightsData.import.file')}
          placeholder={t('insightsData.import.filePlaceholder')}
          accept=".csv,text/csv"
          required
          clearable
          value={file}
          onChange={setFile}
          error={tooLarge ? t('insightsData.import.tooLarge') : undefined}
        />
        <ImportProblemAlert error={upload.error} />
        <div>
          <Button type="submit" loading={upload.isPending} disabled={!file || tooLarge}>
            {t('insightsData.import.dryRun')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
