import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/providers';
import { createPortalQueryClient } from '../../../app/query-client';
import { i18n } from '../../../lib/i18n';
import en from '../../../locales/en.match.json';
import nl from '../../../locales/nl.match.json';
import { mockApi, problem, type RecordedRequest } from '../../../test/mock-api';
import type { Match, MatchList, VacancyConcept, VacancyMatchProfile } from '../api/types';
import { MatchPage } from './match-page';

const VACANCY = '7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f';
const PROFILE_PATH = `/api/vacancies/${VACANCY}/match-profile`;
const MATCHES_PATH = `/api/vacancies/${VACANCY}/matches`;
const esco = (id: string) => `http://data.europa.eu/esco/skill/${id}`;
const JAVA = esco('java');
const SQL = esco('postgresql');
const SCRUM = esco('scrum');
const DEVELOPER = 'http://data.europa.eu/esco/occupation/software-developer';

/** The page at its route, on its own (the lead spreads matchHrRoutes into the HR routes). */
function renderPage() {
  const queryClient = createPortalQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } });
  return render(
    <AppProviders queryClient={queryClient} env="test">
      <MemoryRouter initialEntries={[`/manage/vacancies/${VACANCY}/match`]}>
        <Routes>
          <Route path="manage/vacancies/:id/match" element={<MatchPage />} />
        </Routes>
      </MemoryRouter>
    </AppProviders>,
  );
}

function concept(uri: string, label: string, overrides: Partial<VacancyConcept> = {}): VacancyConcept {
  return { uri, label, kind: 'essential', status: 'confirmed', confidence: null, evidence: [], confirmedAt: '2026-11-20T10:00:00.000Z', ...overrides };
}

function profile(overrides: Partial<VacancyMatchProfile> = {}): VacancyMatchProfile {
  return { skills: [], occupations: [], region: 'Utrecht', latitude: null, longitude: null, languages: ['nl'], startBy: '2027-01-01', ...overrides };
}

function match(overrides: Partial<Match> = {}): Match {
  return {
    personId: 'person-1',
    displayName: 'Ayla Demir',
    phase: 'exit',
    audience: 'alumnus',
    functionTitle: 'Backend-ontwikkelaar',
    region: 'Utrecht',
    distanceKm: null,
    score: 0.78,
    parts: [
      { part: 'essentialSkills', weight: 0.5, value: 0.75, contribution: 0.375 },
      { part: 'optionalSkills', weight: 0.2, value: 1, contribution: 0.2 },
      { part: 'location', weight: 0.3, value: 0.6667, contribution: 0.2 },
      { part: 'availability', weight: 0, value: 0, contribution: 0 },
    ],
    matchedSkills: [{ uri: JAVA, label: 'Java', kind: 'essential' }],
    relatedSkills: [{ uri: SQL, label: 'PostgreSQL', kind: 'essential', via: [{ uri: esco('mysql'), label: 'MySQL' }] }],
    missingSkills: [{ uri: SCRUM, label: 'Scrum', kind: 'optional' }],
    matchedOccupations: [],
    relatedOccupations: [],
    features: ['consent.matching', 'phase', 'skills', 'region'],
    ...overrides,
  };
}

/** The API types evidence loosely (Record<string, never>[]); the extractor sends these objects. */
function evidence(text: string, start: number, field: 'title' | 'text', via: 'label' | 'tool'): VacancyConcept['evidence'] {
  return [{ text, start, end: start + text.length, field, via }] as unknown as VacancyConcept['evidence'];
}

const list = (items: Match[], total = items.length): MatchList => ({ items, total });
const notProfiled = { status: 409, body: problem(409, 'match_vacancy_not_profiled') };
const matchRequests = (requests: RecordedRequest[]) => requests.filter((r) => r.method === 'GET' && r.path === MATCHES_PATH);

