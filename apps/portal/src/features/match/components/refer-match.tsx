import { Alert, Badge, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { useSession } from '../../auth/api/get-session';
import { useReferMatch } from '../api/refer-match';
import { hasProblemCode, MATCH_ERROR_CODES, matchProblemKey } from './match-problem';

export const REFER_NOTE_MAX = 1000;

interface Props {
  vacancyId: string;
  personId: string;
  displayName: string;
  /** Labels of the skills the person shares with the vacancy (the reason the consent request gives). */
  matchedSkills: string[];
}

/**
 * "Doorverwijzen" on a match card: a confirm dialog that shows what the person will be told (who refers them, from which
 * organisation, why) with an optional note, then the result: "Doorverwezen" with the consent deadline, or "Al in de
 * pijplijn" when the person already has an open referral for this vacancy.
 */
export function ReferMatch({ vacancyId, personId, displayName, matchedSkills }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const refer = useReferMatch(vacancyId, personId);
  const alreadyReferred = hasProblemCode(refer.error, MATCH_ERROR_CODES.alreadyReferred);

  if (refer.isSuccess || alreadyReferred) {
    return (
      <Group gap="xs">
        <Badge color={refer.isSuccess ? 'teal' : 'gray'} variant="light" role="status">
          {refer.isSuccess ? t('match.refer.referred') : t('match.refer.alreadyReferred')}
        </Badge>
        {refer.isSuccess && (
          <Text size="xs" c="dimmed">
            {t('match.refer.awaitingConsent', { date: formatDate(refer.data.consentDueAt) })}
          </Text>
        )}
      </Group>
    );
  }

  const tooLong = note.length > REFER_NOTE_MAX;
  const close = () => {
    if (refer.isPending) return;
    setOpen(false);
    refer.reset();
  };
  const errorKey = hasProblemCode(refer.error, MATCH_ERROR_CODES.vacancyNotOpen) ? 'match.refer.vacancyNotOpen' : matchProblemKey(refer.error);

  return (
    <>
      <Button size="xs" variant="light" onClick={() => setOpen(true)} aria-label={t('match.refer.openLabel', { name: displayName })}>
        {t('match.refer.open')}
      </Button>
      <Modal opened={open} onClose={close} title={t('match.refer.title', { name: displayName })} size="lg">
        <Stack
          gap="sm"
          component="form"
          aria-label={t('match.refer.formLabel', { name: displayName })}
          onSubmit={(event) => {
            event.preventDefault();
            const trimmed = note.trim();
            refer.mutate(trimmed ? { note: trimmed } : {});
          }}
        >
          <Text size="sm">{t('match.refer.intro', { name: displayName })}</Text>
          <Text size="sm" fw={600}>
            {t('match.refer.toldHeading', { name: displayName })}
          </Text>
          <WhatTheyAreTold displayName={displayName} matchedSkills={matchedSkills} />
          <Textarea
            label={t('match.refer.note', { name: displayName })}
            description={t('match.refer.noteHint', { max: REFER_NOTE_MAX })}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={6}
            error={tooLong ? t('match.invite.tooLong', { max: REFER_NOTE_MAX }) : undefined}
          />
          <Text size="xs" c="dimmed">
            {t('match.refer.noReward')}
          </Text>
          {refer.isError && !alreadyReferred && (
            <Alert color="red" role="alert">
              {t(errorKey)}
            </Alert>
          )}
          <Group gap="xs" justify="flex-end">
            <Button variant="subtle" onClick={close} disabled={refer.isPending}>
              {t('match.refer.cancel')}
            </Button>
            <Button type="submit" loading={refer.isPending} disabled={tooLong}>
              {t('match.refer.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** The consent request's contents in HR's words (mounted only while the dialog is open: the session is read then). */
function WhatTheyAreTold({ displayName, matchedSkills }: Pick<Props, 'displayName' | 'matchedSkills'>) {
  const { t } = useTranslation();
  const session = useSession();
  const hrName = session.data ? `${session.data.user.firstName} ${session.data.user.lastName}`.trim() : t('match.refer.you');
  const organisation = session.data?.organisation.name ?? '';
  return (
    <List size="sm" spacing={4} aria-label={t('match.refer.toldHeading', { name: displayName })}>
      <List.Item>{t('match.refer.toldWho', { hr: hrName, organisation })}</List.Item>
      <List.Item>{matchedSkills.length > 0 ? t('match.refer.toldWhy', { skills: matchedSkills.join(', ') }) : t('match.refer.toldWhyGeneral')}</List.Item>
      <List.Item>{t('match.refer.toldConsent')}</List.Item>
    </List>
  );
}
