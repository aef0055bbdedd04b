/** Dates as the organisation reads them: in Dutch time, whatever the device's zone. */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(
    new Date(iso),
  );
}

export function formatHours(min: number | null, max: number | null, language: string): string | null {
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL');
  if (min !== null && max !== null) return min === max ? number.format(min) : `${number.format(min)}–${number.format(max)}`;
  if (min !== null) return `≥ ${number.format(min)}`;
  if (max !== null) return `≤ ${number.format(max)}`;
  return null;
}
