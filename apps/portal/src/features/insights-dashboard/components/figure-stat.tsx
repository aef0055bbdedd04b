import { Paper, Text } from '@mantine/core';
import type { KpiFigure } from '../api/types';
import { deltaOf } from '../lib/format';
import { useKpiLabels } from '../lib/labels';

const ARROWS = { up: '▲', down: '▼', same: '=' } as const;

/** One headline number with its change from the previous period, in words (the arrow only repeats them). */
export function FigureStat({ kpiId, figure }: { kpiId: string; figure: KpiFigure }) {
  const { t, value, figureLabel } = useKpiLabels();
  const delta = deltaOf(figure.current, figure.previous);
  const previous = value(figure.previous, figure.unit);
  let comparison: string;
  if (!delta) comparison = t('insightsDashboard.delta.none', { previous });
  else if (delta.direction === 'same') comparison = t('insightsDashboard.delta.same', { previous });
  else {
    const change = figure.unit === 'percent' ? t('insightsDashboard.delta.points', { value: value(delta.change, 'count') }) : value(delta.change, figure.unit);
    comparison = t(`insightsDashboard.delta.${delta.direction}`, { change, previous });
  }
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="dimmed" fw={500}>
        {figureLabel(kpiId, figure.key)}
      </Text>
      <Text fz={26} fw={700} lh={1.3}>
        {value(figure.current, figure.unit)}
      </Text>
      <Text size="xs" c="dimmed">
        {delta ? <span aria-hidden="true">{ARROWS[delta.direction]} </span> : null}
        {comparison}
      </Text>
    </Paper>
  );
}
