import type { ProgrammeStatus } from '@kring/api-client';
import { PROGRAMME_KINDS, type ProgrammeKind } from '@kring/shared-domain';
import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const STATUSES: readonly ProgrammeStatus[] = ['scheduled', 'active', 'ended', 'archived'];

interface Props {
  status: ProgrammeStatus | undefined;
  kind: ProgrammeKind | undefined;
  onStatusChange: (status: ProgrammeStatus | undefined) => void;
  onKindChange: (kind: ProgrammeKind | undefined) => void;
}

export function ProgrammeFilters({ status, kind, onStatusChange, onKindChange }: Props) {
  const { t } = useTranslation();
  return (
    <Group component="search" aria-label={t('programmes.filters')} gap="sm" align="flex-end" wrap="wrap">
      <NativeSelect
        label={t('programmes.status')}
        value={status ?? ''}
        onChange={(event) => onStatusChange((event.currentTarget.value || undefined) as ProgrammeStatus | undefined)}
        data={[
          { value: '', label: t('programmes.allStatuses') },
          ...STATUSES.map((value) => ({ value, label: t(`programmes.statuses.${value}`) })),
        ]}
        style={{ flex: '0 1 12rem' }}
      />
      <NativeSelect
        label={t('programmes.fields.kind')}
        value={kind ?? ''}
        onChange={(event) => onKindChange((event.currentTarget.value || undefined) as ProgrammeKind | undefined)}
        data={[
          { value: '', label: t('programmes.allKinds') },
          ...PROGRAMME_KINDS.map((value) => ({ value, label: t(`programmes.kinds.${value}`) })),
        ]}
        style={{ flex: '0 1 12rem' }}
      />
    </Group>
  );
}
