import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/providers';
import { createPortalQueryClient } from '../../../app/query-client';
import { i18n } from '../../../lib/i18n';
import en from '../../../locales/en.match.json';
import nl from '../../../locales/nl.match.json';
import { mockApi, problem, type RecordedRequest } from '../../../test/mock-api';
import type { PersonSkillExtraction, PersonSkillProfile, PersonSkills, ProfileConcept } from '../api/types';
import { PersonSkillsPanel } from './person-skills-panel';

const PERSON = '0b7e4c52-3f7a-4d1e-9c3b-5a6d7e8f9a0b';
const BASE = `/api/people/${PERSON}`;
const ESCO = 'http://data.europa.eu/esco/skill/';
const AT = '2026-11-01T09:00:00.000Z';

const concept = (uri: string, label: string, source: ProfileConcept['source'], extra: Partial<ProfileConcept> = {}): ProfileConcept => ({
  uri: `${ESCO}${uri}`,
  label,
  source,
  status: source === 'confirmed_by_person' || source === 'hr' ? 'confirmed' : 'suggested',
  confidence: null,
  evidence: [],
  updatedAt: AT,
  ...extra,
});

const own = concept('wound', 'Wondverzorging', 'confirmed_by_person');
const hrSkill = concept('plan', 'Zorgplannen opstellen', 'hr');
const fromProfile = concept('excel', 'Microsoft Excel gebruiken', 'extracted_profile', {
  confidence: 0.82,
  evidence: [{ text: 'Excel', snippet: 'wondzorg, Excel, planning', origin: 'skills', via: 'tool' }],
});
const fromCv = concept('diabetes', 'Diabeteszorg verlenen', 'extracted_cv', {
  confidence: 0.6,
  evidence: [{ text: 'diabetes', snippet: 'ervaring met diabetes', origin: 'cv', via: 'label' }],
});
const nurse = { ...concept('occ', 'Verpleegkundige', 'confirmed_by_person'), uri: 'http://data.europa.eu/esco/occupation/nurse' };

function profile(overrides: Partial<PersonSkillProfile> = {}): PersonSkillProfile {
  return {
    personId: PERSON,
    skills: [own, hrSkill, fromProfile, fromCv],
    occupations: [nurse],
    matchingConsent: { status: 'granted', active: true, givenAt: '2026-10-01T09:00:00.000Z', expiresAt: null },
    ...overrides,
  };
}

/** What the PUT answers. */
const facts: PersonSkills = {
  personId: PERSON,
  skills: [],
  occupations: [],
  region: 'Utrecht',
  latitude: 52.09,
  longitude: 5.12,
  languages: ['nl', 'en'],
  availableFrom: '2026-12-01',
  internalMobility: true,
};

function renderPanel() {
  const queryClient = createPortalQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false }, mutations: { retry: false } });
  return render(
    <AppProviders queryClient={queryClient} env="test">
      <PersonSkillsPanel personId={PERSON} />
    </AppProviders>,
  );
}

const calls = (requests: RecordedRequest[], method: string, path: string) => requests.filter((r) => r.method === method && r.path === path);

