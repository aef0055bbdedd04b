import type { ShareLink, ShareLinkChannel } from '@kring/api-client';
import { isLocale, type Locale } from '@kring/shared-domain';
import { Alert, Anchor, Button, Center, Group, Image, Loader, Paper, SimpleGrid, Stack, Tabs, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { problemMessage } from '../../../lib/problems';
import { useMyShareLink } from '../api/get-my-share-link';
import { copyText, emailShareUrl, linkedInShareUrl, svgDataUrl, whatsAppShareUrl } from '../share-urls';

const CHANNELS: readonly ShareLinkChannel[] = ['linkedin', 'whatsapp', 'email', 'copy', 'qr'];

interface Props {
  vacancyId: string;
  vacancyTitle: string;
}

/** The referrer's personal link for one vacancy: buttons per channel, ready texts, a QR code and the clicks so far. */
export function SharePanel({ vacancyId, vacancyTitle }: Props) {
  const { t } = useTranslation();
  const link = useMyShareLink(vacancyId);
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="share-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="share-title">
          {t('share.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('share.intro')}
        </Text>
        {link.isPending ? (
          <Center py="md" role="status" aria-live="polite">
            <Loader size="sm" aria-label={t('app.loading')} />
          </Center>
        ) : link.isError ? (
          <Alert color="red" variant="light" role="alert" title={t('share.loadFailed')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{problemMessage(t, link.error)}</Text>
              <Button size="xs" variant="light" onClick={() => void link.refetch()}>
                {t('share.retry')}
              </Button>
            </Stack>
          </Alert>
        ) : (
          <ShareLinkDetails link={link.data} vacancyTitle={vacancyTitle} />
        )}
      </Stack>
    </Paper>
  );
}

function ShareLinkDetails({ link, vacancyTitle }: { link: ShareLink; vacancyTitle: string }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Locale>(isLocale(i18n.language) ? i18n.language : 'nl');
  const [copied, setCopied] = useState<'link' | 'text' | 'failed' | null>(null);
  const text = link.texts[language];
  const subject = t('share.emailSubject', { title: vacancyTitle, lng: language });

  const copy = async (what: 'link' | 'text') => {
    const ok = await copyText(what === 'link' ? link.channels.copy : `${text}\n${link.channels.copy}`);
    setCopied(ok ? what : 'failed');
  };

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs">
        <Button component="a" href={linkedInShareUrl(link.channels.linkedin)} target="_blank" rel="noopener noreferrer" variant="light">
          {t('share.channels.linkedin')}
        </Button>
        <Button component="a" href={whatsAppShareUrl(text, link.channels.whatsapp)} target="_blank" rel="noopener noreferrer" variant="light">
          {t('share.channels.whatsapp')}
        </Button>
        <Button component="a" href={emailShareUrl(subject, text, link.channels.email)} variant="light">
          {t('share.channels.email')}
        </Button>
        <Button onClick={() => void copy('link')} variant="light">
          {t('share.copyLink')}
        </Button>
      </SimpleGrid>
      <Text size="sm" role="status" aria-live="polite" c={copied === 'failed' ? 'red.8' : 'teal.9'} mih="1.25rem">
        {copied === 'link' ? t('share.copiedLink') : copied === 'text' ? t('share.copiedText') : copied === 'failed' ? t('share.copyFailed') : ''}
      </Text>
      <Text size="sm">
        {t('share.yourLink')}{' '}
        <Anchor href={link.url} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: 'anywhere' }}>
          {link.url}
        </Anchor>
      </Text>

      <Tabs value={language} onChange={(value) => isLocale(value) && setLanguage(value)}>
        <Tabs.List aria-label={t('share.textLanguage')}>
          <Tabs.Tab value="nl" lang="nl">
            {t('language.nl')}
          </Tabs.Tab>
          <Tabs.Tab value="en" lang="en">
            {t('language.en')}
          </Tabs.Tab>
        </Tabs.List>
        {(['nl', 'en'] as const).map((value) => (
          <Tabs.Panel key={value} value={value} pt="xs">
            <Stack gap="xs">
              <Textarea label={t('share.readyText')} value={link.texts[value]} readOnly rows={3} lang={value} />
              <div>
                <Button size="xs" variant="default" onClick={() => void copy('text')}>
                  {t('share.copyText')}
                </Button>
              </div>
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>

      <Group align="flex-start" gap="lg" wrap="wrap">
        <Stack gap={4} align="center">
          <Image src={svgDataUrl(link.qrSvg)} alt={t('share.qrAlt', { url: link.channels.qr })} w={160} h={160} fit="contain" />
          <Anchor href={svgDataUrl(link.qrSvg)} download={`kring-${link.code}.svg`} size="sm">
            {t('share.qrDownload')}
          </Anchor>
        </Stack>
        <ShareClicks clicks={link.clicks} />
      </Group>
    </Stack>
  );
}

function ShareClicks({ clicks }: { clicks: ShareLink['clicks'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} miw={180}>
      <Text fw={600} id="share-clicks">
        {t('share.clicksTotal', { count: clicks.total, formatted: formatNumber(clicks.total) })}
      </Text>
      <dl aria-labelledby="share-clicks" style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto auto', gap: '2px 16px' }}>
        {[...CHANNELS, 'direct'].map((channel) => (
          <div key={channel} style={{ display: 'contents' }}>
            <Text component="dt" size="sm" c="dimmed">
              {t(`share.channels.${channel}`)}
            </Text>
            <Text component="dd" size="sm" m={0} ta="right">
              {formatNumber(clicks.byChannel[channel] ?? 0)}
            </Text>
          </div>
        ))}
      </dl>
    </Stack>
  );
}
