import { zodResolver } from '@hookform/resolvers/zod';
import { isApiProblem } from '@kring/api-client';
import { Alert, Anchor, Button, Center, Group, Loader, Modal, Pagination, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FormAlert } from '../../../lib/form-alert';
import { applyServerFieldErrors, fieldMessage, problemMessageKey } from '../../../lib/problems';
import { usePageTitle } from '../../../lib/use-page-title';
import { type SegmentDetailsFormValues, segmentDetailsSchema, useCreateSegment } from '../api/create-segment';
import { useDeleteSegment } from '../api/delete-segment';
import { useSegment } from '../api/get-segment';
import { SEGMENT_PEOPLE_PAGE_SIZE, useSegmentPeople } from '../api/list-segment-people';
import { useTalentPoolOptions } from '../api/list-talent-pool-options';
import { SEGMENT_PREVIEW_SIZE, useSegmentPreview } from '../api/preview-segment';
import type { Segment, SegmentFilter } from '../api/types';
import { useUpdateSegment } from '../api/update-segment';
import { compactFilter, FilterFields } from '../components/filter-fields';
import { LogTouchpointModal } from '../components/log-touchpoint-modal';
import { PeopleTable } from '../components/people-table';

/** A filter as a string that does not depend on the order of its fields. */
function sameFilterKey(filter: SegmentFilter): string {
  return JSON.stringify(Object.entries(filter).sort(([a], [b]) => a.localeCompare(b)));
}

/** The live count while HR edits a filter: the server counts with the same SQL it uses for the saved segment. */
function LiveCount({ filter, showPeople }: { filter: SegmentFilter; showPeople: boolean }) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(filter, 300);
  const preview = useSegmentPreview(debounced);
  return (
    <Stack gap="sm">
      <Text size="lg" fw={600} role="status" aria-live="polite">
        {preview.data ? t('ermPeople.editor.liveCount', { count: preview.data.total }) : t('ermPeople.editor.counting')}
      </Text>
      {preview.isError ? (
        <Alert color="red" variant="light" title={t('ermPeople.editor.previewFailed')}>
          <Text size="sm">{t(problemMessageKey(preview.error))}</Text>
        </Alert>
      ) : null}
      {showPeople && preview.data && preview.data.items.length > 0 ? (
        <>
          <Text size="sm" c="dimmed">
            {t('ermPeople.editor.preview', { count: SEGMENT_PREVIEW_SIZE })}
          </Text>
          <PeopleTable people={preview.data.items} total={preview.data.total} />
        </>
      ) : null}
    </Stack>
  );
}

