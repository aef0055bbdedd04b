import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A calendar day typed the Dutch way ("29-03-2027", also "29/3/2027" or "29.3.2027") or as ISO ("2027-03-29"):
 * the ISO day (yyyy-mm-dd), or null when the text is not an existing day.
 */
export function parseDayInput(text: string): string | null {
  const value = text.trim();
  let day: number, month: number, year: number;
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (dutch) [day, month, year] = [Number(dutch[1]), Number(dutch[2]), Number(dutch[3])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An ISO day as it is typed: "2027-03-29" → "29-03-2027". */
export function formatDayInput(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}

/**
 * A date field that reads dd-mm-jjjj in every browser (a native date input follows the browser's language, so a Dutch
 * page could ask for mm/dd/yyyy). Reports the ISO day, or '' while the text is empty or not a day.
 */
export function DayInput({
  label,
  value,
  onChange,
  required,
  error,
}: {
  label: string;
  value: string;
  onChange: (iso: string) => void;
  required?: boolean;
  error?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ? formatDayInput(value) : '');
  const [touched, setTouched] = useState(false);
  const invalid = touched && text.trim() !== '' && parseDayInput(text) === null;
  return (
    <TextInput
      label={label}
      required={required}
      placeholder={t('ermPreboarding.dayInput.placeholder')}
      description={t('ermPreboarding.dayInput.hint')}
      inputMode="numeric"
      autoComplete="off"
      value={text}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        onChange(parseDayInput(next) ?? '');
      }}
      onBlur={() => setTouched(true)}
      error={invalid ? t('ermPreboarding.validation.date') : error}
    />
  );
}
