import { Button, Group, List, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ERASURE_REASONS, type Erasure, type ErasureReason, useErasePersonData } from '../api/erase-person-data';
import { PrivacyProblem } from './privacy-problem';

interface Props {
  personId: string;
  personName: string;
  opened: boolean;
  onClose: () => void;
  onErased: (erasure: Erasure) => void;
}

const normalise = (value: string) => value.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** Erasing cannot be undone: HR types the person's name and picks a reason before the button works. */
export function ErasePersonModal({ personId, personName, opened, onClose, onErased }: Props) {
  const { t } = useTranslation();
  const erase = useErasePersonData();
  const [typed, setTyped] = useState('');
  const [reason, setReason] = useState<ErasureReason | null>(null);
  const nameMatches = personName !== '' && normalise(typed) === normalise(personName);

  const close = () => {
    setTyped('');
    setReason(null);
    erase.reset();
    onClose();
  };
  const submit = () => {
    if (!nameMatches || !reason) return;
    erase.mutate({ personId, reason }, { onSuccess: (erasure) => onErased(erasure) });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('ermPrivacy.erase.title', { name: personName })} centered size="lg">
      <Stack gap="md">
        <Text size="sm">{t('ermPrivacy.erase.intro')}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('ermPrivacy.erase.effects.deleted')}</List.Item>
          <List.Item>{t('ermPrivacy.erase.effects.referrals')}</List.Item>
          <List.Item>{t('ermPrivacy.erase.effects.payroll')}</List.Item>
          <List.Item>{t('ermPrivacy.erase.effects.log')}</List.Item>
        </List>
        <Radio.Group name="reason" label={t('ermPrivacy.erase.reason')} value={reason ?? ''} onChange={(value) => setReason(value as ErasureReason)} withAsterisk>
          <Stack gap="xs" mt="xs">
            {ERASURE_REASONS.map((value) => (
              <Radio key={value} value={value} label={t(`ermPrivacy.reasons.${value}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <TextInput
          label={t('ermPrivacy.erase.confirmLabel', { name: personName })}
          description={t('ermPrivacy.erase.confirmHelp')}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          autoComplete="off"
          withAsterisk
        />
        <PrivacyProblem error={erase.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('ermPrivacy.erase.cancel')}
          </Button>
          <Button color="red" onClick={submit} disabled={!nameMatches || !reason} loading={erase.isPending}>
            {t('ermPrivacy.erase.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
