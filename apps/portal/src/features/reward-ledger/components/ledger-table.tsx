import { Anchor, Button, Checkbox, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate, formatDate } from '../../../lib/format';
import { cancelReasonText, rewardValue } from '../../my-rewards/components/reward-format';
import { RewardStatusBadge } from '../../my-rewards/components/reward-status-badge';
import type { LedgerReward } from '../api/list-reward-ledger';

interface Props {
  rewards: LedgerReward[];
  total: number;
  selected: readonly string[];
  onSelectedChange: (ids: string[]) => void;
  onCancel: (reward: LedgerReward) => void;
}

const open = (reward: LedgerReward) => reward.status === 'pending' || reward.status === 'approved';

/** The ledger: one row per reward. Only pending rewards can be selected for approval. */
export function LedgerTable({ rewards, total, selected, onSelectedChange, onCancel }: Props) {
  const { t } = useTranslation();
  const selectable = rewards.filter((reward) => reward.status === 'pending').map((reward) => reward.id);
  const selectedOnPage = selectable.filter((id) => selected.includes(id));
  const all = selectedOnPage.length === selectable.length && selectable.length > 0;
  const toggleAll = () =>
    onSelectedChange(all ? selected.filter((id) => !selectable.includes(id)) : [...new Set([...selected, ...selectable])]);
  const toggle = (id: string) =>
    onSelectedChange(selected.includes(id) ? selected.filter((value) => value !== id) : [...selected, id]);

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('ledger.caption', { count: total })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={40}>
              <Checkbox
                aria-label={t('ledger.selectAll')}
                checked={all}
                disabled={selectable.length === 0}
                indeterminate={selectedOnPage.length > 0 && !all}
                onChange={toggleAll}
              />
            </Table.Th>
            <Table.Th scope="col">{t('ledger.columns.referrer')}</Table.Th>
            <Table.Th scope="col">{t('ledger.columns.referral')}</Table.Th>
            <Table.Th scope="col">{t('ledger.columns.milestone')}</Table.Th>
            <Table.Th scope="col">{t('ledger.columns.amount')}</Table.Th>
            <Table.Th scope="col">{t('ledger.columns.dueOn')}</Table.Th>
            <Table.Th scope="col">{t('ledger.columns.status')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('ledger.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rewards.map((reward) => {
            const candidate = reward.referral.candidateName ?? t('rewards.nameErased');
            const label = `${reward.referrer.name} · ${reward.milestoneLabel}`;
            const reason = cancelReasonText(t, reward);
            return (
              <Table.Tr key={reward.id}>
                <Table.Td>
                  {reward.status === 'pending' ? (
                    <Checkbox
                      aria-label={t('ledger.select', { name: label })}
                      checked={selected.includes(reward.id)}
                      onChange={() => toggle(reward.id)}
                    />
                  ) : null}
                </Table.Td>
                <Table.Th scope="row" fw={500}>
                  <Stack gap={0}>
                    <span>{reward.referrer.name}</span>
                    <Text size="xs" c="dimmed">
                      {[reward.programme.name, reward.employeeNumber ? t('ledger.employeeNumber', { number: reward.employeeNumber }) : null]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </Stack>
                </Table.Th>
                <Table.Td>
                  <Stack gap={0}>
                    <Anchor component={Link} to={`/referrals/${reward.referral.id}`} size="sm">
                      {candidate}
                    </Anchor>
                    {reward.referral.vacancyTitle ? (
                      <Text size="xs" c="dimmed">
                        {reward.referral.vacancyTitle}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>{reward.milestoneLabel}</Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <span>{rewardValue(t, reward)}</span>
                    {reward.charity ? (
                      <Text size="xs" c="dimmed">
                        {t('ledger.donatedTo', { charity: reward.charity.name })}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <time dateTime={reward.dueOn}>{formatCalendarDate(reward.dueOn)}</time>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <RewardStatusBadge status={reward.status} />
                    {reward.paidAt ? (
                      <Text size="xs" c="dimmed">
                        {t('ledger.paidOn', { date: formatDate(reward.paidAt) })}
                      </Text>
                    ) : null}
                    {reason ? (
                      <Text size="xs" c="dimmed">
                        {reason}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {open(reward) ? (
                    <Button size="xs" variant="subtle" color="red" onClick={() => onCancel(reward)} aria-label={t('ledger.cancelFor', { name: label })}>
                      {t('ledger.cancelReward')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
