import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, session, userSummary } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const piet = userSummary();
const ayla = userSummary({
  id: 'user-3',
  email: 'ayla@example.nl',
  firstName: 'Ayla',
  lastName: 'Yilmaz',
  roles: ['alumnus'],
  status: 'invited',
  lastLoginAt: null,
});

describe('users page', () => {
  it('lists the users with their status and filters by status', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/users': (request) => {
        const status = new URLSearchParams(request.search).get('status');
        const items = [piet, ayla].filter((u) => !status || u.status === status);
        return { status: 200, body: { items, total: items.length } };
      },
    });
    renderApp('/users');
    const user = userEvent.setup();

    const table = await screen.findByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Piet Jansen' })).toBeInTheDocument();
    expect(within(table).getByText('Actief')).toBeInTheDocument();
    expect(within(table).getByText('Uitgenodigd')).toBeInTheDocument();
    expect(within(table).getByText('Oud-medewerker')).toBeInTheDocument();
    expect(within(table).getByText('Nog nooit')).toBeInTheDocument();
    expect(within(table).getByText('2 gebruikers')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), 'invited');

    await waitFor(() => expect(within(screen.getByRole('table')).queryByText('Piet Jansen')).not.toBeInTheDocument());
    expect(within(screen.getByRole('table')).getByText('Ayla Yilmaz')).toBeInTheDocument();
    expect(requests.some((r) => r.path === '/api/users' && r.search.includes('status=invited'))).toBe(true);
  });

  it('validates the invite form, shows server problems, and refreshes the list after inviting', async () => {
    let invited = false;
    const { requests } = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/users': () => ({
        status: 200,
        body: invited ? { items: [piet, ayla], total: 2 } : { items: [piet], total: 1 },
      }),
      'POST /api/users': (request) => {
        const body = request.body as { email: string };
        if (body.email === 'piet@example.nl') return { status: 409, body: problem(409, 'user_already_exists') };
        invited = true;
        return { status: 201, body: ayla };
      },
    });
    renderApp('/users');
    const user = userEvent.setup();

    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Uitnodigen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Gebruiker uitnodigen' });

    await user.click(within(dialog).getByRole('button', { name: 'Uitnodiging versturen' }));

    expect(await within(dialog).findAllByText('Dit veld is verplicht')).toHaveLength(3);
    expect(within(dialog).getByLabelText(/^E-mailadres/)).toHaveAttribute('aria-invalid', 'true');
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/^E-mailadres/), 'piet@example.nl');
    await user.type(within(dialog).getByLabelText(/^Voornaam/), 'Piet');
    await user.type(within(dialog).getByLabelText(/^Achternaam/), 'Jansen');
    await user.click(within(dialog).getByRole('button', { name: 'Uitnodiging versturen' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Er bestaat al een gebruiker met dit e-mailadres.');

    await user.clear(within(dialog).getByLabelText(/^E-mailadres/));
    await user.type(within(dialog).getByLabelText(/^E-mailadres/), 'ayla@example.nl');
    await user.click(within(dialog).getByRole('button', { name: 'Uitnodiging versturen' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Gebruiker uitnodigen' })).not.toBeInTheDocument());
    expect(await within(screen.getByRole('table')).findByText('Ayla Yilmaz')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST').at(-1)?.body).toEqual({
      email: 'ayla@example.nl',
      firstName: 'Piet',
      lastName: 'Jansen',
      roles: ['employee'],
      locale: 'nl',
    });
  });

  it('shows server field errors on the invite form field they belong to', async () => {
    mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/users': { status: 200, body: { items: [piet], total: 1 } },
      'POST /api/users': {
        status: 400,
        body: problem(400, 'validation_failed', [{ field: 'lastName', message: 'Achternaam bevat ongeldige tekens' }]),
      },
    });
    renderApp('/users');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Uitnodigen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Gebruiker uitnodigen' });
    await user.type(within(dialog).getByLabelText(/^E-mailadres/), 'nieuw@example.nl');
    await user.type(within(dialog).getByLabelText(/^Voornaam/), 'Nieuw');
    await user.type(within(dialog).getByLabelText(/^Achternaam/), '<script>');
    await user.click(within(dialog).getByRole('button', { name: 'Uitnodiging versturen' }));

    const lastName = within(dialog).getByLabelText(/^Achternaam/);
    await waitFor(() => expect(lastName).toHaveAttribute('aria-invalid', 'true'));
    expect(lastName).toHaveAccessibleDescription('Achternaam bevat ongeldige tekens');
    expect(within(dialog).getByLabelText(/^Voornaam/)).not.toHaveAttribute('aria-invalid');
  });

  it('deactivates a user after confirmation', async () => {
    let deactivated = false;
    const { requests } = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/users': () => ({
        status: 200,
        body: { items: [deactivated ? { ...piet, status: 'deactivated' } : piet], total: 1 },
      }),
      'POST /api/users/user-2/deactivate': () => {
        deactivated = true;
        return { status: 200, body: { ...piet, status: 'deactivated' } };
      },
    });
    renderApp('/users');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Piet Jansen deactiveren' }));
    const dialog = await screen.findByRole('dialog', { name: 'Gebruiker deactiveren' });
    expect(requests.some((r) => r.path.endsWith('/deactivate'))).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Ja, deactiveren' }));

    expect(await within(screen.getByRole('table')).findByText('Gedeactiveerd')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Piet Jansen deactiveren' })).not.toBeInTheDocument();
  });
});

describe('an expired session', () => {
  it('sends the user to the login page when the API answers 401 unauthenticated', async () => {
    mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/users': { status: 401, body: problem(401, 'unauthenticated') },
    });
    const { router } = renderApp('/users');

    expect(await screen.findByRole('heading', { name: 'Inloggen' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/users')}`);
  });
});
