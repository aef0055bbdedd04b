import { fieldMessage } from '../../../lib/problems';

/** Like fieldMessage, but also translates this feature's own validation keys. */
export function translateFieldError(t: (key: string) => string, message: string | undefined): string | undefined {
  if (message?.startsWith('programmes.')) return t(message);
  return fieldMessage(t, message);
}
