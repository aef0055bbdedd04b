import { Badge } from '@mantine/core';
import type { Stage } from '../api/types';
import { useStageLabel } from './use-stage-label';

const COLORS: Record<Stage, string> = {
  new: 'blue',
  screening: 'cyan',
  interview: 'indigo',
  offer: 'violet',
  hired: 'teal',
  rejected: 'red',
  withdrawn: 'gray',
};

export function StageBadge({ stage }: { stage: Stage }) {
  const stageLabel = useStageLabel();
  return (
    <Badge color={COLORS[stage]} variant="light" autoContrast miw="fit-content" styles={{ label: { overflow: 'visible' } }}>
      {stageLabel(stage)}
    </Badge>
  );
}
