import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ReferForm } from './refer-form';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Null for a general referral (talent pool). */
  vacancy: { id: string; title: string } | null;
  invalidates: readonly QueryKey[];
}

/** The refer form in a dialog; full screen on phones so nothing needs zooming or sideways scrolling. */
export function ReferModal({ opened, onClose, vacancy, invalidates }: Props) {
  const { t } = useTranslation();
  const small = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={vacancy ? t('refer.titleFor', { title: vacancy.title }) : t('refer.generalTitle')}
      size="lg"
      fullScreen={small}
    >
      {/* Mounted only while open, so every opening starts with an empty form. */}
      {opened ? <ReferForm vacancyId={vacancy?.id ?? null} invalidates={invalidates} onDone={onClose} /> : null}
    </Modal>
  );
}
