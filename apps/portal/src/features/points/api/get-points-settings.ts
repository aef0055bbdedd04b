import { type components, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { pointsKeys } from './keys';

export type PointsSettings = components['schemas']['PointsSettingsOutput'];

/** Points per event and the levels (the defaults until HR changes them). */
export async function getPointsSettings(): Promise<PointsSettings> {
  return unwrap(await api.GET('/api/points/settings'));
}

export const getPointsSettingsQueryOptions = () => queryOptions({ queryKey: pointsKeys.settings(), queryFn: getPointsSettings });

export function usePointsSettings() {
  return useQuery(getPointsSettingsQueryOptions());
}
