import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RewardProblemAlert } from '../../my-rewards/components/reward-problems';
import { PAYROLL_SEPARATORS, type PayrollSeparator, useCreatePayrollExport } from '../api/create-payroll-export';

interface Props {
  opened: boolean;
  onClose: () => void;
}

const SEPARATOR_KEYS: Record<PayrollSeparator, string> = { ';': 'semicolon', ',': 'comma' };

/** "Export for payroll": pick the separator, then the approved rewards are marked paid and the CSV downloads. */
export function ExportModal({ opened, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreatePayrollExport();
  const [separator, setSeparator] = useState<PayrollSeparator>(';');
  const title = t('ledger.export.title');

  const close = () => {
    setSeparator(';');
    create.reset();
    onClose();
  };
  const submit = () => {
    create.mutate(
      { separator },
      {
        onSuccess: (file) => {
          notifications.show({ color: 'teal', message: t('ledger.export.done', { fileName: file.fileName }) });
          close();
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={title} centered size="lg">
      <Stack gap="md">
        <Text size="sm">{t('ledger.export.intro')}</Text>
        <Radio.Group
          name="separator"
          label={t('ledger.export.separator')}
          value={separator}
          onChange={(value) => setSeparator(value as PayrollSeparator)}
        >
          <Stack gap="xs" mt="xs">
            {PAYROLL_SEPARATORS.map((value) => (
              <Radio
                key={value}
                value={value}
                label={t(`ledger.export.separators.${SEPARATOR_KEYS[value]}`)}
                description={t(`ledger.export.separatorHelp.${SEPARATOR_KEYS[value]}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <RewardProblemAlert error={create.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('rewards.cancel')}
          </Button>
          <Button onClick={submit} loading={create.isPending}>
            {t('ledger.export.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
