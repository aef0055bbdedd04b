import type { Programme } from '@kring/api-client';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../lib/form-alert';
import { useArchiveProgramme } from '../api/archive-programme';
import { useMakeProgrammeOngoing } from '../api/make-programme-ongoing';

/** Mailing the programme's referrers, turning an action into an ongoing programme, and archiving (after confirmation). */
export function ProgrammeActions({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const makeOngoing = useMakeProgrammeOngoing();
  const archive = useArchiveProgramme();
  const [confirmArchive, setConfirmArchive] = useState(false);
  const canMakeOngoing = programme.isAction && (programme.status === 'active' || programme.status === 'ended');

  const closeArchive = () => {
    archive.reset();
    setConfirmArchive(false);
  };

  if (programme.status === 'archived') {
    return <Text size="sm">{t('programmes.archivedNotice')}</Text>;
  }

  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap">
        {programme.status === 'active' || programme.status === 'scheduled' ? (
          <Button component={Link} to={`/newsletters/new?programmeId=${programme.id}`} variant="light">
            {t('mailingsNewsletters.activation.fromProgramme')}
          </Button>
        ) : null}
        {canMakeOngoing ? (
          <Button
            variant="light"
            loading={makeOngoing.isPending}
            onClick={() =>
              makeOngoing.mutate(programme.id, {
                onSuccess: (saved) => notifications.show({ color: 'teal', message: t('programmes.madeOngoing', { name: saved.name }) }),
              })
            }
          >
            {t('programmes.makeOngoing')}
          </Button>
        ) : null}
        <Button variant="default" color="red" onClick={() => setConfirmArchive(true)}>
          {t('programmes.archive')}
        </Button>
      </Group>
      {canMakeOngoing ? (
        <Text size="sm" c="dimmed">
          {t('programmes.makeOngoingHelp')}
        </Text>
      ) : null}
      <FormAlert error={makeOngoing.error} />

      <Modal opened={confirmArchive} onClose={closeArchive} title={t('programmes.archiveTitle')} centered>
        <Stack gap="md">
          <Text size="sm">{t('programmes.archiveConfirm', { name: programme.name })}</Text>
          <FormAlert error={archive.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={closeArchive}>
              {t('programmes.cancel')}
            </Button>
            <Button
              color="red"
              loading={archive.isPending}
              onClick={() =>
                archive.mutate(programme.id, {
                  onSuccess: (saved) => {
                    notifications.show({ color: 'teal', message: t('programmes.archived', { name: saved.name }) });
                    closeArchive();
                  },
                })
              }
            >
              {t('programmes.archiveSubmit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
