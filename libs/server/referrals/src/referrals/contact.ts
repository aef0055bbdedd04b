import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { normaliseEmail } from '@kring/shared-domain';

/** E.164 ("+31612345678"), reading national numbers as Dutch; null when it is not a valid number. */
export function normalisePhone(raw: string): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), 'NL');
  return parsed?.isValid() ? parsed.number : null;
}

export { normaliseEmail };
