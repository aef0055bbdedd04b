import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { Employee } from '../api/types';

const ingrid: Employee = {
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

describe('offboard form', () => {
  it('sends the optional private email and shows refusals in Dutch', async () => {
    let answer: { status: number; body: unknown } = {
      status: 409,
      body: { type: 'about:blank', title: 'Conflict', status: 409, code: 'offboarding_private_email_taken', detail: 'This private email is already used by another account', errors: [{ field: 'privateEmail', message: 'is already used by another account' }] },
    };
    const api = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/employees': { status: 200, body: { items: [ingrid] } },
      'GET /api/employee-imports': { status: 200, body: [] },
      'POST /api/offboardings': () => answer,
    });
    const user = userEvent.setup();
    renderApp('/manage/employees');
    await user.click(await screen.findByRole('button', { name: 'Ingrid Jansen uit dienst melden' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/De laatste werkdag\. Het vertrek gaat in op de dag erna/)).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Laatste werkdag/), '2027-03-31');
    await user.selectOptions(within(dialog).getByLabelText(/Reden/), 'resignation');
    await user.type(within(dialog).getByLabelText(/Privé e-mailadres/), 'ingrid.prive@example.nl');
    await user.click(within(dialog).getByRole('button', { name: 'Vertrek vastleggen' }));
    expect(await within(dialog).findByText('Dit privé e-mailadres hoort al bij een ander account.')).toBeInTheDocument();
    expect(dialog).not.toHaveTextContent('already used');
    const sent = api.requests.find((r) => r.method === 'POST' && r.path === '/api/offboardings')!;
    expect(sent.body).toMatchObject({ personId: 'p-1', leavingDate: '2027-03-31', reason: 'resignation', privateEmail: 'ingrid.prive@example.nl' });

    answer = { status: 409, body: { type: 'about:blank', title: 'Conflict', status: 409, code: 'offboarding_last_hr_admin', detail: 'last', errors: [{ field: 'personId', message: 'is the last active HR admin' }] } };
    await user.click(within(dialog).getByRole('button', { name: 'Vertrek vastleggen' }));
    expect(await within(dialog).findByText('Dit is de laatste actieve HR-beheerder. Geef eerst iemand anders de rol HR-beheerder.')).toBeInTheDocument();
  });
});
