import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { Employee } from '../api/types';

const base: Employee = {
  personId: 'p-1',
  name: 'Ingrid Jansen',
  email: 'ingrid@delinde.nl',
  employeeNumber: '4711',
  department: 'Thuiszorg',
  location: 'Utrecht',
  employmentType: 'permanent',
  startDate: '2020-01-01',
  phase: 'employment',
  roles: ['employee'],
  boomerangAt: null,
  offboarding: null,
};

const employees: Employee[] = [
  base,
  {
    ...base,
    personId: 'p-2',
    name: 'Iris Dekker',
    offboarding: {
      id: 'o-1',
      personId: 'p-2',
      personName: 'Iris Dekker',
      employeeNumber: '4712',
      leavingDate: '2026-12-13',
      reason: 'resignation',
      eligibleForRehire: true,
      note: null,
      privateEmail: null,
      status: 'scheduled',
      source: 'hr',
      completedAt: null,
      cancelledAt: null,
      createdAt: '2026-11-01T09:00:00.000Z',
    },
  },
  { ...base, personId: 'p-3', name: 'Lisa Bakker', phase: 'entry', startDate: '2026-11-27' },
  { ...base, personId: 'p-4', name: 'Bas Hoekstra', phase: 'entry', startDate: null },
  { ...base, personId: 'p-5', name: 'Nieuw Collega', phase: 'information', startDate: null, employeeNumber: null },
];

describe('employees panel', () => {
  it('shows the leaving and start dates on their own line and offers offboarding only to hired or employed people', async () => {
    mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/employees': { status: 200, body: { items: employees } },
      'GET /api/employee-imports': { status: 200, body: [] },
    });
    renderApp('/manage/employees');
    const table = await screen.findByRole('table', { name: 'Medewerkers' });
    const row = (name: string) => within(table).getByText(name).closest('tr') as HTMLElement;

    expect(within(row('Iris Dekker')).getByText('Vertrekt')).toBeInTheDocument();
    expect(within(row('Iris Dekker')).getByText(/^Laatste werkdag 13 dec/)).toBeInTheDocument();
    expect(within(row('Lisa Bakker')).getByText('Start binnenkort')).toBeInTheDocument();
    expect(within(row('Lisa Bakker')).getByText(/^Start 27 nov/)).toBeInTheDocument();
    expect(within(row('Bas Hoekstra')).getByText('Aangenomen')).toBeInTheDocument();
    expect(within(row('Bas Hoekstra')).getByText('Startdatum nog onbekend')).toBeInTheDocument();

    expect(screen.getByRole('button', { name: 'Ingrid Jansen uit dienst melden' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lisa Bakker uit dienst melden' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nieuw Collega uit dienst melden' })).not.toBeInTheDocument();
    expect(within(row('Nieuw Collega')).getByText('Informatiefase')).toBeInTheDocument();
  });
});
