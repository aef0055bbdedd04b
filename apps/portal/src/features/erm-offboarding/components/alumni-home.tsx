import { Anchor, Button, Card, Group, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../lib/form-alert';
import { usePageTitle } from '../../../lib/use-page-title';
import { useMyAlumnusConsents } from '../api/get-my-alumnus-consents';
import { useVacancyTeaser } from '../api/list-vacancy-teaser';
import { useSetMyAlumnusConsents } from '../api/set-my-alumnus-consents';
import { StayInTouchChoices } from './stay-in-touch-choices';

/** The home page of a former employee: welcome back, stay-in-touch choices, vacancies, come back, refer a friend. */
export function AlumniHome({ firstName, organisationName }: { firstName: string; organisationName: string }) {
  const { t } = useTranslation();
  usePageTitle(t('ermOffboarding.alumni.title'));
  const consents = useMyAlumnusConsents();
  const save = useSetMyAlumnusConsents();
  const vacancies = useVacancyTeaser();

  return (
    <Stack gap="lg" maw={880}>
      <div>
        <Title order={1}>{t('ermOffboarding.alumni.welcome', { firstName })}</Title>
        <Text c="dimmed">{t('ermOffboarding.alumni.intro', { organisation: organisationName })}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder component="section" aria-labelledby="alumni-come-back">
          <Title order={2} size="h3" id="alumni-come-back">
            {t('ermOffboarding.alumni.comeBackTitle')}
          </Title>
          <Text size="sm" my="sm">
            {t('ermOffboarding.alumni.comeBack', { organisation: organisationName })}
          </Text>
          {vacancies.isPending ? (
            <Loader size="sm" aria-label={t('ermOffboarding.loading')} />
          ) : vacancies.isError || vacancies.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('ermOffboarding.alumni.noVacancies')}
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {vacancies.data.items.map((vacancy) => (
                <List.Item key={vacancy.id}>
                  <Anchor component={Link} to={`/vacancies/${vacancy.id}`}>
                    {vacancy.title}
                  </Anchor>
                  {vacancy.location ? ` · ${vacancy.location}` : ''}
                </List.Item>
              ))}
            </List>
          )}
          <Group mt="md">
            <Button component={Link} to="/vacancies">
              {t('ermOffboarding.alumni.allVacancies')}
            </Button>
            <Button component={Link} to="/vacancies" variant="light">
              {t('ermOffboarding.alumni.referFriend')}
            </Button>
          </Group>
        </Card>
        <Card withBorder component="section" aria-labelledby="alumni-consents">
          <Title order={2} size="h3" id="alumni-consents" mb="sm">
            {t('ermOffboarding.alumni.consentsTitle')}
          </Title>
          {consents.isPending ? (
            <Loader size="sm" aria-label={t('ermOffboarding.loading')} />
          ) : consents.isError ? (
            <FormAlert error={consents.error} />
          ) : (
            <StayInTouchChoices consents={consents.data.consents} pending={save.isPending} saved={save.isSuccess} onSave={(purposes) => save.mutate(purposes)} />
          )}
          <FormAlert error={save.error} />
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
