import { Anchor, Text } from '@mantine/core';
import { safeOnlineUrl } from './format-event';

/** The event's online address: a link that opens in a new tab when it is https, plain text otherwise. */
export function OnlineLink({ url, dimmed = false }: { url: string; dimmed?: boolean }) {
  const href = safeOnlineUrl(url);
  return href ? (
    <Anchor href={href} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: 'anywhere' }}>
      {url}
    </Anchor>
  ) : (
    <Text c={dimmed ? 'dimmed' : undefined} style={{ overflowWrap: 'anywhere' }}>
      {url}
    </Text>
  );
}