function SavedMembers({ segmentId }: { segmentId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const people = useSegmentPeople(segmentId, page);
  if (!people.data) return null;
  const pages = Math.max(1, Math.ceil(people.data.total / SEGMENT_PEOPLE_PAGE_SIZE));
  return (
    <Stack gap="sm">
      <PeopleTable people={people.data.items} total={people.data.total} />
      {pages > 1 ? <Pagination component="nav" aria-label={t('ermPeople.people.pagination')} total={pages} value={page} onChange={setPage} /> : null}
    </Stack>
  );
}

function SegmentEditor({ segment }: { segment?: Segment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pools = useTalentPoolOptions();
  const create = useCreateSegment();
  const update = useUpdateSegment();
  const remove = useDeleteSegment();
  const [filter, setFilter] = useState<SegmentFilter>(segment?.filter ?? {});
  const [generalError, setGeneralError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [modal, setModal] = useState<'delete' | 'touchpoint' | null>(null);
  const form = useForm<SegmentDetailsFormValues>({
    resolver: zodResolver(segmentDetailsSchema),
    defaultValues: { name: segment?.name ?? '', description: segment?.description ?? '' },
  });
  const { errors } = form.formState;
  // A saved segment lists its people once, below; the preview only shows while the filter has unsaved changes.
  const filterChanged = !segment || sameFilterKey(compactFilter(filter)) !== sameFilterKey(compactFilter(segment.filter));
  const title = segment ? t('ermPeople.editor.titleEdit', { name: segment.name }) : t('ermPeople.editor.titleNew');
  usePageTitle(title);

  const onError = (error: unknown) => {
    if (isApiProblem(error) && error.code === 'segment_name_taken') {
      form.setError('name', { type: 'server', message: 'ermPeople.errors.nameTaken' }, { shouldFocus: true });
      return;
    }
    setGeneralError(applyServerFieldErrors(error, ['name', 'description'] as const, form.setError) ? null : error);
  };

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    setNotice(null);
    const input = { ...segmentDetailsSchema.parse(values), filter: compactFilter(filter) };
    if (segment) {
      update.mutate({ id: segment.id, input }, { onSuccess: () => setNotice(t('ermPeople.editor.saved')), onError });
    } else {
      create.mutate(input, { onSuccess: (created) => void navigate(`/segments/${created.id}`, { replace: true }), onError });
    }
  });

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/segments" size="sm">
        ← {t('ermPeople.editor.back')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {segment ? (
          <Group gap="sm">
            <Button variant="light" onClick={() => setModal('touchpoint')}>
              {t('ermPeople.editor.logTouchpoint')}
            </Button>
            <Button variant="light" color="red" onClick={() => setModal('delete')}>
              {t('ermPeople.editor.delete')}
            </Button>
          </Group>
        ) : null}
      </Group>
      {notice ? (
        <Alert color="teal" variant="light" role="status" withCloseButton onClose={() => setNotice(null)}>
          <Text size="sm">{notice}</Text>
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="md">
          <FormAlert error={generalError} />
          <TextInput label={t('ermPeople.editor.name')} required error={fieldMessage(t, errors.name?.message)} {...form.register('name')} />
          <Textarea
            label={t('ermPeople.editor.description')}
            autosize
            minRows={2}
            error={fieldMessage(t, errors.description?.message)}
            {...form.register('description')}
          />
          <Paper withBorder p="md" component="fieldset" aria-label={t('ermPeople.editor.filter')}>
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('ermPeople.editor.filter')}
              </Title>
              <FilterFields value={filter} onChange={setFilter} pools={pools.data ?? []} />
            </Stack>
          </Paper>
          <LiveCount filter={compactFilter(filter)} showPeople={filterChanged} />
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t('ermPeople.editor.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      {segment ? (
        <Paper withBorder p="md" component="section" aria-labelledby="segment-members">
          <Title order={2} size="h3" id="segment-members" mb="sm">
            {t('ermPeople.editor.members')}
          </Title>
          <SavedMembers segmentId={segment.id} />
        </Paper>
      ) : null}
      {segment ? (
        <>
          <Modal opened={modal === 'delete'} onClose={() => setModal(null)} title={t('ermPeople.editor.deleteTitle')}>
            <Stack gap="md">
              <Text size="sm">{t('ermPeople.editor.deleteConfirm', { name: segment.name })}</Text>
              <FormAlert error={remove.error} />
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={() => setModal(null)}>
                  {t('ermPeople.editor.cancel')}
                </Button>
                <Button
                  color="red"
                  loading={remove.isPending}
                  onClick={() => remove.mutate(segment.id, { onSuccess: () => void navigate('/segments', { replace: true }) })}
                >
                  {t('ermPeople.editor.delete')}
                </Button>
              </Group>
            </Stack>
          </Modal>
          <LogTouchpointModal
            target={{ kind: 'segment', id: segment.id, name: segment.name }}
            opened={modal === 'touchpoint'}
            onClose={() => setModal(null)}
            onDone={(recorded) => setNotice(t('ermPeople.touchpoint.done', { count: recorded }))}
          />
        </>
      ) : null}
    </Stack>
  );
}

/** /segments/new and /segments/:id: name, description, the filter with a live count, and the people in it. */
export function SegmentEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const segment = useSegment(id);
  if (!id) return <SegmentEditor />;
  if (segment.isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (segment.isError) {
    return (
      <Alert color="red" variant="light" title={t('ermPeople.editor.loadFailed')} role="alert">
        <Text size="sm">{t(problemMessageKey(segment.error))}</Text>
      </Alert>
    );
  }
  return <SegmentEditor key={segment.data.id} segment={segment.data} />;
}
