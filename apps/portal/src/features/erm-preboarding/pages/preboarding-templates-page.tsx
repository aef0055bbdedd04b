import { Alert, Anchor, Badge, Button, Card, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessageKey } from '../../../lib/problems';
import { usePageTitle } from '../../../lib/use-page-title';
import { useDeletePreboardingTemplate } from '../api/delete-preboarding-template';
import { usePreboardingTemplates } from '../api/list-preboarding-templates';
import type { PreboardingTemplate } from '../api/types';
import { PreboardingAlert } from '../components/preboarding-alert';
import { TemplateEditor } from '../components/template-editor';

/** HR's checklist templates; the default one is used for every new starter. */
export function PreboardingTemplatesPage() {
  const { t, i18n } = useTranslation();
  const templates = usePreboardingTemplates();
  const remove = useDeletePreboardingTemplate();
  const [editing, setEditing] = useState<PreboardingTemplate | 'new' | null>(null);
  usePageTitle(t('ermPreboarding.templates.title'));

  const offset = (days: number) => (days === 0 ? t('ermPreboarding.templates.onStart') : days < 0 ? t('ermPreboarding.templates.before', { count: -days }) : t('ermPreboarding.templates.after', { count: days }));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/preboarding">
        {t('ermPreboarding.back')}
      </Anchor>
      <Group justify="space-between" wrap="wrap">
        <Stack gap={4}>
          <Title order={1}>{t('ermPreboarding.templates.title')}</Title>
          <Text c="dimmed">{t('ermPreboarding.templates.intro')}</Text>
        </Stack>
        {editing === null ? <Button onClick={() => setEditing('new')}>{t('ermPreboarding.templates.new')}</Button> : null}
      </Group>

      {remove.isError ? <PreboardingAlert error={remove.error} /> : null}

      {editing !== null ? (
        <Card withBorder>
          <TemplateEditor key={editing === 'new' ? 'new' : editing.id} template={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
        </Card>
      ) : null}

      {templates.isPending ? (
        <Center py="xl" role="status" aria-live="polite">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : templates.isError ? (
        <Alert color="red" variant="light" role="alert">
          {t(problemMessageKey(templates.error))}
        </Alert>
      ) : templates.data.length === 0 ? (
        <Text>{t('ermPreboarding.templates.empty')}</Text>
      ) : (
        templates.data.map((template) => (
          <Card key={template.id} withBorder>
            <Group justify="space-between" wrap="wrap" mb="xs">
              <Group gap="xs">
                <Title order={2} size="h3">
                  {template.name}
                </Title>
                {template.isDefault ? <Badge>{t('ermPreboarding.templates.default')}</Badge> : null}
              </Group>
              <Group gap="xs">
                <Button size="xs" variant="default" onClick={() => setEditing(template)}>
                  {t('ermPreboarding.templates.edit')}
                </Button>
                <Button size="xs" variant="subtle" color="red" loading={remove.isPending && remove.variables === template.id} onClick={() => remove.mutate(template.id)}>
                  {t('ermPreboarding.templates.delete')}
                </Button>
              </Group>
            </Group>
            <Stack gap={2} component="ol" pl="md" m={0}>
              {template.tasks.map((task) => (
                <Text component="li" key={task.id} size="sm">
                  {i18n.language === 'en' ? task.titleEn : task.titleNl} — {offset(task.dueOffsetDays)} · {t(`ermPreboarding.assignee.${task.assignee}`)}
                  {task.department ? ` · ${task.department}` : ''}
                </Text>
              ))}
            </Stack>
          </Card>
        ))
      )}
    </Stack>
  );
}
