import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RewardProblemAlert } from './reward-problems';
import { useDonateMyReward } from '../api/donate-my-reward';
import type { ActiveCharity } from '../api/list-my-charities';
import type { MyReward } from '../api/list-my-rewards';
import { rewardValue } from './reward-format';

interface Props {
  reward: MyReward | null;
  charities: readonly ActiveCharity[];
  onClose: () => void;
}

/** Choosing (or taking back) a donation: pick a charity, then confirm. */
export function DonateRewardModal({ reward, charities, onClose }: Props) {
  const { t } = useTranslation();
  const donate = useDonateMyReward();
  const [charityId, setCharityId] = useState('');
  const [touched, setTouched] = useState(false);
  const current = reward?.charity?.id ?? '';
  const choice = touched ? charityId : current;
  const title = t('rewards.donate.title');

  const close = () => {
    setCharityId('');
    setTouched(false);
    donate.reset();
    onClose();
  };
  const confirm = () => {
    if (!reward) return;
    const chosen = charities.find((charity) => charity.id === choice);
    donate.mutate(
      { id: reward.id, charityId: choice || null },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: chosen ? t('rewards.donate.done', { charity: chosen.name }) : t('rewards.donate.takenBack'),
          });
          close();
        },
      },
    );
  };

  return (
    <Modal opened={reward !== null} onClose={close} title={title} centered>
      {reward ? (
        <Stack gap="md">
          <Text size="sm">
            {t('rewards.donate.intro', { milestone: reward.milestoneLabel, value: rewardValue(t, reward) })}
          </Text>
          <NativeSelect
            label={t('rewards.donate.charity')}
            value={choice}
            onChange={(event) => {
              setTouched(true);
              setCharityId(event.currentTarget.value);
            }}
            data={[
              { value: '', label: current ? t('rewards.donate.keepMyself') : t('rewards.donate.choose'), disabled: !current },
              ...charities.map((charity) => ({ value: charity.id, label: charity.name })),
            ]}
          />
          <Text size="sm" c="dimmed">
            {t('rewards.donate.explain')}
          </Text>
          <RewardProblemAlert error={donate.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('rewards.cancel')}
            </Button>
            <Button onClick={confirm} loading={donate.isPending} disabled={choice === current}>
              {choice || !current ? t('rewards.donate.confirm') : t('rewards.donate.confirmTakeBack')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
