import { Switch } from '@mantine/core';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

interface Props<T extends FieldValues, O> {
  control: Control<T, unknown, O>;
  /** The boolean field: may the referrer read the rejection reason? */
  name: Path<T>;
}

/** Whether a rejection reason is shared with the referrer (single and bulk rejection). */
export function ShareReasonSwitch<T extends FieldValues, O>({ control, name }: Props<T, O>) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Switch
          ref={field.ref}
          name={field.name}
          label={t('pipeline.fields.shareReason')}
          description={t('pipeline.shareReasonHelp')}
          checked={field.value}
          onChange={(event) => field.onChange(event.currentTarget.checked)}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
