import { Button, Group, Stack, Text } from '@mantine/core';
import type { SkillSearchResult } from '../api/types';

interface Props {
  hits: SkillSearchResult[];
  /** Already on the profile (or chosen): shown as `presentText` instead of the add button. */
  isPresent: (uri: string) => boolean;
  onAdd: (hit: SkillSearchResult) => void;
  disabled?: boolean;
  texts: {
    /** The list's accessible name. */
    results: string;
    /** Under a hit found through another label than its preferred one. */
    matched: (label: string) => string;
    presentText: string;
    addText: string;
    /** The add button's accessible name. */
    addLabel: (label: string) => string;
  };
}

/** The hits of an ESCO skill search, each with an add button: "Mijn vaardigheden" and HR's skills panel. */
export function SkillHits({ hits, isPresent, onAdd, disabled, texts }: Props) {
  return (
    <Stack component="ul" gap={4} p={0} m={0} aria-label={texts.results} style={{ listStyle: 'none' }}>
      {hits.map((hit) => (
        <li key={hit.uri} aria-label={hit.label}>
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={0}>
              <Text size="sm">{hit.label}</Text>
              {hit.matchedLabel !== hit.label ? (
                <Text size="xs" c="dimmed">
                  {texts.matched(hit.matchedLabel)}
                </Text>
              ) : null}
            </Stack>
            {isPresent(hit.uri) ? (
              <Text size="xs" c="teal">
                {texts.presentText}
              </Text>
            ) : (
              <Button size="xs" variant="light" disabled={disabled} aria-label={texts.addLabel(hit.label)} onClick={() => onAdd(hit)}>
                {texts.addText}
              </Button>
            )}
          </Group>
        </li>
      ))}
    </Stack>
  );
}
