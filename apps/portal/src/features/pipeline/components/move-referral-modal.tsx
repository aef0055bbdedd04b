import type { ReferralSummary } from '@kring/api-client';
import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MoveReferralForm } from './move-referral-form';

interface Props {
  referral: ReferralSummary | null;
  onClose: () => void;
}

export function MoveReferralModal({ referral, onClose }: Props) {
  const { t } = useTranslation();
  const name = referral?.candidateName ?? t('pipeline.nameErased');
  return (
    <Modal opened={referral !== null} onClose={onClose} title={t('pipeline.moveTitle', { name })} size="lg">
      {referral ? (
        <MoveReferralForm
          key={referral.id}
          referralId={referral.id}
          candidateName={name}
          currentStage={referral.stage}
          onMoved={onClose}
          onCancel={onClose}
        />
      ) : null}
    </Modal>
  );
}
