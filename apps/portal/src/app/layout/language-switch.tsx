import { LOCALES, type Locale, isLocale } from '@kring/shared-domain';
import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../features/auth/api/get-session';
import { useUpdateMe } from '../../features/auth/api/update-me';
import { changeLanguage } from '../../lib/i18n';

/** NL/EN switch: applies at once, remembers it on the device and, when signed in, in the account. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { data: session } = useSession();
  const updateMe = useUpdateMe();

  const select = (value: string) => {
    if (!isLocale(value) || value === i18n.language) return;
    void changeLanguage(value);
    if (session) {
      updateMe.mutate(
        { locale: value },
        { onError: () => notifications.show({ color: 'orange', message: t('language.saveFailed') }) },
      );
    }
  };

  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={isLocale(i18n.language) ? i18n.language : 'nl'}
      onChange={select}
      data={LOCALES.map((locale: Locale) => ({
        value: locale,
        label: (
          <span lang={locale}>
            <span aria-hidden="true">{locale.toUpperCase()}</span>
            <VisuallyHidden>{t(`language.${locale}`)}</VisuallyHidden>
          </span>
        ),
      }))}
    />
  );
}
