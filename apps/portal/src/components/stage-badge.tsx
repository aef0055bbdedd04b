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

interface Props {
  stage: Stage;
  /** The stage's name, in the organisation's own words. */
  name: string;
  variant?: 'light' | 'filled';
}

/** A pipeline stage, in the same colour wherever it is shown (HR's pipeline, the referrer's own referrals). */
export function StageBadge({ stage, name, variant = 'light' }: Props) {
  return (
    <Badge color={COLORS[stage]} variant={variant} autoContrast miw="fit-content" styles={{ label: { overflow: 'visible' } }}>
      {name}
    </Badge>
  );
}
