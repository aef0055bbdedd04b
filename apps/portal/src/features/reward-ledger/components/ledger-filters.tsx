import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REWARD_STATUSES, type RewardStatus } from '../../my-rewards/api/list-my-rewards';
import type { RewardLedgerFilters } from '../api/keys';

export type LedgerFilterValues = Omit<RewardLedgerFilters, 'page'>;

export interface FilterOption {
  value: string;
  label: string;
}

interface Props {
  values: LedgerFilterValues;
  onChange: (values: LedgerFilterValues) => void;
  programmeOptions: FilterOption[];
  referrerOptions: FilterOption[];
}

export function LedgerFilters({ values, onChange, programmeOptions, referrerOptions }: Props) {
  const { t } = useTranslation();
  return (
    <Group component="search" aria-label={t('ledger.filters')} gap="sm" align="flex-end" wrap="wrap">
      <NativeSelect
        label={t('ledger.filterStatus')}
        value={values.status ?? ''}
        onChange={(event) => onChange({ ...values, status: (event.currentTarget.value || undefined) as RewardStatus | undefined })}
        data={[
          { value: '', label: t('ledger.allStatuses') },
          ...REWARD_STATUSES.map((value) => ({ value, label: t(`rewards.statuses.${value}`) })),
        ]}
        style={{ flex: '1 1 10rem' }}
      />
      <NativeSelect
        label={t('ledger.filterProgramme')}
        value={values.programmeId ?? ''}
        onChange={(event) => onChange({ ...values, programmeId: event.currentTarget.value || undefined })}
        data={[{ value: '', label: t('ledger.allProgrammes') }, ...programmeOptions]}
        style={{ flex: '1 1 12rem' }}
      />
      <NativeSelect
        label={t('ledger.filterReferrer')}
        value={values.referrerUserId ?? ''}
        onChange={(event) => onChange({ ...values, referrerUserId: event.currentTarget.value || undefined })}
        data={[{ value: '', label: t('ledger.allReferrers') }, ...referrerOptions]}
        style={{ flex: '1 1 12rem' }}
      />
      <TextInput
        type="date"
        label={t('ledger.dueFrom')}
        value={values.dueFrom ?? ''}
        onChange={(event) => onChange({ ...values, dueFrom: event.currentTarget.value || undefined })}
        style={{ flex: '1 1 9rem' }}
      />
      <TextInput
        type="date"
        label={t('ledger.dueTo')}
        value={values.dueTo ?? ''}
        onChange={(event) => onChange({ ...values, dueTo: event.currentTarget.value || undefined })}
        style={{ flex: '1 1 9rem' }}
      />
    </Group>
  );
}