describe('Search & Match: find candidates for a vacancy', () => {
  beforeAll(async () => {
    // Until i18n.ts imports these files (see the helper's report), add them here as i18n.ts would.
    i18n.addResourceBundle('nl', 'translation', nl, true, false);
    i18n.addResourceBundle('en', 'translation', en, true, false);
    await i18n.changeLanguage('nl');
  });

  it('suggests skills from the text with confidence and evidence; HR accepts two, makes one optional and saves exactly those', async () => {
    const suggested = profile({
      skills: [
        concept(JAVA, 'Java', { status: 'suggested', confidence: 0.92, confirmedAt: null, evidence: evidence('Java-ontwikkelaar', 7, 'title', 'label') }),
        concept(SQL, 'PostgreSQL', { status: 'suggested', confidence: 0.81, confirmedAt: null, evidence: evidence('PostgreSQL', 40, 'text', 'tool') }),
        concept(SCRUM, 'Scrum', { status: 'suggested', confidence: 0.4, confirmedAt: null, evidence: evidence('scrum', 90, 'text', 'label') }),
      ],
      occupations: [concept(DEVELOPER, 'softwareontwikkelaar', { kind: undefined, status: 'suggested', confidence: 0.7, confirmedAt: null })],
    });
    const saved = profile({ skills: [concept(JAVA, 'Java'), concept(SQL, 'PostgreSQL', { kind: 'optional' })] });
    const { requests } = mockApi({
      [`GET ${PROFILE_PATH}`]: { status: 200, body: profile() },
      [`POST ${PROFILE_PATH}/suggest`]: { status: 200, body: suggested },
      [`PUT ${PROFILE_PATH}`]: { status: 200, body: saved },
      [`GET ${MATCHES_PATH}`]: notProfiled,
    });
    renderPage();
    const user = userEvent.setup();

    expect(await screen.findByText(/Nog geen vaardigheden of beroepen/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Voorstellen uit de vacaturetekst' }));

    const skills = await screen.findByRole('list', { name: 'Vaardigheden' });
    const java = within(skills).getByRole('listitem', { name: 'Java' });
    expect(java).toHaveTextContent('Zekerheid 92%');
    expect(java).toHaveTextContent('Gevonden in de tekst: “Java-ontwikkelaar”');
    expect(within(skills).getByRole('listitem', { name: 'PostgreSQL' })).toHaveTextContent('Gevonden in de tekst: “PostgreSQL”');
    expect(within(java).getByText('Voorstel')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Java accepteren' }));
    await user.click(screen.getByRole('button', { name: 'PostgreSQL accepteren' }));
    const sqlEssential = screen.getByRole('switch', { name: 'PostgreSQL is essentieel' });
    expect(sqlEssential).toBeChecked();
    await user.click(sqlEssential);
    expect(sqlEssential).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Opgeslagen')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'PUT').map((r) => [r.search, r.body])).toEqual([
      [
        '?lang=nl',
        {
          skills: [
            { uri: JAVA, kind: 'essential' },
            { uri: SQL, kind: 'optional' },
          ],
          occupations: [],
          region: 'Utrecht',
          latitude: null,
          longitude: null,
          languages: ['nl'],
          startBy: '2027-01-01',
        },
      ],
    ]);
    // Saving ranks anew: the matches are asked for again.
    await waitFor(() => expect(matchRequests(requests).length).toBe(2));
  });

  it('removes a confirmed skill and keeps confirmed occupations when saving', async () => {
    const { requests } = mockApi({
      [`GET ${PROFILE_PATH}`]: {
        status: 200,
        body: profile({ skills: [concept(JAVA, 'Java'), concept(SCRUM, 'Scrum', { kind: 'optional' })], occupations: [concept(DEVELOPER, 'softwareontwikkelaar', { kind: undefined })] }),
      },
      [`PUT ${PROFILE_PATH}`]: {
        status: 200,
        body: profile({ skills: [concept(JAVA, 'Java')], occupations: [concept(DEVELOPER, 'softwareontwikkelaar', { kind: undefined })] }),
      },
      [`GET ${MATCHES_PATH}`]: { status: 200, body: list([]) },
    });
    renderPage();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Scrum verwijderen' }));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('Opgeslagen');
    expect(requests.find((r) => r.method === 'PUT')?.body).toMatchObject({
      skills: [{ uri: JAVA, kind: 'essential' }],
      occupations: [{ uri: DEVELOPER }],
    });
  });

  it("edits the vacancy's region, start date, languages and coordinates, and sends them with the skills", async () => {
    const { requests } = mockApi({
      [`GET ${PROFILE_PATH}`]: { status: 200, body: profile({ skills: [concept(JAVA, 'Java')] }) },
      [`PUT ${PROFILE_PATH}`]: {
        status: 200,
        body: profile({ skills: [concept(JAVA, 'Java')], region: 'Amersfoort', latitude: 52.1561, longitude: 5.3878, languages: ['nl', 'en'], startBy: null }),
      },
      [`GET ${MATCHES_PATH}`]: { status: 200, body: list([]) },
    });
    renderPage();
    const user = userEvent.setup();
    const fields = await screen.findByRole('group', { name: 'Waar, vanaf wanneer en in welke taal' });
    const region = within(fields).getByRole('textbox', { name: /^Regio van de vacature/ });
    expect(region).toHaveValue('Utrecht');
    expect(within(fields).getByRole('checkbox', { name: 'Nederlands' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeDisabled();

    await user.clear(region);
    await user.type(region, ' Amersfoort ');
    await user.click(within(fields).getByRole('checkbox', { name: 'Engels' }));
    await user.clear(within(fields).getByLabelText(/^Gewenste startdatum/));
    // One coordinate alone is refused before anything is sent.
    await user.type(within(fields).getByRole('textbox', { name: /^Breedtegraad/ }), '52.1561');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await within(fields).findByText('Vul beide coördinaten in, of geen van beide.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'PUT')).toEqual([]);

    await user.type(within(fields).getByRole('textbox', { name: /^Lengtegraad/ }), '5.3878');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Opgeslagen')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'PUT').map((r) => r.body)).toEqual([
      {
        skills: [{ uri: JAVA, kind: 'essential' }],
        occupations: [],
        region: 'Amersfoort',
        latitude: 52.1561,
        longitude: 5.3878,
        languages: ['nl', 'en'],
        startBy: null,
      },
    ]);
    // After saving, the form shows what the server keeps.
    expect(within(fields).getByRole('textbox', { name: /^Regio van de vacature/ })).toHaveValue('Amersfoort');
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeDisabled();
  });

  it('shows each match with its score, parts, skill badges and the features it used', async () => {
    mockApi({
      [`GET ${PROFILE_PATH}`]: { status: 200, body: profile({ skills: [concept(JAVA, 'Java')] }) },
      [`GET ${MATCHES_PATH}`]: { status: 200, body: list([match()], 1) },
    });
    renderPage();

    const person = await screen.findByRole('listitem', { name: 'Ayla Demir' });
    expect(screen.getByTestId('match-total')).toHaveTextContent('1 mens');
    expect(person).toHaveTextContent('Score 78%');
    expect(person).toHaveTextContent('Backend-ontwikkelaar · Oud-medewerker · Utrecht');
    const parts = within(person).getByRole('list', { name: 'Opbouw van de score' });
    expect(within(parts).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Essentiële vaardigheden: 75% × weging 50%',
      'Optionele vaardigheden: 100% × weging 20%',
      'Locatie: 67% × weging 30%',
    ]);
    expect(within(person).getByRole('group', { name: 'Heeft' })).toHaveTextContent('Java');
    expect(within(person).getByRole('group', { name: 'Verwant' })).toHaveTextContent('PostgreSQL (via MySQL)');
    expect(within(person).getByRole('group', { name: 'Ontbreekt' })).toHaveTextContent('Scrum');
    expect(person).toHaveTextContent('Gebruikt: toestemming voor matching, fase, vaardigheden, regio');
    expect(screen.getByText(/nooit automatisch|niemand wordt automatisch afgewezen/)).toBeInTheDocument();
  });

  it('narrows the list with filters: the request carries them and the shown total follows', async () => {
    const everyone = Array.from({ length: 20 }, (_, i) => match({ personId: `p-${i}`, displayName: `Persoon ${i}`, score: 0.9 - i * 0.02 }));
    const { requests } = mockApi({
      [`GET ${PROFILE_PATH}`]: { status: 200, body: profile({ skills: [concept(JAVA, 'Java')] }) },
      [`GET ${MATCHES_PATH}`]: (request) => {
        const query = new URLSearchParams(request.search);
        if (query.get('minScore') === '0.5' && query.getAll('phases').join(',') === 'exit') return { status: 200, body: list(everyone.slice(0, 2), 2) };
        if (query.get('minScore') === '0.5') return { status: 200, body: list(everyone.slice(0, 3), 3) };
        return { status: 200, body: list(everyone, 23) };
      },
    });
    renderPage();
    const user = userEvent.setup();

    await waitFor(() => expect(screen.getByTestId('match-total')).toHaveTextContent('23 mensen'));
    // 23 people, 20 a page: page 2 asks for the rest.
    await user.click(screen.getByRole('button', { name: '2' }));
    await waitFor(() => expect(new URLSearchParams(matchRequests(requests).at(-1)?.search).get('offset')).toBe('20'));
    expect(new URLSearchParams(matchRequests(requests)[0].search).get('minScore')).toBeNull();
    expect(new URLSearchParams(matchRequests(requests)[0].search).get('limit')).toBe('20');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Minimale score' }), '50');
    await waitFor(() => expect(screen.getByTestId('match-total')).toHaveTextContent('3 mensen'));
    expect(new URLSearchParams(matchRequests(requests).at(-1)?.search).get('minScore')).toBe('0.5');
    expect(within(screen.getByRole('list', { name: 'Gevonden mensen' })).getAllByRole('listitem', { name: /^Persoon/ })).toHaveLength(3);

    await user.click(screen.getByRole('checkbox', { name: 'Uit dienst (alumni)' }));
    await waitFor(() => expect(screen.getByTestId('match-total')).toHaveTextContent('2 mensen'));
    const last = new URLSearchParams(matchRequests(requests).at(-1)?.search);
    expect(last.getAll('phases')).toEqual(['exit']);
    expect(last.get('offset')).toBe('0');
    expect(last.get('lang')).toBe('nl');
    // The vacancy has no coordinates: no distance filter is offered.
    expect(screen.queryByRole('combobox', { name: 'Maximale afstand' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Regio' }), 'Utrecht');
    await waitFor(() => expect(new URLSearchParams(matchRequests(requests).at(-1)?.search).get('region')).toBe('Utrecht'));
  });

  it('offers a distance filter when the vacancy has coordinates, and sends it', async () => {
    const { requests } = mockApi({
      [`GET ${PROFILE_PATH}`]: { status: 200, body: profile({ skills: [concept(JAVA, 'Java')], latitude: 52.09, longitude: 5.12 }) },
      [`GET ${MATCHES_PATH}`]: (request) =>
        new URLSearchParams(request.search).get('maxDistanceKm') === '25'
          ? { status: 200, body: list([match({ distanceKm: 12.4 })], 1) }
          : { status: 200, body: list([match(), match({ personId: 'p-2', displayName: 'Joris Bakker' })], 2) },
    });
    renderPage();
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByTestId('match-total')).toHaveTextContent('2 mensen'));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Maximale afstand' }), '25');
    await waitFor(() => expect(screen.getByTestId('match-total')).toHaveTextContent('1 mens'));
    expect(new URLSearchParams(matchRequests(requests).at(-1)?.search).get('maxDistanceKm')).toBe('25');
    expect(screen.getByRole('listitem', { name: 'Ayla Demir' })).toHaveTextContent('Utrecht · 12 km');
    expect(screen.queryByRole('listitem', { name: 'Joris Bakker' })).not.toBeInTheDocument();
  });

  it('speaks English and asks for English labels', async () => {
    await i18n.changeLanguage('en');
    try {
      const { requests } = mockApi({
        [`GET ${PROFILE_PATH}`]: { status: 200, body: profile({ skills: [concept(JAVA, 'Java')] }) },
        [`GET ${MATCHES_PATH}`]: { status: 200, body: list([match()], 1) },
      });
      renderPage();
      expect(await screen.findByRole('heading', { name: 'Find candidates' })).toBeInTheDocument();
      const person = await screen.findByRole('listitem', { name: 'Ayla Demir' });
      expect(person).toHaveTextContent('Used: consent to matching, phase, skills, region');
      expect(screen.getByTestId('match-total')).toHaveTextContent('1 person');
      expect(requests.every((r) => new URLSearchParams(r.search).get('lang') === 'en')).toBe(true);
    } finally {
      await i18n.changeLanguage('nl');
    }
  });

  it('asks HR to confirm skills first when the vacancy has none confirmed (409)', async () => {
    mockApi({
      [`GET ${PROFILE_PATH}`]: { status: 200, body: profile() },
      [`GET ${MATCHES_PATH}`]: notProfiled,
    });
    renderPage();
    expect(await screen.findByText('Bevestig eerst vaardigheden')).toBeInTheDocument();
    expect(screen.getByText(/Kring zoekt alleen op bevestigde vaardigheden/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Gevonden mensen' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('match-total')).not.toBeInTheDocument();
  });

  it('shows an error when the matches cannot be loaded, and an empty state when nobody fits', async () => {
    mockApi({
      [`GET ${PROFILE_PATH}`]: { status: 200, body: profile({ skills: [concept(JAVA, 'Java')] }) },
      [`GET ${MATCHES_PATH}`]: { status: 500, body: problem(500, 'internal_error') },
    });
    const first = renderPage();
    expect(await screen.findByText('De matches konden niet geladen worden')).toBeInTheDocument();
    first.unmount();

    mockApi({
      [`GET ${PROFILE_PATH}`]: { status: 200, body: profile({ skills: [concept(JAVA, 'Java')] }) },
      [`GET ${MATCHES_PATH}`]: { status: 200, body: list([], 0) },
    });
    renderPage();
    expect(await screen.findByText(/Niemand past bij deze vaardigheden en filters/)).toBeInTheDocument();
    expect(screen.getByTestId('match-total')).toHaveTextContent('0 mensen');
  });
});
