import { isApiProblem } from '@kring/api-client';
import { Alert, Center, Divider, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PublicLayout } from '../../../app/layout/public-layout';
import { FormAlert } from '../../../lib/form-alert';
import { usePageTitle } from '../../../lib/use-page-title';
import { useTalentPoolForm } from '../api/get-talent-pool-form';
import { PrivacyNotice } from '../components/privacy-notice';
import { SignupForm } from '../components/signup-form';

/** /join/:slug — the public "keep me posted" form of an organisation. */
export function JoinPage() {
  const { t } = useTranslation();
  const slug = useParams().slug ?? '';
  const info = useTalentPoolForm(slug);
  const title = info.data ? t('ermPools.join.title', { organisation: info.data.organisationName }) : t('ermPools.join.titleGeneric');
  usePageTitle(title);

  let content;
  if (info.isPending) {
    content = (
      <Center role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  } else if (info.isError) {
    content =
      isApiProblem(info.error) && (info.error.status === 404 || info.error.status === 400) ? (
        <Alert color="orange" variant="light" role="alert">
          <Text size="sm">{t('ermPools.join.unknown')}</Text>
        </Alert>
      ) : (
        <FormAlert error={info.error} />
      );
  } else {
    content = (
      <Stack gap="lg">
        <Text>{t('ermPools.join.intro', { organisation: info.data.organisationName })}</Text>
        <SignupForm slug={slug} form={info.data} />
        <Divider />
        <PrivacyNotice form={info.data} />
      </Stack>
    );
  }
  return <PublicLayout title={title}>{content}</PublicLayout>;
}
