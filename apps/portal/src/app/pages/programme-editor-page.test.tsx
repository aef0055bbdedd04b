import type { Programme } from '@kring/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, session } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

function programme(overrides: Partial<Programme> = {}): Programme {
  return {
    id: 'prog-1',
    name: 'Zomeractie 2025',
    kind: 'internal',
    audiences: ['employee_permanent', 'employee_flex'],
    startsAt: '2025-06-01T08:00:00.000Z',
    endsAt: '2025-08-31T22:00:00.000Z',
    isAction: true,
    status: 'ended',
    vacancyScope: 'all_open',
    vacancyIds: [],
    ownershipDays: 180,
    ownershipScope: 'candidate',
    consentTimeoutDays: 14,
    allowHiringTeamReferrals: false,
    termsMarkdown: '',
    termsHtml: '',
    rewardSummary: '€ 750 na de proeftijd',
    archivedAt: null,
    createdAt: '2025-05-01T08:00:00.000Z',
    updatedAt: '2025-05-01T08:00:00.000Z',
    ...overrides,
  };
}

const vacancyList = {
  items: [
    { id: 'vac-1', title: 'Kok', status: 'open' },
    { id: 'vac-2', title: 'Bakker', status: 'draft' },
  ].map((v) => ({
    ...v,
    department: null,
    location: null,
    employmentType: 'permanent',
    hoursMin: null,
    hoursMax: null,
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: 'EUR',
    salaryPeriod: null,
    skills: [],
    hardToFill: false,
    openedAt: null,
    hiringManagerUserId: null,
    hiringManagerName: null,
    closedAt: null,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
  })),
  total: 2,
};

const baseHandlers = {
  'GET /api/auth/session': { status: 200, body: session() },
  'GET /api/vacancies': { status: 200, body: vacancyList },
  'GET /api/programmes': { status: 200, body: { items: [], total: 0 } },
};

