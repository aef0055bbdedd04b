import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/use-page-title';
import { useCreateMyJobAlert } from '../api/create-my-job-alert';
import { useDeleteMyJobAlert } from '../api/delete-my-job-alert';
import { useMyJobAlerts } from '../api/list-my-job-alerts';
import type { JobAlert } from '../api/types';
import { useUpdateMyJobAlert } from '../api/update-my-job-alert';
import { JobAlertForm } from '../components/job-alert-form';

/** "Vacature-alerts": an alumnus's or external referrer's saved searches, mailed instantly, daily or weekly. */
export function JobAlertsPage() {
  const { t } = useTranslation();
  usePageTitle(t('mailingsJobAlerts.title'));
  const alerts = useMyJobAlerts();
  const create = useCreateMyJobAlert();
  const update = useUpdateMyJobAlert();
  const remove = useDeleteMyJobAlert();
  // null: no form open; 'new': the create form; otherwise the id of the alert being edited.
  const [editing, setEditing] = useState<string | null>(null);

  const close = () => {
    setEditing(null);
    create.reset();
    update.reset();
  };

  return (
    <Stack gap="lg" maw={760}>
      <div>
        <Title order={1}>{t('mailingsJobAlerts.title')}</Title>
        <Text c="dimmed">{t('mailingsJobAlerts.intro')}</Text>
      </div>
      {alerts.isPending ? (
        <Loader size="sm" aria-label={t('mailingsJobAlerts.loading')} />
      ) : alerts.isError ? (
        <FormAlert error={alerts.error} />
      ) : (
        <>
          <Text size="sm" role="note">
            {alerts.data.consent.granted
              ? alerts.data.consent.expiresAt
                ? t('mailingsJobAlerts.consentUntil', { date: formatDate(alerts.data.consent.expiresAt) })
                : t('mailingsJobAlerts.consentGranted')
              : t('mailingsJobAlerts.consentNone')}
          </Text>
          {alerts.data.items.length === 0 && editing !== 'new' ? <Text>{t('mailingsJobAlerts.empty')}</Text> : null}
          {alerts.data.items.map((alert) =>
            editing === alert.id ? (
              <Card key={alert.id} withBorder>
                <JobAlertForm
                  initial={alert}
                  pending={update.isPending}
                  error={update.error}
                  onCancel={close}
                  onSave={(body) => update.mutate({ id: alert.id, body }, { onSuccess: close })}
                />
              </Card>
            ) : (
              <AlertCard
                key={alert.id}
                alert={alert}
                onEdit={() => {
                  close();
                  setEditing(alert.id);
                }}
                onDelete={() => remove.mutate(alert.id)}
                deleting={remove.isPending && remove.variables === alert.id}
              />
            ),
          )}
          <FormAlert error={remove.error} />
          {editing === 'new' ? (
            <Card withBorder>
              <JobAlertForm pending={create.isPending} error={create.error} onCancel={close} onSave={(body) => create.mutate(body, { onSuccess: close })} />
            </Card>
          ) : alerts.data.items.length >= alerts.data.max ? (
            <Alert color="gray" variant="light">
              {t('mailingsJobAlerts.limit', { count: alerts.data.max })}
            </Alert>
          ) : (
            <div>
              <Button
                onClick={() => {
                  close();
                  setEditing('new');
                }}
              >
                {t('mailingsJobAlerts.add')}
              </Button>
            </div>
          )}
          <Text size="xs" c="dimmed">
            {t('mailingsJobAlerts.privacy')}
          </Text>
        </>
      )}
    </Stack>
  );
}

function AlertCard({ alert, onEdit, onDelete, deleting }: { alert: JobAlert; onEdit: () => void; onDelete: () => void; deleting: boolean }) {
  const { t } = useTranslation();
  const criteria = [
    alert.keywords ? `“${alert.keywords}”` : null,
    ...alert.functions,
    ...alert.skills,
    ...alert.locations,
    ...alert.employmentTypes.map((type) => t(`mailingsJobAlerts.employmentTypes.${type}`)),
  ].filter((c): c is string => !!c);
  const name = criteria.length ? criteria.join(' · ') : t('mailingsJobAlerts.everything');
  return (
    <Card withBorder component="article" aria-label={name}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text fw={600}>{name}</Text>
          <Badge variant="light" mt={4}>
            {t(`mailingsJobAlerts.frequencies.${alert.frequency}`)}
          </Badge>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant="light" onClick={onEdit}>
            {t('mailingsJobAlerts.edit')}
          </Button>
          <Button size="xs" variant="subtle" color="red" loading={deleting} onClick={onDelete}>
            {t('mailingsJobAlerts.delete')}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
