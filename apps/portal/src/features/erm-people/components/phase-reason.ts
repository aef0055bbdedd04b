import type { TFunction } from 'i18next';

/**
 * The reason stored with a phase change, readable: an offboarding stores the leaving reason as a code
 * (`end_of_contract`, ...), which is translated; a reason typed by HR is shown as it was written.
 */
export function phaseReasonText(t: TFunction, cause: string | null | undefined, reason: string | null | undefined): string | null {
  if (!reason) return null;
  if (cause === 'offboarded' || /^[a-z]+(_[a-z]+)+$/.test(reason)) return t(`ermOffboarding.reasons.${reason}`, { defaultValue: reason });
  return reason;
}
