import type { Vacancy } from '@kring/api-client';
import type { VacancyStatus } from '@kring/shared-domain';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { NEXT_STATUSES, statusChange, useUpdateVacancy } from '../api/update-vacancy';

/** The action that leads to a status, by where the vacancy is now. */
function actionKey(from: VacancyStatus, to: VacancyStatus): string {
  if (to === 'closed') return 'close';
  return from === 'closed' ? 'reopen' : 'publish';
}

export function VacancyStatusActions({ vacancy }: { vacancy: Vacancy }) {
  const { t } = useTranslation();
  const update = useUpdateVacancy();
  return (
    <Group gap="sm" align="center" wrap="wrap">
      <Text size="sm" c="dimmed">
        {t(`manageVacancies.statusHelp.${vacancy.status}`)}
      </Text>
      {NEXT_STATUSES[vacancy.status].map((next) => {
        const action = actionKey(vacancy.status, next);
        return (
          <Button
            key={next}
            variant={next === 'closed' ? 'default' : 'filled'}
            color={next === 'closed' ? 'red' : undefined}
            loading={update.isPending && update.variables?.input.status === next}
            onClick={() =>
              update.mutate(
                { id: vacancy.id, input: statusChange(vacancy, next) },
                { onSuccess: () => notifications.show({ color: 'teal', message: t(`manageVacancies.statusChanged.${action}`) }) },
              )
            }
          >
            {t(`manageVacancies.actions.${action}`)}
          </Button>
        );
      })}
      <FormAlert error={update.error} />
    </Group>
  );
}
