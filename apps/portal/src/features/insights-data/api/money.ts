import { currentLanguage } from '../../../lib/i18n';

/**
 * Euros as typed by people to whole cents, without floating point. In Dutch "1.250,50", in English "1,250.50";
 * in both "1250.5", "1250,50" and "€ 750" (one separator with one or two digits after it is the decimal one).
 * A separator followed by three digits is read as thousands only in the UI language's notation; the other reading
 * ("12,345" in Dutch) is ambiguous and refused. Null when the text is not an amount.
 */
export function eurosToCents(text: string, language: string = currentLanguage()): number | null {
  const value = text.replace(/[\s\u00a0€]/g, '');
  const [thousands, decimal] = language === 'en' ? [',', '.'] : ['.', ','];
  const grouped = new RegExp(`^(\\d{1,3}(?:\\${thousands}\\d{3})+)(?:\\${decimal}(\\d{1,2}))?$`).exec(value);
  const plain = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(value);
  const match = grouped ?? plain;
  if (!match) return null;
  const cents = Number(match[1].split(thousands).join('')) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Cents as the amount field shows them for editing: "1250,50" (nl) or "1250.50" (en), no thousands separators. */
export function centsToEuroText(cents: number, language: string): string {
  const text = `${Math.floor(cents / 100)}${cents % 100 ? `.${String(cents % 100).padStart(2, '0')}` : ''}`;
  return language === 'en' ? text : text.replace('.', ',');
}
