import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const pool = (overrides: Record<string, unknown> = {}) => ({
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Zorgprofessionals',
  description: 'Verpleging en verzorging',
  public: true,
  archivedAt: null,
  memberCount: 12,
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  ...overrides,
});

describe('talent pools page', () => {
  it('lists pools with member counts and the link to the public form', async () => {
    mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/talent-pools': { status: 200, body: { items: [pool(), pool({ id: '22222222-2222-4222-8222-222222222222', name: 'Ondersteunende diensten', public: false, memberCount: 3 })] } },
    });
    renderApp('/talent-pools');

    const table = await screen.findByRole('table', {}, { timeout: 5000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]!.textContent)).toEqual(['12', '3']);
    expect(within(rows[0]!).getByText('Op formulier')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Intern')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /\/join\/brood$/ })).toBeInTheDocument();
  });

  it('shows a taken name on the name field', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/talent-pools': { status: 200, body: { items: [pool()] } },
      'POST /api/talent-pools': { status: 409, body: problem(409, 'talent_pool_name_taken', [{ field: 'name', message: 'is already used by another talent pool' }]) },
    });
    renderApp('/talent-pools');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(/^Naam/, {}, { timeout: 5000 }), 'zorgprofessionals');
    await user.click(screen.getByRole('button', { name: 'Talentpool aanmaken' }));

    expect(await screen.findByText('Er is al een talentpool met deze naam')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Naam/)).toHaveAttribute('aria-invalid', 'true');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ name: 'zorgprofessionals', description: '', public: false });
  });
});
