import { isApiProblem } from '@kring/api-client';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PublicLayout } from '../../../app/layout/public-layout';
import { FormAlert } from '../../../lib/form-alert';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/use-page-title';
import { useConfirmTalentPoolSignup } from '../api/confirm-talent-pool-signup';
import { useLeaveTalentPool } from '../api/leave-talent-pool';
import { useRenewTalentPoolConsent } from '../api/renew-talent-pool-consent';
import { LinkInvalid, linkProblemReason } from '../components/link-invalid';

type Action = 'confirm' | 'renew' | 'leave';

/**
 * The pages behind the links in talent-pool mails. Opening the page does nothing: the person presses the
 * button (a POST), so mail scanners that fetch links cannot confirm or renew on their behalf.
 */
function TokenActionPage({ action }: { action: Action }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const confirm = useConfirmTalentPoolSignup();
  const renew = useRenewTalentPoolConsent();
  const leave = useLeaveTalentPool();
  const mutation = action === 'confirm' ? confirm : action === 'renew' ? renew : leave;
  const title = t(`ermPools.${action}.title`);
  usePageTitle(title);

  let content;
  if (!token) {
    content = <LinkInvalid reason="missing" />;
  } else if (mutation.isSuccess) {
    const { status, organisationName } = mutation.data;
    const keptUntil = 'keptUntil' in mutation.data ? mutation.data.keptUntil : null;
    const until = keptUntil ? formatDate(keptUntil, { length: 'long' }) : '';
    content = (
      <Alert color="teal" variant="light" title={t(`ermPools.${action}.${status}Title`)} role="status" aria-live="polite">
        <Text size="sm">{t(`ermPools.${action}.${status}`, { organisation: organisationName, until })}</Text>
      </Alert>
    );
  } else {
    const reason = isApiProblem(mutation.error) ? linkProblemReason(mutation.error.code) : null;
    content = reason ? (
      <LinkInvalid reason={reason} />
    ) : (
      <Stack gap="md">
        <Text>{t(`ermPools.${action}.intro`)}</Text>
        <FormAlert error={mutation.error} />
        <Button onClick={() => mutation.mutate(token)} loading={mutation.isPending} color={action === 'leave' ? 'red' : undefined}>
          {t(`ermPools.${action}.button`)}
        </Button>
      </Stack>
    );
  }
  return <PublicLayout title={title}>{content}</PublicLayout>;
}

export function ConfirmSignupPage() {
  return <TokenActionPage action="confirm" />;
}

export function RenewConsentPage() {
  return <TokenActionPage action="renew" />;
}

export function LeaveTalentPoolPage() {
  return <TokenActionPage action="leave" />;
}
