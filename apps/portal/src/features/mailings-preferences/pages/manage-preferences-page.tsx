import { isApiProblem } from '@kring/api-client';
import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PublicLayout } from '../../../app/layout/public-layout';
import { FormAlert } from '../../../lib/form-alert';
import { usePageTitle } from '../../../lib/use-page-title';
import { useLinkMailPreferences } from '../api/lookup-mail-preferences';
import { useUpdateMailPreferences } from '../api/update-mail-preferences';
import { LinkMatchingConsentSection } from '../components/link-matching-consent-section';
import { TopicSwitches } from '../components/topic-switches';

/**
 * The preference centre behind the link in every bulk mail: no login, the signed link is the credential. The mail
 * topics, and the consent to be found for vacancies when the person has one on record.
 */
export function ManagePreferencesPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const lookup = useLinkMailPreferences(token);
  const update = useUpdateMailPreferences();
  const title = t('mailingsPreferences.title');
  usePageTitle(title);

  let content;
  if (!token || (lookup.isError && isApiProblem(lookup.error) && (lookup.error.status === 404 || lookup.error.status === 400))) {
    content = (
      <Alert color="orange" variant="light" role="alert">
        {t('mailingsPreferences.invalid')}
      </Alert>
    );
  } else if (lookup.isPending) {
    content = (
      <Center role="status" aria-live="polite">
        <Loader aria-label={t('mailingsPreferences.loading')} />
      </Center>
    );
  } else if (lookup.isError) {
    content = <FormAlert error={lookup.error} />;
  } else {
    content = (
      <Stack gap="md">
        <Text>{t('mailingsPreferences.intro', { firstName: lookup.data.firstName, organisation: lookup.data.organisationName })}</Text>
        <TopicSwitches
          topics={lookup.data.topics}
          suppressed={lookup.data.suppressed}
          pending={update.isPending}
          saved={update.isSuccess}
          onSave={(choice) => update.mutate({ token, ...choice })}
        />
        <FormAlert error={update.error} />
        {/* Only for people who were asked for it (a consent row exists): otherwise the page says nothing about matching. */}
        {lookup.data.matching ? <LinkMatchingConsentSection token={token} organisationName={lookup.data.organisationName} consent={lookup.data.matching} /> : null}
      </Stack>
    );
  }
  return <PublicLayout title={title}>{content}</PublicLayout>;
}
