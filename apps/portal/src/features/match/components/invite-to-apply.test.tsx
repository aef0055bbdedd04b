import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/providers';
import { createPortalQueryClient } from '../../../app/query-client';
import { i18n } from '../../../lib/i18n';
import en from '../../../locales/en.match.json';
import nl from '../../../locales/nl.match.json';
import { mockApi, problem } from '../../../test/mock-api';
import type { Match } from '../api/types';
import { MatchCard } from './match-card';

const VACANCY = '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f';
const PERSON = '0b7e4c52-3f7a-4d1e-9c3b-5a6d7e8f9a0b';
const INVITE_PATH = `/api/vacancies/${VACANCY}/matches/${PERSON}/invite`;

const match: Match = {
  personId: PERSON,
  displayName: 'Ayla Demir',
  phase: 'exit',
  audience: 'alumnus',
  functionTitle: null,
  region: 'Utrecht',
  distanceKm: null,
  score: 0.7,
  parts: [{ part: 'essentialSkills', weight: 1, value: 0.7, contribution: 0.7 }],
  matchedSkills: [],
  relatedSkills: [],
  missingSkills: [],
  matchedOccupations: [],
  relatedOccupations: [],
  features: ['consent.matching'],
};

function renderCard() {
  const queryClient = createPortalQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false }, mutations: { retry: false } });
  return render(
    <AppProviders queryClient={queryClient} env="test">
      <ul>
        <MatchCard vacancyId={VACANCY} match={match} />
      </ul>
    </AppProviders>,
  );
}

const invitation = { vacancyId: VACANCY, personId: PERSON, mailId: '5d1e2f3a-4b5c-4d6e-8f9a-0b1c2d3e4f5a', locale: 'nl', invitedAt: '2026-11-22T06:00:00.000Z' };

describe('Search & Match: invite a match to apply', () => {
  beforeAll(async () => {
    i18n.addResourceBundle('nl', 'translation', nl, true, false);
    i18n.addResourceBundle('en', 'translation', en, true, false);
    await i18n.changeLanguage('nl');
  });

  it('sends the trimmed personal message and shows "Uitgenodigd"', async () => {
    const { requests } = mockApi({ [`POST ${INVITE_PATH}`]: { status: 201, body: invitation } });
    renderCard();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ayla Demir uitnodigen om te solliciteren' }));
    const form = screen.getByRole('form', { name: 'Uitnodiging voor Ayla Demir' });
    await user.type(within(form).getByLabelText(/Persoonlijke boodschap/), '  We werkten fijn samen.  ');
    await user.click(within(form).getByRole('button', { name: 'Uitnodiging versturen' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Uitgenodigd');
    expect(requests.filter((r) => r.method === 'POST').map((r) => [r.path, r.body])).toEqual([[INVITE_PATH, { message: 'We werkten fijn samen.' }]]);
    expect(screen.queryByRole('button', { name: /uitnodigen om te solliciteren/ })).not.toBeInTheDocument();
  });

  it('sends an empty body without a message, and shows "Al uitgenodigd" on 409 match_already_invited', async () => {
    const { requests } = mockApi({ [`POST ${INVITE_PATH}`]: { status: 409, body: problem(409, 'match_already_invited') } });
    renderCard();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ayla Demir uitnodigen om te solliciteren' }));
    await user.click(screen.getByRole('button', { name: 'Uitnodiging versturen' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Al uitgenodigd');
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([{}]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the form open with the reason when the person may not be approached', async () => {
    mockApi({ [`POST ${INVITE_PATH}`]: { status: 409, body: problem(409, 'match_person_not_eligible') } });
    renderCard();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ayla Demir uitnodigen om te solliciteren' }));
    await user.click(screen.getByRole('button', { name: 'Uitnodiging versturen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('geen toestemming voor matching');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Uitnodiging versturen' })).toBeEnabled();
  });

  it('does not send a message over 1000 characters', async () => {
    const { requests } = mockApi({ [`POST ${INVITE_PATH}`]: { status: 201, body: invitation } });
    renderCard();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ayla Demir uitnodigen om te solliciteren' }));
    await user.click(screen.getByLabelText(/Persoonlijke boodschap/));
    await user.paste('x'.repeat(1001));
    expect(screen.getByText('Maximaal 1000 tekens')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Uitnodiging versturen' })).toBeDisabled();
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);
  });
});
