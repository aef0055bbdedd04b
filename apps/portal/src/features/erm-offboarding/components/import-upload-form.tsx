import { Anchor, Button, Checkbox, FileInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import type { EmployeeImport } from '../api/types';
import { useUploadEmployeeImport } from '../api/upload-employee-import';
import { offboardingProblem } from './offboarding-problem';
import { sampleCsvHref } from './sample-csv';

const MAX_BYTES = 5 * 1024 * 1024;

/** Uploads an HR file for a dry run; the options decide whether leavers are offboarded when applied. */
export function ImportUploadForm({ onUploaded }: { onUploaded: (result: EmployeeImport) => void }) {
  const { t } = useTranslation();
  const upload = useUploadEmployeeImport();
  const [file, setFile] = useState<File | null>(null);
  const [offboardLeavers, setOffboardLeavers] = useState(false);
  const [offboardMissing, setOffboardMissing] = useState(false);
  const tooLarge = !!file && file.size > MAX_BYTES;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!file || tooLarge) return;
    upload.mutate({ file, offboardLeavers, offboardMissing }, { onSuccess: onUploaded });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('ermOffboarding.import.uploadLabel')}>
      <Stack gap="sm" maw={560}>
        <Text size="sm" c="dimmed">
          {t('ermOffboarding.import.help')}
        </Text>
        <Text size="sm">{t('ermOffboarding.import.flow')}</Text>
        <Anchor href={sampleCsvHref()} download={t('ermOffboarding.import.sampleFile')} size="sm">
          {t('ermOffboarding.import.sample')}
        </Anchor>
        <FileInput
          label={t('ermOffboarding.import.file')}
          placeholder={t('ermOffboarding.import.filePlaceholder')}
          accept=".csv,text/csv"
          required
          clearable
          value={file}
          onChange={setFile}
          error={tooLarge ? t('ermOffboarding.import.tooLarge') : undefined}
        />
        <Checkbox
          label={t('ermOffboarding.import.offboardLeavers')}
          description={t('ermOffboarding.import.offboardLeaversHelp')}
          checked={offboardLeavers}
          onChange={(event) => setOffboardLeavers(event.currentTarget.checked)}
        />
        <Checkbox
          label={t('ermOffboarding.import.offboardMissing')}
          description={t('ermOffboarding.import.offboardMissingHelp')}
          checked={offboardMissing}
          onChange={(event) => setOffboardMissing(event.currentTarget.checked)}
        />
        {upload.error ? offboardingProblem(t, upload.error) ?? <FormAlert error={upload.error} /> : null}
        <div>
          <Button type="submit" loading={upload.isPending} disabled={!file || tooLarge}>
            {t('ermOffboarding.import.dryRun')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
