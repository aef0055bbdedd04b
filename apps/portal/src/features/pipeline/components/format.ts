const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days between a moment and now. */
export function daysSince(iso: string, now: number): number {
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / DAY_MS));
}
