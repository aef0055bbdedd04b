import type { UserStatus } from '@kring/api-client';
import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const USER_STATUSES: readonly UserStatus[] = ['invited', 'active', 'deactivated'];

interface Props {
  status: UserStatus | undefined;
  search: string;
  onStatusChange: (status: UserStatus | undefined) => void;
  onSearchChange: (search: string) => void;
}

export function UserFilters({ status, search, onStatusChange, onSearchChange }: Props) {
  const { t } = useTranslation();
  return (
    <Group component="search" aria-label={t('users.filters')} gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        type="search"
        label={t('users.search')}
        placeholder={t('users.searchPlaceholder')}
        value={search}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
        style={{ flex: '1 1 14rem' }}
      />
      <NativeSelect
        label={t('users.status')}
        value={status ?? ''}
        onChange={(event) => onStatusChange((event.currentTarget.value || undefined) as UserStatus | undefined)}
        data={[
          { value: '', label: t('users.allStatuses') },
          ...USER_STATUSES.map((value) => ({ value, label: t(`users.statuses.${value}`) })),
        ]}
        style={{ flex: '0 1 12rem' }}
      />
    </Group>
  );
}
