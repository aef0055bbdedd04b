import { isApiProblem } from '@kring/api-client';
import { Alert, Anchor, Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PublicLayout } from '../../../app/layout/public-layout';
import { FormAlert } from '../../../lib/form-alert';
import { usePageTitle } from '../../../lib/use-page-title';
import { useStayInTouch } from '../api/lookup-stay-in-touch';
import { useSubmitStayInTouch } from '../api/submit-stay-in-touch';
import { StayInTouchChoices } from '../components/stay-in-touch-choices';

/** The leaver's page from the stay-in-touch mail: tick what to hear about; alumni with an account can sign in. */
export function StayInTouchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const lookup = useStayInTouch(token);
  const submit = useSubmitStayInTouch();
  const title = t('ermOffboarding.stayInTouch.title');
  usePageTitle(title);

  let content;
  if (!token || (lookup.isError && isApiProblem(lookup.error) && (lookup.error.status === 410 || lookup.error.status === 400))) {
    content = (
      <Alert color="orange" variant="light" role="alert">
        {t('ermOffboarding.stayInTouch.invalid')}
      </Alert>
    );
  } else if (lookup.isPending) {
    content = (
      <Center role="status" aria-live="polite">
        <Loader aria-label={t('ermOffboarding.loading')} />
      </Center>
    );
  } else if (lookup.isError) {
    content = <FormAlert error={lookup.error} />;
  } else {
    content = (
      <Stack gap="md">
        <Text>{t('ermOffboarding.stayInTouch.intro', { firstName: lookup.data.firstName, organisation: lookup.data.organisationName })}</Text>
        <StayInTouchChoices
          consents={lookup.data.consents}
          pending={submit.isPending}
          saved={submit.isSuccess}
          onSave={(purposes) => submit.mutate({ token, purposes })}
        />
        <FormAlert error={submit.error} />
        {lookup.data.canSignIn ? (
          <Text size="sm">
            {t('ermOffboarding.stayInTouch.signInIntro')}{' '}
            <Anchor component={Link} to="/login">
              {t('ermOffboarding.stayInTouch.signIn')}
            </Anchor>
          </Text>
        ) : null}
      </Stack>
    );
  }
  return <PublicLayout title={title}>{content}</PublicLayout>;
}
