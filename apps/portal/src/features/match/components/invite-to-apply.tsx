import { Alert, Badge, Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInviteMatchToApply } from '../api/invite-match-to-apply';
import { hasProblemCode, MATCH_ERROR_CODES, matchProblemKey } from './match-problem';

export const INVITE_MESSAGE_MAX = 1000;

/** "Invite to apply" on a match card: a small form with an optional personal line; shows "Invited" or "Already invited". */
export function InviteToApply({ vacancyId, personId, displayName }: { vacancyId: string; personId: string; displayName: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const invite = useInviteMatchToApply(vacancyId, personId);
  const alreadyInvited = hasProblemCode(invite.error, MATCH_ERROR_CODES.alreadyInvited);

  if (invite.isSuccess || alreadyInvited) {
    return (
      <Group gap="xs">
        <Badge color={invite.isSuccess ? 'teal' : 'gray'} variant="light" role="status">
          {invite.isSuccess ? t('match.invite.invited') : t('match.invite.alreadyInvited')}
        </Badge>
      </Group>
    );
  }
  if (!open) {
    return (
      <Group gap="xs">
        <Button size="xs" variant="light" onClick={() => setOpen(true)} aria-label={t('match.invite.openLabel', { name: displayName })}>
          {t('match.invite.open')}
        </Button>
      </Group>
    );
  }
  const tooLong = message.length > INVITE_MESSAGE_MAX;
  return (
    <Stack
      gap="xs"
      component="form"
      aria-label={t('match.invite.formLabel', { name: displayName })}
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = message.trim();
        invite.mutate(trimmed ? { message: trimmed } : {});
      }}
    >
      <Textarea
        label={t('match.invite.message')}
        description={t('match.invite.messageHint', { max: INVITE_MESSAGE_MAX })}
        value={message}
        onChange={(event) => setMessage(event.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={6}
        error={tooLong ? t('match.invite.tooLong', { max: INVITE_MESSAGE_MAX }) : undefined}
      />
      {invite.isError && (
        <Alert color="red" role="alert">
          {t(matchProblemKey(invite.error))}
        </Alert>
      )}
      <Group gap="xs">
        <Button size="xs" type="submit" loading={invite.isPending} disabled={tooLong}>
          {t('match.invite.send')}
        </Button>
        <Button size="xs" variant="subtle" onClick={() => setOpen(false)} disabled={invite.isPending}>
          {t('match.invite.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
