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
    { id: 'h2', fromPhase: 'employment', toPhase: 'exit', cause: 'offboarded', reason: 'end_of_contract', actorUserId: null, actorName: null, occurredAt: '2025-06-01T09:00:00.000Z' },
    { id: 'h3', fromPhase: 'exit', toPhase: 'employment', cause: 'manual', reason: 'Terug in dienst', actorUserId: 'user-1', actorName: 'Hanna de Vries', occurredAt: '2026-02-01T09:00:00.000Z' },
  ],
  consents: [{ purpose: 'events', status: 'granted', active: true, source: 'hr', givenAt: '2026-01-01T09:00:00.000Z', expiresAt: '2027-01-01T09:00:00.000Z', withdrawnAt: null }],
};

const timeline: Timeline = {
  total: 8,
  items: [
    { id: 'e1', kind: 'touchpoint', at: '2026-02-12T09:00:00.000Z', actorUserId: 'user-1', actorName: 'Hanna de Vries', details: { touchpointKind: 'event_invited', channel: 'event', note: null } },
    { id: 'r1', kind: 'referral_stage_changed', at: '2026-02-11T10:00:00.000Z', actorUserId: 'user-1', actorName: 'Hanna de Vries', details: { referralRole: 'referrer', fromStage: 'interview', stage: 'withdrawn', vacancyTitle: 'Teamleider zorg' } },
    { id: 'r0', kind: 'referral_stage_changed', at: '2026-02-11T09:30:00.000Z', actorUserId: null, actorName: null, details: { referralRole: 'referrer', fromStage: null, stage: 'new', vacancyTitle: 'Teamleider zorg' } },
    { id: 'rm', kind: 'referral_made', at: '2026-02-11T09:30:00.000Z', actorUserId: null, actorName: null, details: { referralRole: 'referrer', stage: 'new', counterpartName: 'Sem de Wit' } },
    { id: 'h2', kind: 'phase_changed', at: '2025-06-01T09:00:00.000Z', actorUserId: null, actorName: null, details: { fromPhase: 'employment', toPhase: 'exit', cause: 'offboarded', reason: 'end_of_contract' } },
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
    expect(within(history).getByText(/Uit dienst · Einde contract/)).toBeInTheDocument();
    expect(within(history).queryByText(/end_of_contract/)).not.toBeInTheDocument();

    const consents = screen.getByRole('region', { name: 'Toestemmingen' });
    expect(within(consents).getByText('Evenementen')).toBeInTheDocument();
    expect(within(consents).getByText('Geldig')).toBeInTheDocument();

    const region = screen.getByRole('region', { name: 'Tijdlijn' });
    expect(await within(region).findByText('Contactmoment via gesprek')).toBeInTheDocument();
    // No repetition, no raw codes, and "doorverwijzing" as in the menu.
    expect(within(region).getByText('Uitgenodigd voor evenement')).toBeInTheDocument();
    expect(within(region).getByText('Doorverwijzing: Gesprek → Teruggetrokken')).toBeInTheDocument();
    expect(within(region).getByText('Nieuwe doorverwijzing (Nieuw)')).toBeInTheDocument();
    expect(within(region).getByText('Verwees Sem de Wit door')).toBeInTheDocument();
    expect(within(region).getByText('Einde contract')).toBeInTheDocument();
    expect(within(region).queryByText(/withdrawn|end_of_contract|via Evenement/)).not.toBeInTheDocument();
    expect(within(region).getByText('Koffie met recruiter')).toBeInTheDocument();
    expect(within(region).getByText('Fase: Exit → Arbeid')).toBeInTheDocument();
    expect(within(region).getByText('1 punt')).toBeInTheDocument();
  });
});
