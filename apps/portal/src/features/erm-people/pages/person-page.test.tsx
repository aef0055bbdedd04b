import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { PersonDetail, Timeline } from '../api/types';

const petra: PersonDetail = {
  id: 'p-2',
  firstName: 'Petra',
  lastName: 'Hendriks',
  email: 'petra@example.nl',
  phone: null,
  locale: 'nl',
  phase: 'employment',
  location: 'Utrecht',
  functionTitle: 'Wondconsulent',
  department: 'Zorg',
  skills: ['wondzorg'],
  tags: ['zorg'],
  interests: [],
  source: 'manual',
  startDate: null,
  phaseChangedAt: '2026-02-01T09:00:00.000Z',
  boomerangAt: '2026-02-01T09:00:00.000Z',
  engagementScore: 5,
  engagementLevel: 'moderate',
  createdAt: '2025-01-01T09:00:00.000Z',
  updatedAt: '2026-02-01T09:00:00.000Z',
  hasAccount: false,
  phaseHistory: [
    { id: 'h1', fromPhase: null, toPhase: 'employment', cause: 'created', reason: null, actorUserId: null, actorName: null, occurredAt: '2025-01-01T09:00:00.000Z' },
    { id: 'h2', fromPhase: 'employment', toPhase: 'exit', cause: 'offboarded', reason: null, actorUserId: null, actorName: null, occurredAt: '2025-06-01T09:00:00.000Z' },
    { id: 'h3', fromPhase: 'exit', toPhase: 'employment', cause: 'manual', reason: 'Terug in dienst', actorUserId: 'user-1', actorName: 'Hanna de Vries', occurredAt: '2026-02-01T09:00:00.000Z' },
  ],
  consents: [{ purpose: 'events', status: 'granted', active: true, source: 'hr', givenAt: '2026-01-01T09:00:00.000Z', expiresAt: '2027-01-01T09:00:00.000Z', withdrawnAt: null }],
};

const timeline: Timeline = {
  total: 3,
  items: [
    { id: 'pt1', kind: 'points', at: '2026-02-11T09:00:00.000Z', actorUserId: null, actorName: null, details: { points: 1 } },
    { id: 't1', kind: 'touchpoint', at: '2026-02-10T09:00:00.000Z', actorUserId: 'user-1', actorName: 'Hanna de Vries', details: { touchpointKind: 'manual', channel: 'meeting', note: 'Koffie met recruiter' } },
    { id: 'h3', kind: 'phase_changed', at: '2026-02-01T09:00:00.000Z', actorUserId: 'user-1', actorName: 'Hanna de Vries', details: { fromPhase: 'exit', toPhase: 'employment', cause: 'manual', reason: 'Terug in dienst' } },
  ],
};

describe('person page', () => {
  it('shows the profile, the boomerang mark, phase history, consents and the timeline', async () => {
    mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/people/p-2': { status: 200, body: petra },
      'GET /api/people/p-2/timeline': { status: 200, body: timeline },
    });
    renderApp('/people/p-2');

    expect(await screen.findByRole('heading', { level: 1, name: 'Petra Hendriks' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Boomerang sinds/)).toBeInTheDocument();
    expect(screen.getByLabelText('Betrokkenheid: Matig (score 5)')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Voornaam/)).toHaveValue('Petra');

    const history = screen.getByRole('list', { name: 'Fasegeschiedenis' });
    expect(within(history).getByText('Exit → Arbeid')).toBeInTheDocument();
    expect(within(history).getByText(/Handmatig door HR · door Hanna de Vries · Terug in dienst/)).toBeInTheDocument();

    const consents = screen.getByRole('region', { name: 'Toestemmingen' });
    expect(within(consents).getByText('Evenementen')).toBeInTheDocument();
    expect(within(consents).getByText('Geldig')).toBeInTheDocument();

    const region = screen.getByRole('region', { name: 'Tijdlijn' });
    expect(await within(region).findByText('Contactmoment via Gesprek')).toBeInTheDocument();
    expect(within(region).getByText('Koffie met recruiter')).toBeInTheDocument();
    expect(within(region).getByText('Fase: Exit → Arbeid')).toBeInTheDocument();
    expect(within(region).getByText('1 punt')).toBeInTheDocument();
  });
});
