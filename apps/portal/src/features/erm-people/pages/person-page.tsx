import { Alert, Anchor, Badge, Button, Center, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDate } from '../../../lib/format';
import { problemMessageKey } from '../../../lib/problems';
import { usePageTitle } from '../../../lib/use-page-title';
// The person page composes the privacy feature's panel (export and erasure of this person's data).
import { PersonPrivacyPanel } from '../../erm-privacy';
// The Search & Match feature's panel: the person's skills, suggestions with their evidence, and matching consent.
import { PersonSkillsPanel } from '../../match';
import { usePerson } from '../api/get-person';
import { BoomerangMark, EngagementBadge, PhaseBadge } from '../components/badges';
import { ConsentList } from '../components/consent-list';
import { LogTouchpointModal } from '../components/log-touchpoint-modal';
import { MovePhaseModal } from '../components/move-phase-modal';
import { fullName } from '../components/people-table';
import { PersonProfileForm } from '../components/person-profile-form';
import { PersonTimeline } from '../components/person-timeline';
import { PhaseHistory } from '../components/phase-history';

/** One person as HR sees them: profile, phase and history, consents, and the timeline. */
export function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const person = usePerson(id);
  const [modal, setModal] = useState<'move' | 'touchpoint' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const name = person.data ? fullName(person.data) || t('ermPeople.people.noName') : '';
  usePageTitle(name || t('ermPeople.people.title'));

  if (person.isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (person.isError) {
    return (
      <Alert color="red" variant="light" title={t('ermPeople.person.loadFailed')} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t(problemMessageKey(person.error))}</Text>
          <Anchor component={Link} to="/people">
            {t('ermPeople.person.back')}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  const p = person.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/people" size="sm">
        ← {t('ermPeople.person.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Title order={1}>{name}</Title>
          <Group gap="xs">
            <PhaseBadge phase={p.phase} />
            <EngagementBadge level={p.engagementLevel} score={p.engagementScore} />
            {p.boomerangAt ? <BoomerangMark since={p.boomerangAt} /> : null}
            {p.hasAccount ? <Badge variant="outline">{t('ermPeople.person.account')}</Badge> : null}
          </Group>
          <Text size="sm" c="dimmed">
            {t('ermPeople.person.phaseSince', { date: formatDate(p.phaseChangedAt) })}
            {p.startDate ? ` · ${t('ermPeople.person.startDate', { date: formatDate(`${p.startDate}T12:00:00Z`) })}` : ''}
          </Text>
        </Stack>
        <Group gap="sm">
          <Button variant="light" onClick={() => setModal('move')}>
            {t('ermPeople.people.movePhase')}
          </Button>
          <Button variant="light" onClick={() => setModal('touchpoint')}>
            {t('ermPeople.people.logTouchpoint')}
          </Button>
        </Group>
      </Group>
      {notice ? (
        <Alert color="teal" variant="light" role="status" withCloseButton onClose={() => setNotice(null)}>
          <Text size="sm">{notice}</Text>
        </Alert>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Paper withBorder p="md" component="section" aria-labelledby="person-profile">
              <Title order={2} size="h3" id="person-profile" mb="sm">
                {t('ermPeople.person.profile')}
              </Title>
              <PersonProfileForm person={p} />
            </Paper>
            <PersonSkillsPanel personId={p.id} />
            <Paper withBorder p="md" component="section" aria-labelledby="person-timeline">
              <Title order={2} size="h3" id="person-timeline" mb="sm">
                {t('ermPeople.person.timeline')}
              </Title>
              <PersonTimeline personId={p.id} />
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <Paper withBorder p="md" component="section" aria-labelledby="person-history">
              <Title order={2} size="h3" id="person-history" mb="sm">
                {t('ermPeople.person.history')}
              </Title>
              <PhaseHistory history={p.phaseHistory} />
            </Paper>
            <Paper withBorder p="md" component="section" aria-labelledby="person-consents">
              <Title order={2} size="h3" id="person-consents" mb="sm">
                {t('ermPeople.person.consents')}
              </Title>
              <ConsentList consents={p.consents} />
            </Paper>
            <PersonPrivacyPanel personId={id} onErased={() => void navigate('/people')} />
          </Stack>
        </Grid.Col>
      </Grid>
      <MovePhaseModal
        personIds={[p.id]}
        opened={modal === 'move'}
        onClose={() => setModal(null)}
        onDone={(result) =>
          setNotice(
            result.moved.some((m) => m.boomerang)
              ? t('ermPeople.move.boomerangs', { count: 1 })
              : result.moved.length
                ? t('ermPeople.move.done', { count: 1 })
                : t('ermPeople.move.unchanged', { count: 1 }),
          )
        }
      />
      <LogTouchpointModal
        target={{ kind: 'people', personIds: [p.id] }}
        opened={modal === 'touchpoint'}
        onClose={() => setModal(null)}
        onDone={(recorded) => setNotice(t('ermPeople.touchpoint.done', { count: recorded }))}
      />
    </Stack>
  );
}
