import type { Stage } from '@kring/shared-domain';
import { Badge } from '@mantine/core';

const COLORS: Record<Stage, string> = {
  new: 'blue',
  screening: 'cyan',
  interview: 'indigo',
  offer: 'violet',
  hired: 'teal',
  rejected: 'red',
  withdrawn: 'gray',
};

/** The stage in the organisation's own words. */
export function StageBadge({ stage, name }: { stage: Stage; name: string }) {
  return (
    <Badge color={COLORS[stage]} variant="filled" autoContrast miw="fit-content" styles={{ label: { overflow: 'visible' } }}>
      {name}
    </Badge>
  );
}
