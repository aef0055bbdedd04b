import {
  Alert,
  Anchor,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { problemMessageKey } from '../../../lib/problems';
import { usePageTitle } from '../../../lib/use-page-title';
import { useSegments } from '../../erm-people/api/list-segments';
import { useCancelNewsletter } from '../api/cancel-newsletter';
import { useNewsletter } from '../api/get-newsletter';
import { useNewsletterPreview } from '../api/preview-newsletter';
import { useResendInterrupted } from '../api/resend-interrupted';
import { useSendNewsletter } from '../api/send-newsletter';
import { useTestSendNewsletter } from '../api/test-send-newsletter';
import type { Newsletter, NewsletterFigures, NewsletterLocale } from '../api/types';
import { useUpdateNewsletter } from '../api/update-newsletter';
import { KindBadge } from './kind-badge';
import { StatusBadge } from './status-badge';

const LOCALES: NewsletterLocale[] = ['nl', 'en'];
type Draft = Record<NewsletterLocale, { subject: string; preheader: string; bodyMarkdown: string }>;

const draftOf = (newsletter: Newsletter): Draft => {
  const empty = { subject: '', preheader: '', bodyMarkdown: '' };
  const byLocale = new Map(newsletter.variants.map((v) => [v.locale, v]));
  return Object.fromEntries(LOCALES.map((l) => [l, { ...empty, ...byLocale.get(l) }])) as Draft;
};

/** HR: compose (one variant per language), preview, test send, send or schedule, cancel, and follow progress. */
export function NewsletterPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const newsletter = useNewsletter(id);
  usePageTitle(newsletter.data?.name ?? t('mailingsNewsletters.list.title'));

  if (newsletter.isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (newsletter.isError) {
    return (
      <Alert color="red" variant="light" title={t('mailingsNewsletters.detail.loadFailed')} role="alert">
        <Text size="sm">{t(problemMessageKey(newsletter.error))}</Text>
      </Alert>
    );
  }
  // Keyed by id: the form starts from the saved newsletter and keeps its own state across progress polls.
  return <Composer key={newsletter.data.id} newsletter={newsletter.data} />;
}

function Composer({ newsletter }: { newsletter: Newsletter }) {
  const { t, i18n } = useTranslation();
  const editable = newsletter.status === 'draft' || newsletter.status === 'scheduled';
  const activation = newsletter.kind === 'activation';
  const segments = useSegments();
  const update = useUpdateNewsletter();
  const send = useSendNewsletter();
  const cancel = useCancelNewsletter();
  const testSend = useTestSendNewsletter();
  const [name, setName] = useState(newsletter.name);
  const [segmentId, setSegmentId] = useState<string | null>(newsletter.segmentId ?? null);
  const [draft, setDraft] = useState<Draft>(() => draftOf(newsletter));
  const [previewLocale, setPreviewLocale] = useState<NewsletterLocale>('nl');
  const [showPreview, setShowPreview] = useState(false);
  const [scheduledAt, setScheduledAt] = useState('');
  const hasVariant = newsletter.variants.some((v) => v.locale === previewLocale);
  const preview = useNewsletterPreview(newsletter.id, previewLocale, showPreview && hasVariant);

  const save = () => {
    const filled = LOCALES.filter((l) => draft[l].subject.trim() && draft[l].bodyMarkdown.trim());
    update.mutate({
      id: newsletter.id,
      input: {
        name: name.trim(),
        ...(activation ? {} : { segmentId }),
        variants: filled.map((l) => ({ locale: l, ...draft[l] })),
        removeLocales: LOCALES.filter((l) => !filled.includes(l) && newsletter.variants.some((v) => v.locale === l)),
      },
    });
  };
  const field = (locale: NewsletterLocale, key: keyof Draft['nl']) => ({
    value: draft[locale][key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setDraft((d) => ({ ...d, [locale]: { ...d[locale], [key]: value } }));
    },
    disabled: !editable,
  });
  const error = [update, send, cancel, testSend].find((m) => m.isError)?.error;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/newsletters">
        {t('mailingsNewsletters.detail.back')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{newsletter.name}</Title>
        <Group gap="xs">
          <KindBadge kind={newsletter.kind} />
          <StatusBadge status={newsletter.status} />
        </Group>
      </Group>
      {activation && (
        <Stack gap={4}>
          <Text>{t('mailingsNewsletters.activation.for', { programme: newsletter.programmeName ?? '' })}</Text>
          <Text size="sm" c="dimmed">
            {t('mailingsNewsletters.activation.composerHelp')}
          </Text>
          {newsletter.eligibleRecipients !== null && (
            <Text size="sm" role="status">
              {t('mailingsNewsletters.activation.eligible', { count: newsletter.eligibleRecipients })}
            </Text>
          )}
        </Stack>
      )}
      {newsletter.status === 'scheduled' && newsletter.scheduledAt && (
        <Text>{t('mailingsNewsletters.detail.scheduledFor', { when: new Date(newsletter.scheduledAt).toLocaleString(i18n.language) })}</Text>
      )}
      {error && (
        <Alert color="red" variant="light" role="alert">
          <Text size="sm">{t(problemMessageKey(error))}</Text>
        </Alert>
      )}

      <Figures figures={newsletter.figures} live={newsletter.status === 'sending'} />
      {newsletter.figures.interrupted > 0 && <ResendInterrupted id={newsletter.id} count={newsletter.figures.interrupted} />}

      <Paper withBorder p="md">
        <Stack>
          <TextInput label={t('mailingsNewsletters.fields.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} disabled={!editable} maxLength={200} />
          {!activation && (
            <Select
              label={t('mailingsNewsletters.fields.segment')}
              description={t('mailingsNewsletters.fields.segmentHelp')}
              data={(segments.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
              value={segmentId}
              onChange={setSegmentId}
              disabled={!editable}
              clearable
            />
          )}
          <Tabs defaultValue="nl">
            <Tabs.List>
              {LOCALES.map((l) => (
                <Tabs.Tab key={l} value={l}>
                  {t(`mailingsNewsletters.locales.${l}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {LOCALES.map((l) => (
              <Tabs.Panel key={l} value={l} pt="sm">
                <Stack>
                  <TextInput label={t('mailingsNewsletters.fields.subject')} maxLength={200} {...field(l, 'subject')} />
                  <TextInput label={t('mailingsNewsletters.fields.preheader')} maxLength={300} {...field(l, 'preheader')} />
                  <Textarea
                    label={t('mailingsNewsletters.fields.body')}
                    description={t('mailingsNewsletters.fields.bodyHelp', { placeholder: l === 'nl' ? '{{voornaam}}' : '{{firstName}}' })}
                    autosize
                    minRows={8}
                    {...field(l, 'bodyMarkdown')}
                  />
                </Stack>
              </Tabs.Panel>
            ))}
          </Tabs>
          {editable && (
            <Group>
              <Button onClick={save} loading={update.isPending}>
                {t('mailingsNewsletters.actions.save')}
              </Button>
              {update.isSuccess && (
                <Text size="sm" role="status">
                  {t('mailingsNewsletters.actions.saved')}
                </Text>
              )}
            </Group>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <Stack>
          <Title order={2} size="h3">
            {t('mailingsNewsletters.preview.title')}
          </Title>
          <Group>
            <SegmentedControl
              aria-label={t('mailingsNewsletters.preview.language')}
              value={previewLocale}
              onChange={(v) => setPreviewLocale(v as NewsletterLocale)}
              data={LOCALES.map((l) => ({ value: l, label: t(`mailingsNewsletters.locales.${l}`) }))}
            />
            <Button variant="light" onClick={() => setShowPreview(true)} disabled={!hasVariant}>
              {t('mailingsNewsletters.preview.show')}
            </Button>
            <Button variant="light" onClick={() => testSend.mutate({ id: newsletter.id, locale: previewLocale })} loading={testSend.isPending} disabled={!hasVariant}>
              {t('mailingsNewsletters.preview.testSend')}
            </Button>
            {testSend.isSuccess && (
              <Text size="sm" role="status">
                {t('mailingsNewsletters.preview.testSent')}
              </Text>
            )}
          </Group>
          {!hasVariant && <Text c="dimmed">{t('mailingsNewsletters.preview.noVariant')}</Text>}
          {showPreview && hasVariant && preview.data && (
            <Stack gap="xs">
              <Text fw={600}>{preview.data.subject}</Text>
              <iframe
                title={t('mailingsNewsletters.preview.frame')}
                sandbox=""
                srcDoc={preview.data.html}
                style={{ width: '100%', height: 480, border: '1px solid var(--mantine-color-gray-3)' }}
              />
            </Stack>
          )}
        </Stack>
      </Paper>

      <Group>
        {editable && (
          <>
            <Button color="green" onClick={() => send.mutate({ id: newsletter.id })} loading={send.isPending && !scheduledAt}>
              {t('mailingsNewsletters.actions.sendNow')}
            </Button>
            <TextInput
              type="datetime-local"
              aria-label={t('mailingsNewsletters.actions.scheduleAt')}
              value={scheduledAt}
              onChange={(e) => setScheduledAt(e.currentTarget.value)}
            />
            <Button
              variant="light"
              disabled={!scheduledAt}
              onClick={() => send.mutate({ id: newsletter.id, scheduledAt: new Date(scheduledAt).toISOString() })}
            >
              {t('mailingsNewsletters.actions.schedule')}
            </Button>
          </>
        )}
        {(editable || newsletter.status === 'sending') && (
          <Button color="red" variant="outline" onClick={() => cancel.mutate(newsletter.id)} loading={cancel.isPending}>
            {t('mailingsNewsletters.actions.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

const FIGURES = ['recipients', 'sent', 'failed', 'bounced', 'unsubscribed', 'skipped', 'opened', 'clicked'] as const satisfies ReadonlyArray<keyof NewsletterFigures>;

function Figures({ figures, live }: { figures: NewsletterFigures; live: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" aria-live={live ? 'polite' : undefined}>
      {live && (
        <Text size="sm" c="dimmed">
          {t('mailingsNewsletters.figures.live', { done: figures.recipients - figures.queued - figures.sending, total: figures.recipients })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
        {/* Opens and clicks are null where the organisation does not track them: not shown then. */}
        {FIGURES.filter((key) => figures[key] !== null).map((key) => (
          <Paper key={key} withBorder p="sm">
            <Text size="xs" c="dimmed">
              {t(`mailingsNewsletters.figures.${key}`)}
            </Text>
            <Text fw={700} size="lg" aria-label={`${t(`mailingsNewsletters.figures.${key}`)}: ${figures[key]}`}>
              {figures[key]}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** Rows interrupted in flight may or may not have arrived: HR decides, knowingly, whether to send them again. */
function ResendInterrupted({ id, count }: { id: string; count: number }) {
  const { t } = useTranslation();
  const resend = useResendInterrupted();
  const [confirming, setConfirming] = useState(false);
  return (
    <Alert color="orange" variant="light" title={t('mailingsNewsletters.resend.title')}>
      <Stack gap="xs">
        <Text size="sm">{t('mailingsNewsletters.figures.interrupted', { count })}</Text>
        {resend.isError && (
          <Text size="sm" c="red" role="alert">
            {t(problemMessageKey(resend.error))}
          </Text>
        )}
        {confirming ? (
          <>
            <Text size="sm" fw={600}>
              {t('mailingsNewsletters.resend.warning', { count })}
            </Text>
            <Group gap="xs">
              <Button color="orange" loading={resend.isPending} onClick={() => resend.mutate(id, { onSuccess: () => setConfirming(false) })}>
                {t('mailingsNewsletters.resend.confirm', { count })}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('mailingsNewsletters.resend.keep')}
              </Button>
            </Group>
          </>
        ) : (
          <Group>
            <Button variant="outline" color="orange" onClick={() => setConfirming(true)}>
              {t('mailingsNewsletters.resend.start')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
