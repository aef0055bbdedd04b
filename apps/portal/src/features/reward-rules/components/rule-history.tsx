import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { formatMoney } from '../../my-rewards/components/reward-format';
import type { RewardRule } from '../api/list-reward-rules';

interface Props {
  rules: readonly RewardRule[];
  /** Vacancy names by id, for overrides. */
  vacancyNames: ReadonlyMap<string, string>;
}

/** Every version, newest first: which scope, when it applied, what it paid. */
export function RuleHistory({ rules, vacancyNames }: Props) {
  const { t } = useTranslation();
  const sorted = [...rules].sort((a, b) => b.validFrom.localeCompare(a.validFrom));

  const summary = (rule: RewardRule) =>
    rule.milestones
      .map((milestone) => {
        const money = milestone.amounts.employee?.money;
        const label = milestone.label || milestone.key;
        return money ? `${label}: ${formatMoney(money, rule.currency)}` : label;
      })
      .join(' · ');

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="sm">
        <Table.Caption>{t('rewardRules.historyCaption', { count: rules.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('rewardRules.historyColumns.scope')}</Table.Th>
            <Table.Th scope="col">{t('rewardRules.historyColumns.validFrom')}</Table.Th>
            <Table.Th scope="col">{t('rewardRules.historyColumns.validUntil')}</Table.Th>
            <Table.Th scope="col">{t('rewardRules.historyColumns.milestones')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((rule) => (
            <Table.Tr key={rule.id}>
              <Table.Th scope="row" fw={500}>
                {rule.vacancyId
                  ? t('rewardRules.overrideFor', { vacancy: vacancyNames.get(rule.vacancyId) ?? t('rewardRules.unknownVacancy') })
                  : t('rewardRules.programmeDefault')}
              </Table.Th>
              <Table.Td>
                <time dateTime={rule.validFrom}>{formatDateTime(rule.validFrom)}</time>
              </Table.Td>
              <Table.Td>
                {rule.validUntil ? (
                  <time dateTime={rule.validUntil}>{formatDateTime(rule.validUntil)}</time>
                ) : (
                  <Badge color="teal" variant="light" radius="sm">
                    {t('rewardRules.inForce')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{summary(rule)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
