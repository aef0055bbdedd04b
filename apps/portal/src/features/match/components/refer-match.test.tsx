import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/providers';
import { createPortalQueryClient } from '../../../app/query-client';
import { i18n } from '../../../lib/i18n';
import en from '../../../locales/en.match.json';
import nl from '../../../locales/nl.match.json';
import { mockApi, problem, session } from '../../../test/mock-api';
import type { Match } from '../api/types';
import { MatchCard } from './match-card';

const VACANCY = '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f';
const PERSON = '0b7e4c52-3f7a-4d1e-9c3b-5a6d7e8f9a0b';
const REFER_PATH = `/api/vacancies/${VACANCY}/matches/${PERSON}/refer`;

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
  matchedSkills: [
    { uri: 'http://data.europa.eu/esco/skill/a', label: 'wondzorg', kind: 'essential' },
    { uri: 'http://data.europa.eu/esco/skill/b', label: 'hygiëne', kind: 'essential' },
  ] as Match['matchedSkills'],
  relatedSkills: [],
  missingSkills: [],
  matchedOccupations: [],
  relatedOccupations: [],
  features: ['consent.matching'],
};

const referral = {
  referralId: '5d1e2f3a-4b5c-4d6e-8f9a-0b1c2d3e4f5a',
  vacancyId: VACANCY,
  personId: PERSON,
  programmeId: '6e2f3a4b-5c6d-4e7f-9a0b-1c2d3e4f5a6b',
  consentState: 'awaiting_consent',
  consentDueAt: '2026-12-06T06:00:00.000Z',
  locale: 'nl',
  matchedSkills: ['wondzorg', 'hygiëne'],
  referredAt: '2026-11-22T06:00:00.000Z',
};

function renderCard(m: Match = match) {
  const queryClient = createPortalQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false }, mutations: { retry: false } });
  return render(
    <AppProviders queryClient={queryClient} env="test">
      <ul>
        <MatchCard vacancyId={VACANCY} match={m} />
      </ul>
    </AppProviders>,
  );
}

describe('Search & Match: refer a match to the vacancy', () => {
  beforeAll(async () => {
    i18n.addResourceBundle('nl', 'translation', nl, true, false);
    i18n.addResourceBundle('en', 'translation', en, true, false);
    await i18n.changeLanguage('nl');
  });

  it('shows in a confirm dialog who refers, from where and why, sends the trimmed note, and then shows "Doorverwezen"', async () => {
    const { requests } = mockApi({ 'GET /api/auth/session': { status: 200, body: session() }, [`POST ${REFER_PATH}`]: { status: 201, body: referral } });
    renderCard();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ayla Demir doorverwijzen naar deze vacature' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ayla Demir doorverwijzen' });
    const told = within(dialog).getByRole('list', { name: 'Wat Ayla Demir te lezen krijgt' });
    expect(await within(told).findByText(/Dat Sanne de Vries \(HR\) van Bakkerij Brood & Co hen met Search & Match heeft gevonden/)).toBeInTheDocument();
    expect(within(told).getByText('Waarom: hun profiel past bij deze vacature op wondzorg, hygiëne.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]); // nothing is sent before HR confirms

    await user.type(within(dialog).getByLabelText(/Toelichting voor Ayla Demir/), '  Jij kent de wijk als geen ander.  ');
    await user.click(within(dialog).getByRole('button', { name: 'Doorverwijzen' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Doorverwezen');
    expect(screen.getByText(/Wacht op toestemming tot/)).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST').map((r) => [r.path, r.body])).toEqual([[REFER_PATH, { note: 'Jij kent de wijk als geen ander.' }]]);
    expect(screen.queryByRole('button', { name: /doorverwijzen naar deze vacature/ })).not.toBeInTheDocument();
  });

  it('shows "Al in de pijplijn" on 409 match_already_referred, and sends an empty body without a note', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      [`POST ${REFER_PATH}`]: { status: 409, body: problem(409, 'match_already_referred') },
    });
    renderCard({ ...match, matchedSkills: [] });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ayla Demir doorverwijzen naar deze vacature' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ayla Demir doorverwijzen' });
    expect(within(dialog).getByText('Waarom: hun profiel past bij wat deze vacature vraagt.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Doorverwijzen' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Al in de pijplijn');
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([{}]);
  });

  it('keeps the dialog open with the reason when no programme can take the referral or the person has no e-mail address', async () => {
    let code = 'match_no_programme';
    mockApi({ 'GET /api/auth/session': { status: 200, body: session() }, [`POST ${REFER_PATH}`]: () => ({ status: 409, body: problem(409, code) }) });
    renderCard();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ayla Demir doorverwijzen naar deze vacature' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ayla Demir doorverwijzen' });
    await user.click(within(dialog).getByRole('button', { name: 'Doorverwijzen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Er loopt geen referralprogramma');
    code = 'match_person_without_email';
    await user.click(within(dialog).getByRole('button', { name: 'Doorverwijzen' }));
    expect(await within(dialog).findByText('Van deze persoon is geen e-mailadres bekend.')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
