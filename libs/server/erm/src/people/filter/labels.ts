export const MAX_LABELS = 50;
export const MAX_LABEL_LENGTH = 60;

/** Tags and skills: trimmed, inner whitespace collapsed, lower-case, duplicates dropped, empties dropped. Non-arrays pass through for the validator. */
export function normaliseLabels(value: unknown): unknown {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return value;
  const seen = new Set<string>();
  for (const raw of value as string[]) {
    const label = raw.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
    if (label) seen.add(label);
  }
  return [...seen];
}

/** A query-string list: `?tags=a&tags=b` or `?tags=a,b`. */
export function queryList(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((v) => (typeof v === 'string' ? v.split(',') : [v])).map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '');
}
