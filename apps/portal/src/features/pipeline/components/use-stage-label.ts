import type { Stage } from '@kring/shared-domain';
import { useTranslation } from 'react-i18next';
import { useStageNames } from '../api/get-stage-names';

/** The organisation's name for a stage in the UI language, falling back to Kring's own. */
export function useStageLabel(): (stage: Stage) => string {
  const { t, i18n } = useTranslation();
  const names = useStageNames();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  return (stage) => names.data?.[language]?.[stage] ?? t(`pipeline.stages.${stage}`);
}
