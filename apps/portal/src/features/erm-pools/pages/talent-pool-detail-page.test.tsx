import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const POOL_ID = '11111111-1111-4111-8111-111111111111';

const member = (n: number) => ({
  personId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name: `Lid ${n}`,
  email: `lid${n}@example.nl`,
  phase: 'orientation',
  joinedAt: '2026-01-01T09:00:00.000Z',
  source: 'hr',
  consentExpiresAt: null,
});

describe('talent pool detail page', () => {
  it('goes back to the last page, not to "no members", after removing the only member on the last page', async () => {
    let members = Array.from({ length: 26 }, (_, i) => member(i + 1));
    const { requests } = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      [`GET /api/talent-pools/${POOL_ID}`]: {
        status: 200,
        body: {
          id: POOL_ID,
          name: 'Zorgprofessionals',
          description: null,
          public: true,
          archivedAt: null,
          memberCount: 26,
          createdAt: '2026-01-01T09:00:00.000Z',
          updatedAt: '2026-01-01T09:00:00.000Z',
        },
      },
      [`GET /api/talent-pools/${POOL_ID}/members`]: (request) => {
        const params = new URLSearchParams(request.search);
        const offset = Number(params.get('offset') ?? 0);
        const limit = Number(params.get('limit') ?? 25);
        return { status: 200, body: { items: members.slice(offset, offset + limit), total: members.length } };
      },
      [`DELETE /api/talent-pools/${POOL_ID}/members/${member(26).personId}`]: () => {
        members = members.filter((m) => m.name !== 'Lid 26');
        return { status: 204 };
      },
    });
    renderApp(`/talent-pools/${POOL_ID}`);
    const user = userEvent.setup();

    await screen.findByText('Lid 1', {}, { timeout: 5000 });
    expect(screen.getByRole('link', { name: 'Lid 1' })).toHaveAttribute('href', `/people/${member(1).personId}`);
    await user.click(within(screen.getByRole('region', { name: 'Leden' })).getByRole('button', { name: '2' }));
    await user.click(await screen.findByRole('button', { name: 'Lid 26 uit de pool verwijderen' }));

    expect(await screen.findByText('Lid 25', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Lid 1')).toBeInTheDocument();
    expect(screen.queryByText('Deze pool heeft (nog) geen leden.')).not.toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'GET' && r.path.endsWith('/members')).map((r) => new URLSearchParams(r.search).get('offset'))).toEqual(['0', '25', '25', '0']);
  });
});