describe('Search & Match: the person skills panel on HR’s person page', () => {
  beforeAll(() => {
    i18n.addResourceBundle('nl', 'translation', nl, true, false);
    i18n.addResourceBundle('en', 'translation', en, true, false);
  });
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('shows skills by state, the evidence of suggestions and the matching consent (nl)', async () => {
    const { requests } = mockApi({
      [`GET ${BASE}/skill-profile`]: { status: 200, body: profile() },
    });
    renderPanel();

    const section = await screen.findByRole('region', { name: 'Vaardigheden (Search & Match)' });
    const person = await within(section).findByRole('list', { name: 'Bevestigd door de persoon' });
    expect(within(person).getByRole('listitem', { name: 'Wondverzorging' })).toBeInTheDocument();
    // HR may not touch the person's own confirmations, and the panel says so.
    expect(within(person).queryByRole('button')).not.toBeInTheDocument();
    expect(within(section).getByText(/HR kan ze niet wijzigen of verwijderen/)).toBeInTheDocument();

    const hr = within(section).getByRole('list', { name: 'Vastgelegd door HR' });
    expect(within(hr).getByRole('button', { name: 'Zorgplannen opstellen verwijderen' })).toBeInTheDocument();

    const suggested = within(section).getByRole('list', { name: 'Voorstellen' });
    const excel = within(suggested).getByRole('listitem', { name: 'Microsoft Excel gebruiken' });
    expect(within(excel).getByText('Voorstel uit het profiel')).toBeInTheDocument();
    expect(within(excel).getByText('Zekerheid 82%')).toBeInTheDocument();
    expect(within(excel).getByText('Gevonden: “Excel” in de vaardigheden')).toBeInTheDocument();
    const diabetes = within(suggested).getByRole('listitem', { name: 'Diabeteszorg verlenen' });
    expect(within(diabetes).getByText('Voorstel uit het cv')).toBeInTheDocument();
    expect(within(diabetes).getByText('Gevonden: “diabetes” in het cv')).toBeInTheDocument();

    expect(within(section).getByRole('list', { name: 'Beroepen' })).toHaveTextContent('Verpleegkundige');
    expect(within(section).getByTestId('person-matching-consent')).toHaveTextContent(/Toestemming gegeven op .*Kring mag deze persoon voorstellen/);
    expect(within(section).queryByText(/nooit voorgesteld/)).not.toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Wijzigingen opslaan' })).toBeDisabled();
    expect(calls(requests, 'GET', `${BASE}/skill-profile`)[0].search).toBe('?lang=nl');
  });

  it('says that a person without consent is never matched, and shows the empty state', async () => {
    mockApi({
      [`GET ${BASE}/skill-profile`]: {
        status: 200,
        body: profile({ skills: [], occupations: [], matchingConsent: { status: 'withdrawn', active: false, givenAt: null, expiresAt: null } }),
      },
    });
    renderPanel();

    const consent = await screen.findByTestId('person-matching-consent');
    expect(consent).toHaveTextContent('De persoon heeft de toestemming voor matching ingetrokken.');
    expect(consent).toHaveTextContent('Zonder toestemming wordt deze persoon nooit voorgesteld bij vacatures');
    expect(screen.getByText(/Nog geen vaardigheden/)).toBeInTheDocument();
  });

  it('suggests from the profile and announces the suggestions with their evidence', async () => {
    const interests = concept('coach', 'Collega’s coachen', 'extracted_profile', {
      confidence: 0.7,
      evidence: [{ text: 'coachen', snippet: 'coachen van collega’s', origin: 'interests', via: 'label' }],
    });
    const after = profile({ skills: [own, hrSkill, fromProfile, fromCv, interests] });
    const extraction: PersonSkillExtraction = { language: 'nl', suggestedSkills: [fromProfile, interests], suggestedOccupations: [], profile: after };
    const { requests } = mockApi({
      [`GET ${BASE}/skill-profile`]: { status: 200, body: profile() },
      [`POST ${BASE}/skills/from-profile`]: { status: 200, body: extraction },
    });
    renderPanel();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Voorstellen uit profiel' }));

    const found = await screen.findByRole('list', { name: 'Vaardigheden gevonden in het profiel' });
    expect(screen.getByText('2 vaardigheden gevonden in het profiel:').closest('[aria-live="polite"]')).not.toBeNull();
    expect(within(found).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Microsoft Excel gebruiken — “Excel”',
      'Collega’s coachen — “coachen”',
    ]);
    // The profile shows the new suggestion from the response, without another request.
    const suggested = screen.getByRole('list', { name: 'Voorstellen' });
    expect(within(suggested).getByRole('listitem', { name: 'Collega’s coachen' })).toHaveTextContent('Gevonden: “coachen” in de interesses');
    expect(calls(requests, 'POST', `${BASE}/skills/from-profile`)).toHaveLength(1);
    expect(calls(requests, 'POST', `${BASE}/skills/from-profile`)[0].search).toBe('?lang=nl');
  });

  it('accepts a suggestion, removes an HR skill, adds one from ESCO and sends one PUT without the match facts', async () => {
    const added = { uri: `${ESCO}triage`, label: 'Triage uitvoeren', matchedLabel: 'triage' };
    const { requests } = mockApi({
      [`GET ${BASE}/skill-profile`]: { status: 200, body: profile() },
      'GET /api/match/skills': { status: 200, body: [added, { uri: own.uri, label: own.label, matchedLabel: own.label }] },
      [`PUT ${BASE}/skills`]: { status: 200, body: facts },
    });
    renderPanel();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Microsoft Excel gebruiken accepteren' }));
    await user.click(screen.getByRole('button', { name: 'Zorgplannen opstellen verwijderen' }));
    await user.type(screen.getByLabelText(/Vaardigheid zoeken \(ESCO\)/), 'triage');
    const results = await screen.findByRole('list', { name: 'Zoekresultaten' });
    expect(within(results).getByRole('listitem', { name: 'Wondverzorging' })).toHaveTextContent('Al aanwezig');
    await user.click(within(results).getByRole('button', { name: 'Triage uitvoeren toevoegen' }));
    expect(within(screen.getByRole('list', { name: 'Vastgelegd door HR' })).getByRole('listitem', { name: 'Triage uitvoeren' })).toHaveTextContent('Nieuw');

    // The CV suggestion is not accepted and not sent: the server keeps it as the person's suggestion.
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    expect(await screen.findByText('De vaardigheden zijn opgeslagen.')).toBeInTheDocument();
    const puts = calls(requests, 'PUT', `${BASE}/skills`);
    expect(puts).toHaveLength(1);
    expect(puts[0].search).toBe('?lang=nl');
    expect(puts[0].body).toEqual({
      skills: [{ uri: own.uri }, { uri: fromProfile.uri }, { uri: added.uri }],
      occupations: [{ uri: nurse.uri }],
    });
    expect(calls(requests, 'GET', '/api/match/skills').at(-1)?.search).toBe('?q=triage&lang=nl&limit=10');
    // The profile is read again after saving.
    expect(calls(requests, 'GET', `${BASE}/skill-profile`).length).toBeGreaterThanOrEqual(2);
  });

  it('undoes choices: restoring a removed HR skill and not accepting a suggestion leave nothing to save', async () => {
    mockApi({
      [`GET ${BASE}/skill-profile`]: { status: 200, body: profile() },
    });
    renderPanel();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Zorgplannen opstellen verwijderen' }));
    expect(screen.getByRole('listitem', { name: 'Zorgplannen opstellen' })).toHaveTextContent('Wordt verwijderd');
    await user.click(screen.getByRole('button', { name: 'Zorgplannen opstellen terugzetten' }));
    await user.click(screen.getByRole('button', { name: 'Diabeteszorg verlenen accepteren' }));
    await user.click(screen.getByRole('button', { name: 'Diabeteszorg verlenen niet accepteren' }));
    expect(screen.getByRole('button', { name: 'Wijzigingen opslaan' })).toBeDisabled();
  });

  it('shows a load error as an alert', async () => {
    mockApi({
      [`GET ${BASE}/skill-profile`]: { status: 404, body: problem(404, 'not_found') },
    });
    renderPanel();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('De vaardigheden konden niet geladen worden');
  });

  it('shows the problem when saving is refused', async () => {
    mockApi({
      [`GET ${BASE}/skill-profile`]: { status: 200, body: profile() },
      [`PUT ${BASE}/skills`]: { status: 422, body: problem(422, 'match_unknown_concept', [{ field: 'skills.1.uri', message: 'not an ESCO skill' }]) },
    });
    renderPanel();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Microsoft Excel gebruiken accepteren' }));
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Opslaan lukte niet');
    // Nothing is lost: the choice is still there to save again.
    expect(screen.getByRole('button', { name: 'Wijzigingen opslaan' })).toBeEnabled();
    expect(screen.queryByText('De vaardigheden zijn opgeslagen.')).not.toBeInTheDocument();
  });

  it('speaks English and asks for English labels', async () => {
    await i18n.changeLanguage('en');
    const { requests } = mockApi({
      [`GET ${BASE}/skill-profile`]: {
        status: 200,
        body: profile({ matchingConsent: { status: 'none', active: false, givenAt: null, expiresAt: null } }),
      },
    });
    renderPanel();
    const section = await screen.findByRole('region', { name: 'Skills (Search & Match)' });
    expect(await within(section).findByRole('list', { name: 'Confirmed by the person' })).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Suggest from profile' })).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Accept Microsoft Excel gebruiken' })).toBeInTheDocument();
    expect(within(section).getByText('Found: “Excel” in the skills')).toBeInTheDocument();
    expect(within(section).getByTestId('person-matching-consent')).toHaveTextContent('Without consent this person is never suggested for vacancies');
    expect(calls(requests, 'GET', `${BASE}/skill-profile`)[0].search).toBe('?lang=en');
    // The match facts are not read: the PUT leaves them out and the server keeps them.
    expect(calls(requests, 'GET', `${BASE}/skills`)).toEqual([]);
  });
});
