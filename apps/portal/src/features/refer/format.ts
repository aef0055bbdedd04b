/** A calendar day (YYYY-MM-DD or an instant) in words, in Dutch time. */
export function formatDate(value: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(
    new Date(value),
  );
}
