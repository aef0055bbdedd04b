import { Alert, Button, Group, List, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { useInviteToEvent } from '../api/invite-to-event';
import { useSegmentOptions } from '../api/list-segments';
import type { InviteResult } from '../api/types';

/** Invite everyone in a segment; the answer says how many were invited and who was skipped, and why. */
export function InvitePanel({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const segments = useSegmentOptions();
  const invite = useInviteToEvent();
  const [segmentId, setSegmentId] = useState<string | null>(null);
  const [result, setResult] = useState<InviteResult | null>(null);

  return (
    <Stack gap="sm">
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('ermEvents.invite.segment')}
          placeholder={segments.isPending ? t('app.loading') : t('ermEvents.invite.choose')}
          data={(segments.data ?? []).map((segment) => ({ value: segment.id, label: `${segment.name} (${segment.count})` }))}
          value={segmentId}
          onChange={setSegmentId}
          searchable
          w={320}
        />
        <Button
          disabled={!segmentId}
          loading={invite.isPending}
          onClick={() => {
            if (!segmentId) return;
            setResult(null);
            invite.mutate({ id: eventId, segmentId }, { onSuccess: setResult });
          }}
        >
          {t('ermEvents.invite.submit')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('ermEvents.invite.rule')}
      </Text>
      <FormAlert error={invite.error} />
      {result ? (
        <Alert color="teal" variant="light" role="status" withCloseButton onClose={() => setResult(null)}>
          <Text size="sm">{t('ermEvents.invite.invited', { count: result.invited })}</Text>
          <List size="sm">
            {result.alreadyInvited ? <List.Item>{t('ermEvents.invite.already', { count: result.alreadyInvited })}</List.Item> : null}
            {result.skipped.noEmail.length ? <List.Item>{t('ermEvents.invite.noEmail', { count: result.skipped.noEmail.length })}</List.Item> : null}
            {result.skipped.noConsent.length ? (
              <List.Item>{t('ermEvents.invite.noConsent', { count: result.skipped.noConsent.length })}</List.Item>
            ) : null}
          </List>
        </Alert>
      ) : null}
    </Stack>
  );
}
