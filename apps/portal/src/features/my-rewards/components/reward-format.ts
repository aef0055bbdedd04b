import { formatNumber } from '../../../lib/format';

/** Cents of a currency as money in the UI language: "€ 1.234,56" (nl), "€1,234.56" (en). */
export function formatMoney(cents: number, currency: string): string {
  return formatNumber(cents / 100, { style: 'currency', currency });
}

/** Why nothing is paid: a system code (translated) or HR's own words, shown as written. */
export function cancelReasonText(
  t: (key: string) => string,
  reward: { cancelReason: string | null; cancelledBySystem: boolean },
): string | null {
  if (!reward.cancelReason) return null;
  if (!reward.cancelledBySystem) return reward.cancelReason;
  const key = `rewards.cancelReasons.${reward.cancelReason}`;
  const text = t(key);
  return text === key ? t('rewards.cancelReasons.other') : text;
}

/** "€ 500,00 · 50 punten", "€ 500,00" or "50 punten": what a reward is worth. */
export function rewardValue(
  t: (key: string, options?: Record<string, unknown>) => string,
  reward: { amountCents: number; currency: string; points: number },
): string {
  const parts: string[] = [];
  if (reward.amountCents > 0) parts.push(formatMoney(reward.amountCents, reward.currency));
  if (reward.points > 0) parts.push(t('rewards.pointsValue', { count: reward.points, formatted: formatNumber(reward.points) }));
  return parts.join(' · ') || formatMoney(0, reward.currency);
}
