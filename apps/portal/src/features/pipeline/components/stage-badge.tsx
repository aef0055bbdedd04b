import type { Stage } from '@kring/shared-domain';
import { StageBadge as Badge } from '../../../components/stage-badge';
import { useStageLabel } from './use-stage-label';

/** A stage as HR sees it, named from the organisation's stage names. */
export function StageBadge({ stage }: { stage: Stage }) {
  const stageLabel = useStageLabel();
  return <Badge stage={stage} name={stageLabel(stage)} />;
}
