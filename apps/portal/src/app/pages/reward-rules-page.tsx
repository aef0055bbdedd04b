import { Alert, Anchor, Button, Center, Group, Loader, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useVacancies } from '../../features/manage-vacancies/api/list-vacancies';
import { useProgramme } from '../../features/programmes/api/get-programme';
import { useCloseRewardRule } from '../../features/reward-rules/api/close-reward-rule';
import { useRewardRules } from '../../features/reward-rules/api/list-reward-rules';
import { RewardRuleForm } from '../../features/reward-rules/components/reward-rule-form';
import { RuleHistory } from '../../features/reward-rules/components/rule-history';
import { FormAlert } from '../../lib/form-alert';
import { problemMessageKey } from '../../lib/problems';
import { usePageTitle } from '../../lib/use-page-title';

/** HR: a programme's reward rules (the default and per-vacancy overrides) and their version history. */
export function RewardRulesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const programme = useProgramme(id);
  const rules = useRewardRules(id);
  const vacancies = useVacancies({ page: 1, pageSize: 100 });
  const close = useCloseRewardRule();
  const [scope, setScope] = useState('');
  usePageTitle(programme.data ? t('rewardRules.titleFor', { programme: programme.data.name }) : t('rewardRules.title'));

  const back = (
    <Anchor component={Link} to={`/manage/programmes/${id}`} size="sm">
      {t('rewardRules.backToProgramme')}
    </Anchor>
  );

  if (programme.isPending || rules.isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (programme.isError || rules.isError) {
    const failed = programme.isError ? programme : rules;
    return (
      <Stack gap="lg">
        {back}
        <Alert color="red" variant="light" title={t('rewardRules.loadFailed')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t(problemMessageKey(failed.error))}</Text>
            <Button size="xs" variant="light" onClick={() => void failed.refetch()}>
              {t('rewards.retry')}
            </Button>
          </Stack>
        </Alert>
      </Stack>
    );
  }

  const vacancyItems = (vacancies.data?.items ?? []).filter(
    (vacancy) => programme.data.vacancyScope !== 'selected' || programme.data.vacancyIds.includes(vacancy.id),
  );
  const vacancyNames = new Map((vacancies.data?.items ?? []).map((vacancy) => [vacancy.id, vacancy.title]));
  const current = rules.data.filter((rule) => rule.current);
  const programmeDefault = current.find((rule) => rule.vacancyId === null);
  const override = scope ? current.find((rule) => rule.vacancyId === scope) : undefined;
  const editing = scope ? (override ?? programmeDefault) : programmeDefault;

  return (
    <Stack gap="lg" maw={1100}>
      {back}
      <Stack gap={4}>
        <Title order={1}>{t('rewardRules.titleFor', { programme: programme.data.name })}</Title>
        <Text c="dimmed">{t('rewardRules.intro')}</Text>
      </Stack>
      <Alert color="yellow" variant="light" title={t('rewardRules.versionsTitle')}>
        <Text size="sm">{t('rewardRules.versionsExplain')}</Text>
      </Alert>

      <Paper withBorder p="md" component="section" aria-labelledby="rule-editor-title">
        <Stack gap="md">
          <Title order={2} size="h3" id="rule-editor-title">
            {t('rewardRules.editorTitle')}
          </Title>
          <NativeSelect
            label={t('rewardRules.scope')}
            description={t('rewardRules.scopeHelp')}
            value={scope}
            onChange={(event) => setScope(event.currentTarget.value)}
            data={[
              { value: '', label: t('rewardRules.programmeDefault') },
              ...vacancyItems.map((vacancy) => ({
                value: vacancy.id,
                label: current.some((rule) => rule.vacancyId === vacancy.id)
                  ? t('rewardRules.overrideFor', { vacancy: vacancy.title })
                  : t('rewardRules.newOverrideFor', { vacancy: vacancy.title }),
              })),
            ]}
            maw={520}
          />
          {!programmeDefault && !scope ? (
            <Text size="sm" role="status">
              {t('rewardRules.noRuleYet')}
            </Text>
          ) : null}
          {scope && !override ? (
            <Text size="sm" role="status">
              {t('rewardRules.overrideStartsFromDefault')}
            </Text>
          ) : null}
          {override ? (
            <Group gap="sm">
              <FormAlert error={close.error} />
              <Button
                variant="subtle"
                color="red"
                size="xs"
                loading={close.isPending}
                onClick={() =>
                  close.mutate(override.id, {
                    onSuccess: () => notifications.show({ color: 'teal', message: t('rewardRules.overrideClosed') }),
                  })
                }
              >
                {t('rewardRules.closeOverride')}
              </Button>
            </Group>
          ) : null}
          <RewardRuleForm key={`${scope}:${editing?.id ?? 'new'}`} programmeId={id} vacancyId={scope || null} rule={editing} />
        </Stack>
      </Paper>

      <Stack component="section" aria-labelledby="rule-history-title" gap="sm">
        <Title order={2} size="h3" id="rule-history-title">
          {t('rewardRules.history')}
        </Title>
        {rules.data.length === 0 ? (
          <Text role="status">{t('rewardRules.historyEmpty')}</Text>
        ) : (
          <RuleHistory rules={rules.data} vacancyNames={vacancyNames} />
        )}
      </Stack>
    </Stack>
  );
}
