import { Anchor, CopyButton, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentSession } from '../../../app/routing/session-context';

/** Where the organisation's "keep me posted" form lives, to put on the careers site or a poster. */
export function PublicFormLink() {
  const { t } = useTranslation();
  const { organisation } = useCurrentSession();
  const url = `${globalThis.location?.origin ?? ''}/join/${organisation.slug}`;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={4}>
        <Text fw={600}>{t('ermPools.list.formLinkTitle')}</Text>
        <Text size="sm" c="dimmed">
          {t('ermPools.list.formLinkHint')}
        </Text>
        <Group gap="sm" wrap="wrap">
          <Anchor href={url} target="_blank" rel="noopener" size="sm" style={{ wordBreak: 'break-all' }}>
            {url}
          </Anchor>
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>
                {copied ? t('ermPools.list.copied') : t('ermPools.list.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Paper>
  );
}
