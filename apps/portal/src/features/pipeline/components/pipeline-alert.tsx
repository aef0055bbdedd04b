import { isApiProblem } from '@kring/api-client';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';

/** Problem codes of the pipeline with their own message; everything else goes to the general alert. */
export const PIPELINE_PROBLEM_CODES = new Set(['invalid_stage_change']);

export function PipelineAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiProblem(error) && PIPELINE_PROBLEM_CODES.has(error.code)) {
    return (
      <Alert color="red" variant="light" role="alert">
        <Text size="sm">{t(`pipeline.problems.${error.code}`)}</Text>
      </Alert>
    );
  }
  return <FormAlert error={error} />;
}
