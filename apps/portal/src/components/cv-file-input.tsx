import { FileInput } from '@mantine/core';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CV_ACCEPT } from '../lib/cv';
import { fieldMessage } from '../lib/problems';

interface Props<T extends FieldValues> {
  control: Control<T>;
  /** The form field holding a `File | null`. */
  name: Path<T>;
  label: string;
}

/** The optional CV upload of the referral, consent and application forms; its error is the field's (translated). */
export function CvFileInput<T extends FieldValues>({ control, name, label }: Props<T>) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FileInput
          ref={field.ref}
          name={field.name}
          label={label}
          description={t('cv.hint')}
          placeholder={t('cv.placeholder')}
          accept={CV_ACCEPT}
          clearable
          clearButtonProps={{ 'aria-label': t('cv.clear') }}
          value={field.value ?? null}
          onChange={(file) => field.onChange(file)}
          onBlur={field.onBlur}
          error={fieldMessage(t, fieldState.error?.message)}
        />
      )}
    />
  );
}
