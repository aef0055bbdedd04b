import { Alert, Anchor, Button, Center, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessageKey } from '../../../lib/problems';
import { usePageTitle } from '../../../lib/use-page-title';
import { useSegments } from '../api/list-segments';

export function SegmentsPage() {
  const { t } = useTranslation();
  usePageTitle(t('ermPeople.segments.title'));
  const segments = useSegments();

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('ermPeople.segments.title')}</Title>
          <Text c="dimmed">{t('ermPeople.segments.intro')}</Text>
        </Stack>
        <Button component={Link} to="/segments/new">
          {t('ermPeople.segments.new')}
        </Button>
      </Group>
      {segments.isPending ? (
        <Center py="xl" role="status" aria-live="polite">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : segments.isError ? (
        <Alert color="red" variant="light" title={t('ermPeople.segments.loadFailed')} role="alert">
          <Text size="sm">{t(problemMessageKey(segments.error))}</Text>
        </Alert>
      ) : segments.data.length === 0 ? (
        <Text role="status">{t('ermPeople.segments.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption>{t('ermPeople.segments.caption', { count: segments.data.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('ermPeople.segments.columns.name')}</Table.Th>
                <Table.Th scope="col">{t('ermPeople.segments.columns.description')}</Table.Th>
                <Table.Th scope="col">{t('ermPeople.segments.columns.count')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {segments.data.map((segment) => (
                <Table.Tr key={segment.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/segments/${segment.id}`}>
                      {segment.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{segment.description || '—'}</Table.Td>
                  <Table.Td>{t('ermPeople.segments.count', { count: segment.count })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
