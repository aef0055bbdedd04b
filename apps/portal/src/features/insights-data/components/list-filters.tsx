import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HIRE_CHANNELS, type HireChannel } from '../api/types';

export interface PeriodFilter {
  channel?: HireChannel;
  from?: string;
  to?: string;
}

/** Channel and period filters above a list; `extra` adds list-specific ones. Every change goes back to page 1. */
export function ListFilters<F extends PeriodFilter>({ value, onChange, label, extra }: { value: F; onChange: (next: F) => void; label: string; extra?: ReactNode }) {
  const { t } = useTranslation();
  const set = (patch: Partial<F>) => onChange({ ...value, ...patch });
  const empty = !value.channel && !value.from && !value.to && Object.values(value).every((v) => v === undefined || v === '');
  return (
    <Group role="search" aria-label={label} align="flex-end" gap="sm">
      <NativeSelect
        label={t('insightsData.filters.channel')}
        value={value.channel ?? ''}
        onChange={(event) => set({ channel: (event.currentTarget.value || undefined) as HireChannel | undefined } as Partial<F>)}
        data={[{ value: '', label: t('insightsData.filters.allChannels') }, ...HIRE_CHANNELS.map((c) => ({ value: c, label: t(`insightsData.channels.${c}`) }))]}
      />
      <TextInput
        type="date"
        label={t('insightsData.filters.from')}
        value={value.from ?? ''}
        onChange={(event) => set({ from: event.currentTarget.value || undefined } as Partial<F>)}
      />
      <TextInput type="date" label={t('insightsData.filters.to')} value={value.to ?? ''} onChange={(event) => set({ to: event.currentTarget.value || undefined } as Partial<F>)} />
      {extra}
      <Button variant="subtle" disabled={empty} onClick={() => onChange({} as F)}>
        {t('insightsData.filters.clear')}
      </Button>
    </Group>
  );
}
