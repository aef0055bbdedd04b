import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, session } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const programme = { id: 'prog-1', name: 'Doorlopend', kind: 'internal', endsAt: null, rewardSummary: '€ 500 na de proeftijd' };
const base = {
  department: 'Zorg',
  salaryMin: null,
  salaryMax: null,
  salaryCurrency: 'EUR',
  salaryPeriod: null,
  skills: [],
  hardToFill: false,
  openedAt: '2026-02-01T09:00:00.000Z',
};
const nurse = { ...base, id: 'vac-1', title: 'Verpleegkundige', location: 'Utrecht', employmentType: 'permanent', hoursMin: 32, hoursMax: 36, programme };
const baker = {
  ...base,
  id: 'vac-2',
  title: 'Bakker',
  location: 'Amersfoort',
  employmentType: 'flex',
  hoursMin: 24,
  hoursMax: 24,
  programme: { ...programme, name: 'Voorjaarsactie', endsAt: '2026-03-31T21:59:59.000Z', rewardSummary: '€ 750' },
};

describe('vacancies page', () => {
  it('lists open vacancies with reward and action end date, and filters them', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['employee'] }) },
      'GET /api/open-vacancies': (request) => {
        const query = new URLSearchParams(request.search);
        const q = query.get('q')?.toLowerCase();
        const type = query.get('employmentType');
        const items = [nurse, baker].filter((v) => (!q || v.title.toLowerCase().includes(q)) && (!type || v.employmentType === type));
        return { status: 200, body: { items, total: items.length } };
      },
    });
    renderApp('/vacancies');
    const user = userEvent.setup();

    const nurseCard = (await screen.findByRole('link', { name: 'Verpleegkundige' })).closest('article')!;
    expect(within(nurseCard).getByText('32–36 uur per week')).toBeInTheDocument();
    expect(within(nurseCard).getByText('Beloning: € 500 na de proeftijd')).toBeInTheDocument();
    const bakerCard = screen.getByRole('link', { name: 'Bakker' }).closest('article')!;
    expect(within(bakerCard).getByText('Actie t/m 31 maart 2026')).toBeInTheDocument();
    expect(screen.getByText('2 vacatures')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Zoeken' }), 'bakker');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Verpleegkundige' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Bakker' })).toHaveAttribute('href', '/vacancies/vac-2');
    expect(requests.some((r) => r.path === '/api/open-vacancies' && new URLSearchParams(r.search).get('q') === 'bakker')).toBe(true);

    await user.selectOptions(screen.getByLabelText('Dienstverband'), 'permanent');
    expect(await screen.findByText('Geen vacatures gevonden met deze filters.')).toBeInTheDocument();
    expect(screen.getByText(/Draag diegene algemeen aan/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    expect(await screen.findByRole('link', { name: 'Verpleegkundige' })).toBeInTheDocument();
  });

  it('opens the general referral form without a vacancy', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['employee'] }) },
      'GET /api/open-vacancies': { status: 200, body: { items: [], total: 0 } },
      'POST /api/referrals': { status: 201, body: { id: 'ref-1', consentState: 'awaiting_consent' } },
    });
    renderApp('/vacancies');
    const user = userEvent.setup();

    expect(await screen.findByText(/Er staan op dit moment geen vacatures open/)).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Algemeen aandragen' })[0]);
    const dialog = await screen.findByRole('dialog', { name: 'Algemeen aandragen' });
    await user.type(within(dialog).getByLabelText(/^Naam van de kandidaat/), 'Eva de Boer');
    await user.type(within(dialog).getByLabelText(/^E-mailadres/), 'eva@example.nl');
    await user.selectOptions(within(dialog).getByLabelText(/^Hoe ken je de kandidaat/), 'network');
    await user.click(within(dialog).getByRole('button', { name: 'Aandragen' }));

    expect(await within(dialog).findByText('Bedankt, je aandraging is binnen')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST' && r.path === '/api/referrals');
    expect(post?.body).not.toHaveProperty('vacancyId');
  });
});
