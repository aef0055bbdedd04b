import { Alert, Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { KpiMissing } from '../api/types';
import { MISSING_LINKS } from '../lib/kpi-catalogue';
import { useKpiLabels } from '../lib/labels';

/** Which data is absent for this KPI in the period, and where HR adds it. */
export function MissingData({ codes }: { codes: KpiMissing[] }) {
  const { t } = useKpiLabels();
  if (!codes.length) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      role="note"
      title={t('insightsDashboard.missing.title')}
      // The light yellow title colour is below AA contrast on its background; body text colour is not.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <List size="sm" spacing={4}>
        {codes.map((code) => {
          const to = MISSING_LINKS[code];
          return (
            <List.Item key={code}>
              <Text size="sm" span>
                {t(`insightsDashboard.missing.codes.${code}.text`)}{' '}
              </Text>
              {to ? (
                <Anchor component={Link} to={to} size="sm">
                  {t(`insightsDashboard.missing.codes.${code}.link`)}
                </Anchor>
              ) : null}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
