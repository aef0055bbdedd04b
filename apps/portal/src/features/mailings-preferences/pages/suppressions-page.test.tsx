import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

describe('suppression list (HR)', () => {
  it('lists suppressed addresses, adds one by hand and lifts one', async () => {
    document.cookie = 'kring_csrf=token-from-cookie';
    let items: Array<{ email: string; reason: string; source: string; detail: string | null; createdAt: string }> = [{ email: 'weg@example.nl', reason: 'hard_bounce', source: 'webhook', detail: '550 5.1.1 user unknown', createdAt: '2027-05-03T10:00:00Z' }];
    const api = mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['hr_admin'] }) },
      'GET /api/mailings/suppressions': () => ({ status: 200, body: { items, total: items.length } }),
      'POST /api/mailings/suppressions': (request) => {
        const body = request.body as { email: string; detail?: string };
        const item = { email: body.email, reason: 'manual', source: 'hr', detail: body.detail ?? null, createdAt: '2027-05-04T10:00:00Z' };
        items = [item, ...items];
        return { status: 201, body: item };
      },
      'DELETE /api/mailings/suppressions': (request) => {
        const email = new URLSearchParams(request.search).get('email');
        items = items.filter((i) => i.email !== email);
        return { status: 204 };
      },
    });
    const user = userEvent.setup();
    renderApp('/mailings/suppressions');

    expect(await screen.findByRole('heading', { name: 'Onderdrukte adressen', level: 1 })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Onderdrukte adressen' });
    expect(within(table).getByText('weg@example.nl')).toBeInTheDocument();
    expect(within(table).getByText('Harde bounce')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Adres toevoegen' });
    await user.type(within(form).getByRole('textbox', { name: /E-mailadres/ }), 'klacht@example.nl');
    await user.type(within(form).getByRole('textbox', { name: 'Reden (optioneel)' }), 'telefonisch gevraagd');
    await user.click(within(form).getByRole('button', { name: 'Toevoegen' }));
    expect(await within(table).findByText('klacht@example.nl')).toBeInTheDocument();
    expect(api.requests.find((r) => r.method === 'POST' && r.path === '/api/mailings/suppressions')!.body).toEqual({ email: 'klacht@example.nl', detail: 'telefonisch gevraagd' });

    await user.click(screen.getByRole('button', { name: 'weg@example.nl opheffen' }));
    await screen.findByRole('button', { name: 'klacht@example.nl opheffen' });
    expect(screen.queryByText('weg@example.nl')).not.toBeInTheDocument();
  });

  it('refuses people without the HR role', async () => {
    mockApi({ 'GET /api/auth/session': { status: 200, body: session({ roles: ['employee'] }) } });
    renderApp('/mailings/suppressions');
    expect(await screen.findByRole('heading', { name: 'Geen toegang', level: 1 })).toBeInTheDocument();
  });
});