describe('programme editor', () => {
  it('lets the audiences follow the kind and shows the server’s audience error on the audiences', async () => {
    const { requests } = mockApi({
      ...baseHandlers,
      'POST /api/programmes': {
        status: 400,
        body: problem(400, 'validation_failed', [{ field: 'audiences', message: 'an external programme admits only external_referrer' }]),
      },
    });
    renderApp('/manage/programmes/new');
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Nieuw programma' });

    // Internal by default: employees only.
    expect(within(form).getByRole('checkbox', { name: 'Medewerkers in vaste dienst' })).toBeChecked();
    expect(within(form).getByRole('checkbox', { name: 'Flexmedewerkers' })).toBeChecked();
    expect(within(form).getByRole('checkbox', { name: 'Oud-medewerkers' })).toBeDisabled();
    expect(within(form).getByRole('checkbox', { name: 'Externe aandragers' })).toBeDisabled();

    await user.click(within(form).getByRole('radio', { name: 'Extern' }));
    expect(within(form).getByRole('checkbox', { name: 'Externe aandragers' })).toBeChecked();
    expect(within(form).getByRole('checkbox', { name: 'Externe aandragers' })).toBeEnabled();
    expect(within(form).getByRole('checkbox', { name: 'Medewerkers in vaste dienst' })).not.toBeChecked();
    expect(within(form).getByRole('checkbox', { name: 'Medewerkers in vaste dienst' })).toBeDisabled();

    await user.click(within(form).getByRole('radio', { name: 'Gecombineerd' }));
    for (const name of ['Medewerkers in vaste dienst', 'Flexmedewerkers', 'Oud-medewerkers', 'Externe aandragers']) {
      expect(within(form).getByRole('checkbox', { name })).toBeChecked();
    }
    await user.click(within(form).getByRole('checkbox', { name: 'Oud-medewerkers' }));

    await user.type(within(form).getByLabelText(/^Naam/), 'Iedereen werft');
    await user.click(within(form).getByRole('button', { name: 'Programma aanmaken' }));

    expect(await within(form).findByText('an external programme admits only external_referrer')).toBeInTheDocument();
    const body = requests.find((r) => r.method === 'POST')?.body as Record<string, unknown>;
    expect(body).toMatchObject({
      name: 'Iedereen werft',
      kind: 'combined',
      audiences: ['employee_permanent', 'employee_flex', 'external_referrer'],
      startsAt: null,
      endsAt: null,
      vacancyScope: 'all_open',
      vacancyIds: [],
      ownershipDays: 180,
      ownershipScope: 'candidate',
      consentTimeoutDays: 14,
    });
  });

  it('requires at least one vacancy when the scope is a selection, and sends the chosen ones', async () => {
    const created = programme({ id: 'prog-2', name: 'Keukenactie', vacancyScope: 'selected', vacancyIds: ['vac-1'], isAction: false, endsAt: null, status: 'active' });
    const { requests } = mockApi({
      ...baseHandlers,
      'POST /api/programmes': { status: 201, body: created },
      'GET /api/programmes/prog-2': { status: 200, body: created },
    });
    const { router } = renderApp('/manage/programmes/new');
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Nieuw programma' });

    await user.type(within(form).getByLabelText(/^Naam/), 'Keukenactie');
    await user.click(within(form).getByRole('radio', { name: 'Een selectie' }));
    await user.click(within(form).getByRole('button', { name: 'Programma aanmaken' }));

    expect(await within(form).findByText('Kies minstens één vacature')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.click(within(form).getByLabelText(/^Gekozen vacatures/, { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Kok' }));
    await user.click(within(form).getByRole('button', { name: 'Programma aanmaken' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/manage/programmes/prog-2'));
    expect(requests.find((r) => r.method === 'POST')?.body).toMatchObject({ vacancyScope: 'selected', vacancyIds: ['vac-1'] });
  });

  it('turns an ended referral action into an ongoing programme', async () => {
    let ongoing = false;
    const current = () =>
      ongoing ? programme({ endsAt: null, isAction: false, status: 'active', updatedAt: '2025-09-02T08:00:00.000Z' }) : programme();
    const { requests } = mockApi({
      ...baseHandlers,
      'GET /api/programmes/prog-1': () => ({ status: 200, body: current() }),
      'POST /api/programmes/prog-1/make-ongoing': () => {
        ongoing = true;
        return { status: 200, body: current() };
      },
    });
    renderApp('/manage/programmes/prog-1');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Zomeractie 2025' })).toBeInTheDocument();
    expect(screen.getByText('Referralactie')).toBeInTheDocument();
    expect(screen.getByText('Afgelopen')).toBeInTheDocument();
    expect(screen.getByLabelText('Einde')).not.toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Maak doorlopend' }));

    expect(await screen.findByText('Doorlopend programma')).toBeInTheDocument();
    expect(screen.getByText('Actief')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Maak doorlopend' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Einde')).toHaveValue('');
    expect(requests.filter((r) => r.path === '/api/programmes/prog-1/make-ongoing')).toHaveLength(1);
  });

  it('archives only after confirmation', async () => {
    const { requests } = mockApi({
      ...baseHandlers,
      'GET /api/programmes/prog-1': { status: 200, body: programme({ status: 'active', endsAt: null, isAction: false }) },
      'POST /api/programmes/prog-1/archive': { status: 200, body: programme({ status: 'archived', archivedAt: '2025-09-02T08:00:00.000Z' }) },
    });
    renderApp('/manage/programmes/prog-1');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Archiveren' }));
    const dialog = await screen.findByRole('dialog', { name: 'Programma archiveren' });
    expect(requests.some((r) => r.path.endsWith('/archive'))).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Ja, archiveren' }));

    expect(await screen.findByText('Dit programma is gearchiveerd en geldt niet meer voor nieuwe aandragingen.')).toBeInTheDocument();
  });
});
