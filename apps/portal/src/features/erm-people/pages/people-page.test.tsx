import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { Person } from '../api/types';

function person(overrides: Partial<Person>): Person {
  return {
    id: 'p-1',
    firstName: 'Anouk',
    lastName: 'Bakker',
    email: 'anouk@example.nl',
    phone: null,
    locale: 'nl',
    phase: 'exit',
    location: 'Utrecht',
    functionTitle: 'Verzorgende IG',
    department: null,
    skills: [],
    tags: ['alumni'],
    interests: [],
    source: 'manual',
    startDate: null,
    phaseChangedAt: '2026-01-10T09:00:00.000Z',
    boomerangAt: null,
    engagementScore: 0,
    engagementLevel: 'none',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    ...overrides,
  };
}

const anouk = person({});
const petra = person({
  id: 'p-2',
  firstName: 'Petra',
  lastName: 'Hendriks',
  phase: 'employment',
  boomerangAt: '2026-02-01T09:00:00.000Z',
  engagementLevel: 'high',
  engagementScore: 11,
});

function handlers() {
  return {
    'GET /api/auth/session': { status: 200, body: session() },
    'GET /api/talent-pools': { status: 200, body: { items: [] } },
    'GET /api/people': (request: { search: string }) => {
      const query = new URLSearchParams(request.search);
      const phases = query.getAll('phases');
      const items = [anouk, petra].filter((p) => phases.length === 0 || phases.includes(p.phase));
      return { status: 200, body: { items, total: items.length } };
    },
    'POST /api/people/phase': { status: 200, body: { moved: [{ personId: 'p-1', fromPhase: 'exit', boomerang: true }], unchanged: 1, ignored: 0, refused: [] } },
  } as Parameters<typeof mockApi>[0];
}

describe('people list', () => {
  it('shows phase, engagement and the boomerang mark, and filters by phase through the API', async () => {
    const { requests } = mockApi(handlers());
    renderApp('/people');
    const user = userEvent.setup();

    const table = await screen.findByRole('table');
    expect(within(table).getByText('2 mensen')).toBeInTheDocument();
    const petraRow = within(table).getByRole('link', { name: 'Petra Hendriks' }).closest('tr')!;
    expect(within(petraRow).getByText('Arbeid')).toBeInTheDocument();
    expect(within(petraRow).getByLabelText('Betrokkenheid: Hoog (score 11)')).toBeInTheDocument();
    expect(within(petraRow).getByLabelText(/Boomerang sinds/)).toBeInTheDocument();
    const anoukRow = within(table).getByRole('link', { name: 'Anouk Bakker' }).closest('tr')!;
    expect(within(anoukRow).getByText('Exit')).toBeInTheDocument();
    expect(within(anoukRow).queryByLabelText(/Boomerang sinds/)).not.toBeInTheDocument();

    await user.click(screen.getByLabelText(/^Fases/, { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Exit' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Petra Hendriks' })).not.toBeInTheDocument());
    expect(screen.getByText('1 persoon')).toBeInTheDocument();
    expect(new URLSearchParams(requests.filter((r) => r.path === '/api/people').at(-1)!.search).getAll('phases')).toEqual(['exit']);
  });

  it('moves the selected people to another phase with a reason and reports boomerangs', async () => {
    const { requests } = mockApi(handlers());
    renderApp('/people');
    const user = userEvent.setup();

    const table = await screen.findByRole('table');
    const move = screen.getByRole('button', { name: 'Naar andere fase' });
    expect(move).toBeDisabled();
    await user.click(within(table).getByRole('checkbox', { name: 'Anouk Bakker selecteren' }));
    await user.click(within(table).getByRole('checkbox', { name: 'Petra Hendriks selecteren' }));
    await user.click(move);

    const dialog = await screen.findByRole('dialog', { name: '2 mensen naar een andere fase' });
    await user.click(within(dialog).getByRole('button', { name: 'Verplaatsen' }));
    expect(await within(dialog).findAllByText('Dit veld is verplicht')).toHaveLength(2);
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.selectOptions(within(dialog).getByLabelText(/^Nieuwe fase/), 'employment');
    await user.type(within(dialog).getByLabelText(/^Reden/), 'Terug in dienst');
    await user.click(within(dialog).getByRole('button', { name: 'Verplaatsen' }));

    const status = await screen.findByText(/1 persoon verplaatst\./);
    expect(status).toHaveTextContent('1 stond al in die fase. 1 boomerang: een oud-medewerker komt terug.');
    expect(requests.find((r) => r.path === '/api/people/phase')?.body).toEqual({
      personIds: ['p-1', 'p-2'],
      to: 'employment',
      reason: 'Terug in dienst',
    });
  });

  it('reports people with an account that a move leaves where they are', async () => {
    mockApi({ ...handlers(), 'POST /api/people/phase': { status: 200, body: { moved: [], unchanged: 0, ignored: 0, refused: ['p-2'] } } });
    renderApp('/people');
    const user = userEvent.setup();

    const table = await screen.findByRole('table');
    await user.click(within(table).getByRole('checkbox', { name: 'Petra Hendriks selecteren' }));
    await user.click(screen.getByRole('button', { name: 'Naar andere fase' }));
    const dialog = await screen.findByRole('dialog', { name: '1 persoon naar een andere fase' });
    await user.selectOptions(within(dialog).getByLabelText(/^Nieuwe fase/), 'exit');
    await user.type(within(dialog).getByLabelText(/^Reden/), 'Vertrokken');
    await user.click(within(dialog).getByRole('button', { name: 'Verplaatsen' }));

    expect(await screen.findByText(/1 persoon met een account niet verplaatst: in of uit dienst gaat via aanname of uitdiensttreding\./)).toBeInTheDocument();
  });
});
