import { isLocale } from '@kring/shared-domain';
import { useEffect } from 'react';
import { useSession } from '../../features/auth/api/get-session';
import { changeLanguage } from '../../lib/i18n';

/** When someone is signed in, the language stored in their account wins. */
export function LanguageSync() {
  const { data: session } = useSession();
  const locale = session?.user.locale;
  useEffect(() => {
    if (isLocale(locale)) void changeLanguage(locale);
  }, [locale]);
  return null;
}
