import { type components, unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import type { PointsSettings } from './get-points-settings';
import { pointsKeys } from './keys';

type PointsSettingsInput = components['schemas']['PointsSettingsInput'];

/** The server's limits (libs/server/rewards/src/points/points-settings.ts and inputs/points.input.ts). */
export const MAX_POINT_VALUE = 10_000;
export const MAX_LEVEL_THRESHOLD = 10_000_000;
export const MAX_LEVELS = 10;
export const MAX_LEVEL_NAME = 40;

/** The events that earn points, in the order of a referral's life. */
export const POINTS_EVENT_KINDS = ['share', 'referral', 'interview', 'hire'] as const satisfies readonly (keyof PointsSettingsInput['values'])[];

/** A NumberInput's value: a number, '' when empty, or a string while typing. */
const numberish = z.union([z.number(), z.string()]);

function toNumber(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  const text = value.replace(/\s/g, '');
  return text === '' ? null : Number(text);
}

/** A whole number from 0 to `max`; empty is required. */
const wholeNumber = (max: number, message: string) =>
  numberish.transform((value, ctx) => {
    const parsed = toNumber(value);
    if (parsed === null) {
      ctx.addIssue({ code: 'custom', message: 'validation.required' });
      return z.NEVER;
    }
    if (!Number.isInteger(parsed) || parsed < 0 || parsed > max) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return parsed;
  });

const levelName = z.string().trim().min(1, { error: 'validation.required' }).max(MAX_LEVEL_NAME, { error: 'validation.tooLong' });

const level = z.object({
  threshold: wholeNumber(MAX_LEVEL_THRESHOLD, 'points.settings.validation.threshold'),
  nameNl: levelName,
  nameEn: levelName,
});

const pointValue = wholeNumber(MAX_POINT_VALUE, 'points.settings.validation.value');

/**
 * The settings form, mirroring the server: whole points 0–10.000 per event; 1–10 levels with names of 1–40 characters,
 * unique per language (case-insensitive), the first threshold 0 and each next one higher.
 */
export const pointsSettingsFormSchema = z
  .object({
    values: z.object({ share: pointValue, referral: pointValue, interview: pointValue, hire: pointValue }),
    levels: z
      .array(level)
      .min(1, { error: 'points.settings.validation.levelsRequired' })
      .max(MAX_LEVELS, { error: 'points.settings.validation.levelsMax' }),
  })
  .superRefine(
    (settings, ctx) => {
      // Runs also when some fields failed (`when` below), so each value is checked before it is compared.
      const levels: readonly Partial<Record<'threshold' | 'nameNl' | 'nameEn', unknown>>[] = Array.isArray(settings.levels) ? settings.levels : [];
      const nl = new Set<string>();
      const en = new Set<string>();
      levels.forEach((item, index) => {
        const threshold = typeof item.threshold === 'number' ? item.threshold : null;
        const previous = levels[index - 1]?.threshold;
        if (index === 0 && threshold !== null && threshold !== 0) {
          ctx.addIssue({ code: 'custom', path: ['levels', 0, 'threshold'], message: 'points.settings.validation.firstThreshold' });
        }
        if (index > 0 && threshold !== null && typeof previous === 'number' && threshold <= previous) {
          ctx.addIssue({ code: 'custom', path: ['levels', index, 'threshold'], message: 'points.settings.validation.ascending' });
        }
        for (const [name, seen] of [['nameNl', nl], ['nameEn', en]] as const) {
          const value = typeof item[name] === 'string' ? item[name].trim().toLowerCase() : '';
          if (!value) continue;
          if (seen.has(value)) ctx.addIssue({ code: 'custom', path: ['levels', index, name], message: 'points.settings.validation.nameTaken' });
          seen.add(value);
        }
      });
    },
    { when: () => true },
  );
export type PointsSettingsFormValues = z.input<typeof pointsSettingsFormSchema>;
export type PointsSettingsFormOutput = z.output<typeof pointsSettingsFormSchema>;
export type LevelFormValues = PointsSettingsFormValues['levels'][number];

/** A new level above the last one. */
export function newLevel(previous: LevelFormValues | undefined): LevelFormValues {
  const last = previous ? toNumber(previous.threshold) : null;
  return { threshold: last === null || Number.isNaN(last) ? '' : last + 100, nameNl: '', nameEn: '' };
}

export function settingsFormValues(settings: PointsSettings): PointsSettingsFormValues {
  return { values: { ...settings.values }, levels: settings.levels.map((item) => ({ ...item })) };
}

/** Change points per event (for new events only) and the levels (for everyone at once). */
export async function setPointsSettings(input: PointsSettingsInput): Promise<PointsSettings> {
  return unwrap(await api.PUT('/api/points/settings', { body: input }));
}

export function useSetPointsSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setPointsSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(pointsKeys.settings(), settings);
      // Levels apply to everyone's points at once.
      return queryClient.invalidateQueries({ queryKey: pointsKeys.mine() });
    },
  });
}
