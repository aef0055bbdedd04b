import type { ReferralSummary } from '@kring/api-client';
import { Anchor, Checkbox, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConsentBadge } from './consent-badge';
import { formatDateTime } from '../../../lib/format';
import { MatchSourceBadge } from './match-source-badge';
import { StageBadge } from './stage-badge';

interface Props {
  referrals: ReferralSummary[];
  total: number;
  selected: readonly string[];
  onSelectedChange: (ids: string[]) => void;
}

export function ReferralsTable({ referrals, total, selected, onSelectedChange }: Props) {
  const { t } = useTranslation();
  const pageIds = referrals.map((referral) => referral.id);
  const selectedOnPage = pageIds.filter((id) => selected.includes(id));
  const all = selectedOnPage.length === pageIds.length && pageIds.length > 0;
  const toggleAll = () =>
    onSelectedChange(all ? selected.filter((id) => !pageIds.includes(id)) : [...new Set([...selected, ...pageIds])]);
  const toggle = (id: string) =>
    onSelectedChange(selected.includes(id) ? selected.filter((value) => value !== id) : [...selected, id]);

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('pipeline.caption', { count: total })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={40}>
              <Checkbox
                aria-label={t('pipeline.selectAll')}
                checked={all}
                indeterminate={selectedOnPage.length > 0 && !all}
                onChange={toggleAll}
              />
            </Table.Th>
            <Table.Th scope="col">{t('pipeline.columns.candidate')}</Table.Th>
            <Table.Th scope="col">{t('pipeline.columns.vacancy')}</Table.Th>
            <Table.Th scope="col">{t('pipeline.columns.referrer')}</Table.Th>
            <Table.Th scope="col">{t('pipeline.columns.stage')}</Table.Th>
            <Table.Th scope="col">{t('pipeline.columns.consent')}</Table.Th>
            <Table.Th scope="col">{t('pipeline.columns.stageChanged')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {referrals.map((referral) => {
            const name = referral.candidateName ?? t('pipeline.nameErased');
            return (
              <Table.Tr key={referral.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('pipeline.select', { name })}
                    checked={selected.includes(referral.id)}
                    onChange={() => toggle(referral.id)}
                  />
                </Table.Td>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/referrals/${referral.id}`}>
                    {name}
                  </Anchor>
                </Table.Th>
                <Table.Td>{referral.vacancy?.name ?? t('pipeline.generalReferral')}</Table.Td>
                <Table.Td>
                  {referral.referrer.name}
                  {referral.source === 'match' ? (
                    <>
                      {' '}
                      <MatchSourceBadge />
                    </>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <StageBadge stage={referral.stage} />
                </Table.Td>
                <Table.Td>
                  <ConsentBadge state={referral.consentState} />
                </Table.Td>
                <Table.Td>
                  <time dateTime={referral.stageChangedAt}>{formatDateTime(referral.stageChangedAt)}</time>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
