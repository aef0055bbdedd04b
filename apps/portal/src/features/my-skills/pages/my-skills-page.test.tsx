import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { mockApi, problem, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { MyConcept, SkillExtraction, SkillProfile } from '../api/types';

const PROFILE = '/api/me/skill-profile';
const esco = (id: string) => `http://data.europa.eu/esco/skill/${id}`;
const JAVA = esco('java');
const SQL = esco('postgresql');
const WOUND = esco('wondverzorging');

function concept(uri: string, label: string, overrides: Partial<MyConcept> = {}): MyConcept {
  return { uri, label, source: 'confirmed_by_person', status: 'confirmed', confidence: null, evidence: [], updatedAt: '2026-11-20T10:00:00.000Z', ...overrides };
}

function suggestion(uri: string, label: string, text: string, snippet: string, confidence = 0.8): MyConcept {
  return concept(uri, label, { source: 'extracted_cv', status: 'suggested', confidence, evidence: [{ text, snippet, origin: 'cv', via: 'label' }] });
}

function profile(overrides: Partial<SkillProfile> = {}): SkillProfile {
  return {
    personId: 'person-1',
    skills: [],
    occupations: [],
    matchingConsent: { status: 'granted', active: true, givenAt: '2026-03-01T09:00:00.000Z', expiresAt: null },
    ...overrides,
  };
}

const employee = { status: 200, body: session({ roles: ['employee'] }) };

/** Mantine's FileInput is a button plus a hidden file input; the user picks through the button, tests set the input. */
async function cvInput(): Promise<HTMLInputElement> {
  await screen.findByRole('button', { name: 'Cv lezen' }, { timeout: 5_000 });
  return document.querySelector('input[type="file"]') as HTMLInputElement;
}

function pdf(name = 'cv.pdf', bytes = 2048) {
  return new File([new Uint8Array(bytes)], name, { type: 'application/pdf' });
}

describe('Mijn vaardigheden', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
  });

  it('shows confirmed and suggested skills with their evidence and the matching consent with where to manage it', async () => {
    mockApi({
      'GET /api/auth/session': employee,
      [`GET ${PROFILE}`]: {
        status: 200,
        body: profile({
          skills: [concept(JAVA, 'Java'), suggestion(SQL, 'PostgreSQL', 'PostgreSQL', 'werk dagelijks met PostgreSQL en SQL', 0.92)],
        }),
      },
    });
    renderApp('/my-skills');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn vaardigheden' })).toBeInTheDocument();
    const confirmed = await screen.findByRole('list', { name: 'Bevestigde vaardigheden: Vaardigheden' });
    expect(within(confirmed).getByRole('listitem', { name: 'Java' })).toHaveTextContent('Door jou bevestigd');
    const suggested = screen.getByRole('list', { name: 'Voorstellen: Vaardigheden' });
    const sql = within(suggested).getByRole('listitem', { name: 'PostgreSQL' });
    expect(sql).toHaveTextContent('Uit je cv');
    expect(sql).toHaveTextContent('Zekerheid 92%');
    expect(sql).toHaveTextContent('Gevonden: “PostgreSQL” in je cv — …werk dagelijks met PostgreSQL en SQL…');
    const consent = screen.getByTestId('matching-consent');
    expect(consent).toHaveTextContent('HR mag je voorstellen voor passende vacatures');
    expect(within(consent).getByRole('link', { name: 'Toestemming beheren bij Voorkeuren' })).toHaveAttribute('href', '/preferences#matching');
  });

  it('says plainly when there is no consent for matching', async () => {
    mockApi({
      'GET /api/auth/session': employee,
      [`GET ${PROFILE}`]: { status: 200, body: profile({ matchingConsent: { status: 'none', active: false, givenAt: null, expiresAt: null } }) },
    });
    renderApp('/my-skills');
    expect(await screen.findByTestId('matching-consent')).toHaveTextContent('Je hebt geen toestemming gegeven voor matching');
    expect(screen.getByText(/Geen voorstellen/)).toBeInTheDocument();
  });

  it('confirms one suggestion and removes another, each with exactly that concept', async () => {
    const before = profile({ skills: [suggestion(SQL, 'PostgreSQL', 'PostgreSQL', 'PostgreSQL'), suggestion(WOUND, 'wondverzorging', 'wondzorg', 'wondzorg')] });
    const afterConfirm = profile({ skills: [concept(SQL, 'PostgreSQL'), suggestion(WOUND, 'wondverzorging', 'wondzorg', 'wondzorg')] });
    const afterRemove = profile({ skills: [concept(SQL, 'PostgreSQL')] });
    const { requests } = mockApi({
      'GET /api/auth/session': employee,
      [`GET ${PROFILE}`]: { status: 200, body: before },
      'POST /api/me/skills/confirm': { status: 200, body: afterConfirm },
      'POST /api/me/skills/remove': { status: 200, body: afterRemove },
    });
    renderApp('/my-skills');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'PostgreSQL bevestigen' }));
    const confirmed = await screen.findByRole('list', { name: 'Bevestigde vaardigheden: Vaardigheden' });
    expect(within(confirmed).getByRole('listitem', { name: 'PostgreSQL' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'wondverzorging verwijderen' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'wondverzorging' })).not.toBeInTheDocument());

    expect(requests.filter((r) => r.method === 'POST').map((r) => [r.path, r.search, r.body])).toEqual([
      ['/api/me/skills/confirm', '?lang=nl', { skills: [{ uri: SQL }], occupations: [] }],
      ['/api/me/skills/remove', '?lang=nl', { skills: [{ uri: WOUND }], occupations: [] }],
    ]);
  });

  it('uploads a CV with progress, then shows how many skills were found and that the file was not kept', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const after = profile({ skills: [suggestion(JAVA, 'Java', 'Java', 'Ik programmeer in Java')] });
    const extraction: SkillExtraction = {
      language: 'nl',
      file: { type: 'pdf', pages: 1, characters: 300 },
      suggestedSkills: after.skills,
      suggestedOccupations: [],
      profile: after,
    };
    const { requests } = mockApi({
      'GET /api/auth/session': employee,
      [`GET ${PROFILE}`]: { status: 200, body: profile() },
      'POST /api/me/skills/cv': async () => {
        await gate;
        return { status: 200, body: extraction };
      },
    });
    renderApp('/my-skills');
    const user = userEvent.setup();

    await user.upload(await cvInput(), pdf());
    await user.click(screen.getByRole('button', { name: 'Cv lezen' }));
    expect(await screen.findByText('Je cv wordt geüpload en gelezen…')).toBeInTheDocument();
    release();
    expect(await screen.findByText('1 vaardigheid gevonden in je cv. Je bestand is niet bewaard.')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Voorstellen: Vaardigheden' })).getByRole('listitem', { name: 'Java' })).toBeInTheDocument();
    const upload = requests.find((r) => r.path === '/api/me/skills/cv');
    expect(upload?.body).toEqual({ cv: { size: 2048 } });
  });

  it('explains a refused CV in plain words, and refuses a too large or wrong file before uploading', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': employee,
      [`GET ${PROFILE}`]: { status: 200, body: profile() },
      'POST /api/me/skills/cv': { status: 400, body: problem(400, 'cv_encrypted', [{ field: 'cv', message: 'The PDF is password-protected' }]) },
    });
    renderApp('/my-skills');
    const user = userEvent.setup({ applyAccept: false });
    const input = await cvInput();

    await user.upload(input, pdf('groot.pdf', 5 * 1024 * 1024 + 1));
    expect(await screen.findByText('Het bestand is groter dan 5 MB. Kies een kleiner bestand.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cv lezen' })).toBeDisabled();
    await user.upload(input, new File(['hallo'], 'cv.txt', { type: 'text/plain' }));
    expect(await screen.findByText('Dit is geen PDF of Word-bestand (.docx). Kies een ander bestand.')).toBeInTheDocument();
    expect(requests.some((r) => r.path === '/api/me/skills/cv')).toBe(false);

    await user.upload(input, pdf('beveiligd.pdf'));
    await user.click(screen.getByRole('button', { name: 'Cv lezen' }));
    expect(await screen.findByText(/Dit bestand is met een wachtwoord beveiligd\./)).toBeInTheDocument();
    expect(screen.getByText(/Dit bestand is met een wachtwoord beveiligd\./).closest('[role="alert"]')).not.toBeNull();
  });

  it('reads the profile and adds a skill found by search', async () => {
    const withWound = profile({ skills: [concept(WOUND, 'wondverzorging')] });
    const { requests } = mockApi({
      'GET /api/auth/session': employee,
      [`GET ${PROFILE}`]: { status: 200, body: profile() },
      'POST /api/me/skills/from-profile': {
        status: 200,
        body: { language: 'nl', suggestedSkills: [], suggestedOccupations: [], profile: profile() } satisfies SkillExtraction,
      },
      'GET /api/match/skills': { status: 200, body: [{ uri: WOUND, label: 'wondverzorging', matchedLabel: 'wondzorg' }] },
      'POST /api/me/skills/confirm': { status: 200, body: withWound },
    });
    renderApp('/my-skills');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Lees mijn profiel' }));
    expect(await screen.findByText('In je profiel staan geen vaardigheden die Kring herkent.')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/Zoek een vaardigheid/), 'wond');
    const results = await screen.findByRole('list', { name: 'Zoekresultaten' });
    expect(within(results).getByRole('listitem', { name: 'wondverzorging' })).toHaveTextContent('gevonden als “wondzorg”');
    await user.click(within(results).getByRole('button', { name: 'wondverzorging toevoegen' }));
    expect(await within(results).findByText('Toegevoegd')).toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/match/skills')?.search).toBe('?q=wond&lang=nl&limit=10');
    expect(requests.find((r) => r.path === '/api/me/skills/confirm')?.body).toEqual({ skills: [{ uri: WOUND }], occupations: [] });
  });

  it('is in English for English users', async () => {
    await i18n.changeLanguage('en');
    const { requests } = mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['alumnus'], locale: 'en' }) },
      [`GET ${PROFILE}`]: { status: 200, body: profile({ skills: [concept(JAVA, 'Java')] }) },
    });
    renderApp('/my-skills');
    expect(await screen.findByRole('heading', { level: 1, name: 'My skills' })).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: 'Java' })).toHaveTextContent('Confirmed by you');
    expect(requests.find((r) => r.path === PROFILE)?.search).toBe('?lang=en');
  });
});
