import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Match } from '../api/types';
import { InviteToApply } from './invite-to-apply';
import { percent } from './match-problem';
import { ReferMatch } from './refer-match';

/** One ranked person: score, its parts, the skills behind it, every fact the ranking read, and the actions (invite, refer). */
export function MatchCard({ vacancyId, match }: { vacancyId: string; match: Match }) {
  const { t } = useTranslation();
  // "consent.matching" -> key "consent_matching" (dots nest i18next keys); an unknown feature is shown as sent.
  const features = match.features
    .map((feature) => t(`match.features.${feature.replace(/\./g, '_')}`, { defaultValue: feature }))
    .join(', ');
  return (
    <Paper withBorder p="md" component="li" aria-label={match.displayName} style={{ listStyle: 'none' }}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Stack gap={0}>
            <Title order={3} size="h4">
              {match.displayName}
            </Title>
            <Text size="sm" c="dimmed">
              {[
                match.functionTitle,
                t(`match.audiences.${match.audience}`),
                match.region,
                match.distanceKm !== null ? t('match.matches.distance', { km: Math.round(match.distanceKm) }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
          <Badge size="lg" variant="filled">
            {t('match.matches.score', { percent: percent(match.score) })}
          </Badge>
        </Group>
        <List size="sm" spacing={2} aria-label={t('match.matches.parts')}>
          {match.parts
            .filter((part) => part.weight > 0)
            .map((part) => (
              <List.Item key={part.part}>
                {t('match.matches.part', {
                  part: t(`match.scoreParts.${part.part}`),
                  value: percent(part.value),
                  weight: percent(part.weight),
                })}
              </List.Item>
            ))}
        </List>
        <Group gap={6} aria-label={t('match.matches.matched')} role="group">
          {match.matchedSkills.map((skill) => (
            <Badge key={skill.uri} color="teal" variant="light" title={t('match.matches.matched')}>
              {skill.label}
            </Badge>
          ))}
          {match.matchedOccupations.map((occupation) => (
            <Badge key={occupation.uri} color="teal" variant="outline" title={t('match.matches.occupation')}>
              {occupation.label}
            </Badge>
          ))}
        </Group>
        {match.relatedSkills.length + match.relatedOccupations.length > 0 && (
          <Group gap={6} aria-label={t('match.matches.related')} role="group">
            {match.relatedSkills.map((skill) => (
              <Badge key={skill.uri} color="blue" variant="light" title={t('match.matches.related')}>
                {skill.via.length > 0
                  ? t('match.matches.relatedVia', { label: skill.label, via: skill.via.map((via) => via.label).join(', ') })
                  : skill.label}
              </Badge>
            ))}
            {match.relatedOccupations.map((occupation) => (
              <Badge key={occupation.uri} color="blue" variant="outline" title={t('match.matches.occupation')}>
                {occupation.label}
              </Badge>
            ))}
          </Group>
        )}
        {match.missingSkills.length > 0 && (
          <Group gap={6} aria-label={t('match.matches.missing')} role="group">
            {match.missingSkills.map((skill) => (
              <Badge key={skill.uri} color="gray" variant="outline" title={t('match.matches.missing')}>
                {skill.label}
              </Badge>
            ))}
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {t('match.matches.used', { features })}
        </Text>
        <Group gap="xs" align="flex-start">
          <InviteToApply vacancyId={vacancyId} personId={match.personId} displayName={match.displayName} />
          <ReferMatch
            vacancyId={vacancyId}
            personId={match.personId}
            displayName={match.displayName}
            matchedSkills={match.matchedSkills.map((skill) => skill.label)}
          />
        </Group>
      </Stack>
    </Paper>
  );
}
