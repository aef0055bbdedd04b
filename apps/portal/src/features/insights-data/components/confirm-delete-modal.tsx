import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';

interface Props {
  opened: boolean;
  title: string;
  text: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Are you sure?" before a row is deleted; a refusal is shown in the dialog. */
export function ConfirmDeleteModal({ opened, title, text, pending, error, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack>
        <Text size="sm">{text}</Text>
        <FormAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('insightsData.cancel')}
          </Button>
          <Button color="red" onClick={onConfirm} loading={pending}>
            {t('insightsData.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
