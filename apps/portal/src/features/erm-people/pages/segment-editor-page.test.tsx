import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { Person, SegmentFilter } from '../api/types';

const people: Person[] = ['Ada', 'Bo', 'Cas'].map((firstName, i) => ({
  id: `p-${i}`,
  firstName,
  lastName: 'Visser',
  email: null,
  phone: null,
  locale: 'nl',
  phase: i === 0 ? 'exit' : 'relation',
  location: i === 0 ? 'Utrecht' : 'Zeist',
  functionTitle: null,
  department: null,
  skills: [],
  tags: [],
  interests: [],
  source: 'manual',
  startDate: null,
  phaseChangedAt: '2026-01-10T09:00:00.000Z',
  boomerangAt: null,
  engagementScore: 0,
  engagementLevel: 'none',
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
}));

/** A tiny stand-in for the server's filter: phases and locations. */
const matching = (filter: SegmentFilter) =>
  people.filter(
    (p) =>
      (!filter.phases?.length || filter.phases.includes(p.phase)) &&
      (!filter.locations?.length || filter.locations.some((l) => l.toLowerCase() === p.location?.toLowerCase())),
  );

describe('segment editor', () => {
  it('shows a live count while the filter changes, then saves name, description and filter', { timeout: 60_000 }, async () => {
    let existing = false;
    const { requests } = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/talent-pools': { status: 200, body: { items: [] } },
      'POST /api/segments/preview': (request) => {
        const items = matching((request.body as { filter: SegmentFilter }).filter);
        return { status: 200, body: { items, total: items.length } };
      },
      'POST /api/segments': (request) => {
        if (!existing) {
          existing = true;
          return { status: 409, body: problem(409, 'segment_name_taken', [{ field: 'name', message: 'is already used by another segment' }]) };
        }
        const body = request.body as { name: string; description: string; filter: SegmentFilter };
        return { status: 201, body: { id: 'seg-1', ...body, count: matching(body.filter).length, createdByUserId: 'user-1', createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' } };
      },
      'GET /api/segments/seg-1': { status: 200, body: { id: 'seg-1', name: 'Alumni Utrecht', description: '', filter: { phases: ['exit'], locations: ['Utrecht'] }, count: 1, createdByUserId: 'user-1', createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' } },
      'GET /api/segments/seg-1/people': { status: 200, body: { items: [people[0]], total: 1 } },
    });
    const { router } = renderApp('/segments/new');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'Nieuw segment' })).toBeInTheDocument();
    expect(await screen.findByText('3 mensen in dit segment')).toBeInTheDocument();

    await user.click(screen.getByLabelText(/^Fases/, { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Exit' }));
    expect(await screen.findByText('1 persoon in dit segment')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ada Visser' })).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Locaties/, { selector: 'input' }), 'Zeist{Enter}');
    expect(await screen.findByText('0 mensen in dit segment')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Locaties/, { selector: 'input' }), 'Utrecht{Enter}');
    expect(await screen.findByText('1 persoon in dit segment')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Dit veld is verplicht')).toBeInTheDocument();
    expect(requests.filter((r) => r.path === '/api/segments')).toHaveLength(0);

    await user.type(screen.getByLabelText(/^Naam/), 'Alumni Utrecht');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Er is al een segment met deze naam')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/segments/seg-1'));
    expect(requests.filter((r) => r.path === '/api/segments').at(-1)?.body).toEqual({
      name: 'Alumni Utrecht',
      description: '',
      filter: { phases: ['exit'], locations: ['Zeist', 'Utrecht'] },
    });
    const members = await screen.findByRole('region', { name: 'Mensen in dit segment' });
    expect(await within(members).findByRole('link', { name: 'Ada Visser' })).toBeInTheDocument();
    // The saved segment lists its people once: no preview list above the saved one.
    expect(screen.getAllByRole('link', { name: 'Ada Visser' })).toHaveLength(1);
    expect(screen.queryByText(/^Voorbeeld/)).not.toBeInTheDocument();
  });
});
