import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const starters = [
  {
    personId: 'p-noah',
    name: 'Noah Smit',
    email: 'noah.smit@example.nl',
    phase: 'entry',
    startDate: '2027-03-29',
    checklistId: 'c-1',
    templateName: 'Welkom bij Zorggroep De Linde',
    done: 2,
    total: 6,
    overdue: 1,
    nextTask: { titleNl: 'Kennismaken met je buddy', titleEn: 'Meet your buddy', dueOn: '2027-03-22', assignee: 'starter' },
  },
];

describe('preboarding page (HR)', () => {
  it('lists starters with progress, overdue count and next task', async () => {
    mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['hr_admin'] }) },
      'GET /api/preboarding/starters': { status: 200, body: starters },
      'GET /api/preboarding/templates': { status: 200, body: [] },
    });
    renderApp('/preboarding');
    const row = (await screen.findByRole('link', { name: 'Noah Smit' }, { timeout: 5000 })).closest('tr')!;
    expect(within(row).getByText('29 maart 2027')).toBeInTheDocument();
    expect(within(row).getByText('2 van 6 klaar')).toBeInTheDocument();
    expect(within(row).getByText('1')).toBeInTheDocument();
    expect(within(row).getByText('Kennismaken met je buddy · 22 maart 2027')).toBeInTheDocument();
  });

  it('shows why starting preboarding was refused', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['hr_admin'] }) },
      'GET /api/preboarding/starters': { status: 200, body: [] },
      'GET /api/preboarding/templates': { status: 200, body: [] },
      'GET /api/preboarding/people': { status: 200, body: [{ personId: 'p-lotte', name: 'Lotte Visser', email: 'lotte@example.nl', phase: 'orientation', department: null, startDate: null }] },
      'POST /api/preboarding/starters': { status: 409, body: problem(409, 'preboarding_no_template') },
    });
    renderApp('/preboarding');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Preboarding starten' }, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByPlaceholderText('Zoek op naam of e-mailadres'));
    await user.click(await screen.findByRole('option', { name: 'Lotte Visser (lotte@example.nl)' }, { timeout: 5000 }));
    await user.type(within(dialog).getByLabelText(/Eerste werkdag/), '01-04-2027');
    await user.click(within(dialog).getByRole('button', { name: 'Starten en link mailen' }));
    expect(await within(dialog).findByText(/Er is nog geen standaardstartlijst/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST' && r.path === '/api/preboarding/starters')?.body).toEqual({ personId: 'p-lotte', startDate: '2027-04-01' });
  });
});
