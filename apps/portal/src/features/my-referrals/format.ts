const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}:${withTime}`;
  let value = formats.get(key);
  if (!value) {
    value = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone: 'Europe/Amsterdam',
    });
    formats.set(key, value);
  }
  return value;
}

/** In Dutch time, whatever the device's zone. */
export function formatDate(iso: string, language: string, { withTime = false } = {}): string {
  return format(language, withTime).format(new Date(iso));
}
