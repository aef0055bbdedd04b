import { Alert, Button, Group, List, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EventProblemAlert } from './event-problem-alert';
import { useInviteToEvent } from '../api/invite-to-event';
import { useSegmentOptions } from '../api/list-segments';
import { usePeopleSearch } from '../api/search-people';
import type { InviteResult } from '../api/types';

/** Invite a segment and/or people picked by name; the answer says how many were invited and who was skipped, and why. */
export function InvitePanel({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const segments = useSegmentOptions();
  const invite = useInviteToEvent();
  const [segmentId, setSegmentId] = useState<string | null>(null);
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const people = usePeopleSearch(debounced);
  const [result, setResult] = useState<InviteResult | null>(null);
  const peopleData = [
    ...personIds.map((id) => ({ value: id, label: picked[id] ?? id })),
    ...(people.data ?? []).filter((p) => !personIds.includes(p.id)).map((p) => ({ value: p.id, label: p.label })),
  ];

  return (
    <Stack gap="sm">
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('ermEvents.invite.segment')}
          placeholder={segments.isPending ? t('app.loading') : t('ermEvents.invite.choose')}
          data={(segments.data ?? []).map((segment) => ({ value: segment.id, label: `${segment.name} (${segment.count})` }))}
          value={segmentId}
          onChange={setSegmentId}
          searchable
          clearable
          w={320}
        />
        <MultiSelect
          label={t('ermEvents.invite.people')}
          placeholder={t('ermEvents.invite.peoplePlaceholder')}
          data={peopleData}
          value={personIds}
          onChange={(ids) => {
            const labels = Object.fromEntries(peopleData.map((p) => [p.value, p.label]));
            setPicked((current) => ({ ...current, ...Object.fromEntries(ids.map((id) => [id, current[id] ?? labels[id] ?? id])) }));
            setPersonIds(ids);
          }}
          searchValue={search}
          onSearchChange={setSearch}
          searchable
          filter={({ options }) => options}
          nothingFoundMessage={debounced.length >= 2 && !people.isFetching ? t('ermEvents.invite.nobody') : undefined}
          w={360}
        />
        <Button
          disabled={!segmentId && personIds.length === 0}
          loading={invite.isPending}
          onClick={() => {
            setResult(null);
            invite.mutate(
              { id: eventId, segmentId: segmentId ?? undefined, personIds },
              {
                onSuccess: (answer) => {
                  setResult(answer);
                  setPersonIds([]);
                },
              },
            );
          }}
        >
          {t('ermEvents.invite.submit')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('ermEvents.invite.rule')}
      </Text>
      <EventProblemAlert error={invite.error} />
      {result ? (
        <Alert color="teal" variant="light" role="status" withCloseButton onClose={() => setResult(null)}>
          <Text size="sm">{t('ermEvents.invite.invited', { count: result.invited })}</Text>
          <List size="sm">
            {result.alreadyInvited ? <List.Item>{t('ermEvents.invite.already', { count: result.alreadyInvited })}</List.Item> : null}
            {result.skipped.noEmail.length ? <List.Item>{t('ermEvents.invite.noEmail', { count: result.skipped.noEmail.length })}</List.Item> : null}
            {result.skipped.noConsent.length ? (
              <List.Item>{t('ermEvents.invite.noConsent', { count: result.skipped.noConsent.length })}</List.Item>
            ) : null}
          </List>
        </Alert>
      ) : null}
    </Stack>
  );
}
