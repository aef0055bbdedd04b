import type { UserSummary } from '@kring/api-client';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { useDeactivateUser } from '../api/deactivate-user';

interface Props {
  user: UserSummary | null;
  onClose: () => void;
}

export function DeactivateUserDialog({ user, onClose }: Props) {
  const { t } = useTranslation();
  const deactivate = useDeactivateUser();
  const name = user ? `${user.firstName} ${user.lastName}` : '';

  const close = () => {
    deactivate.reset();
    onClose();
  };
  const confirm = () => {
    if (!user) return;
    deactivate.mutate(user.id, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('users.deactivated', { name }) });
        close();
      },
    });
  };

  return (
    <Modal opened={user !== null} onClose={close} title={t('users.deactivateTitle')} centered>
      <Stack gap="md">
        <Text size="sm">{t('users.deactivateConfirm', { name, email: user?.email ?? '' })}</Text>
        <FormAlert error={deactivate.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('users.cancel')}
          </Button>
          <Button color="red" loading={deactivate.isPending} onClick={confirm}>
            {t('users.deactivateSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
