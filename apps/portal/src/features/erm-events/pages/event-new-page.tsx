import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePageTitle } from '../../../lib/use-page-title';
import { useCreateEvent } from '../api/create-event';
import { EventForm } from '../components/event-form';

export function EventNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEvent();
  usePageTitle(t('ermEvents.new.title'));
  return (
    <Stack gap="lg" maw={860}>
      <Anchor component={Link} to="/events" size="sm">
        ← {t('ermEvents.list.title')}
      </Anchor>
      <Title order={1}>{t('ermEvents.new.title')}</Title>
      <EventForm
        submitLabel={t('ermEvents.new.submit')}
        pending={create.isPending}
        error={create.error}
        onSubmit={async (body) => {
          const event = await create.mutateAsync(body);
          await navigate(`/events/${event.id}`);
        }}
      />
    </Stack>
  );
}
