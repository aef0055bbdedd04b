import { Button, Checkbox, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { STAY_IN_TOUCH_PURPOSES, type StayInTouchConsent, type StayInTouchPurpose } from '../api/types';

interface Props {
  consents: readonly StayInTouchConsent[];
  pending: boolean;
  saved: boolean;
  onSave: (purposes: StayInTouchPurpose[]) => void;
}

/** One checkbox per stay-in-touch purpose (newsletter, job alerts, events); saving grants the ticked ones for 24 months. */
export function StayInTouchChoices({ consents, pending, saved, onSave }: Props) {
  const { t } = useTranslation();
  // Starts from the stored consents; after saving, the server answers with what was chosen.
  const [chosen, setChosen] = useState<StayInTouchPurpose[]>(() => consents.filter((c) => c.granted).map((c) => c.purpose));

  return (
    <form
      noValidate
      aria-label={t('ermOffboarding.stayInTouch.formLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(chosen);
      }}
    >
      <Stack gap="sm">
        <Checkbox.Group value={chosen} onChange={(value) => setChosen(value as StayInTouchPurpose[])} label={t('ermOffboarding.stayInTouch.question')}>
          <Stack gap="xs" mt="xs">
            {STAY_IN_TOUCH_PURPOSES.map((purpose) => {
              const consent = consents.find((c) => c.purpose === purpose);
              return (
                <Checkbox
                  key={purpose}
                  value={purpose}
                  label={t(`ermOffboarding.purposes.${purpose}`)}
                  description={consent?.granted && consent.expiresAt ? t('ermOffboarding.stayInTouch.until', { date: formatDate(consent.expiresAt) }) : t(`ermOffboarding.purposeHelp.${purpose}`)}
                />
              );
            })}
          </Stack>
        </Checkbox.Group>
        <Text size="xs" c="dimmed">
          {t('ermOffboarding.stayInTouch.privacy')}
        </Text>
        <div>
          <Button type="submit" loading={pending}>
            {t('ermOffboarding.stayInTouch.save')}
          </Button>
        </div>
        {saved ? (
          <Text size="sm" c="teal.8" role="status">
            {t('ermOffboarding.stayInTouch.saved')}
          </Text>
        ) : null}
      </Stack>
    </form>
  );
}
