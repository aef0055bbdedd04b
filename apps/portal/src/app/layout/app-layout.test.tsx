import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, session } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

function navLinkNames() {
  const nav = screen.getByRole('navigation', { name: /navigatie|navigation/i });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('app shell', () => {
  afterEach(() => {
    document.cookie = 'kring_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  it('shows HR the HR navigation', async () => {
    mockApi({ 'GET /api/auth/session': { status: 200, body: session({ roles: ['hr_admin'] }) } });
    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Welkom, Sanne', level: 1 })).toBeInTheDocument();
    expect(navLinkNames()).toEqual([
      'Overzicht',
      'Gebruikers',
      'Doorverwijzingen',
      'Vacatures beheren',
      "Programma's",
      'Beloningen',
      'Mensen',
      'Segmenten',
      'Talentpools',
      'Evenementen',
      'Preboarding',
      'Medewerkers',
      'Nieuwsbrieven',
      'Geblokkeerde adressen',
      'E-mailinstellingen',
      'Dashboard',
      'Wervingsgegevens',
    ]);
    const nav = screen.getByRole('navigation', { name: /navigatie|navigation/i });
    expect(within(nav).getByText('Werving')).toBeInTheDocument();
    expect(within(nav).getByText('Relaties')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bakkerij Brood & Co' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

  it('lets any signed-in user download their own data from the user menu', async () => {
    const api = mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['employee'] }) },
      'GET /api/me/export': { status: 200, body: { format: 'kring.person-export', version: 1 } },
    });
    const saved: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:own'), revokeObjectURL: vi.fn() }));
    const user = userEvent.setup();
    renderApp('/');

    await user.click(await screen.findByRole('button', { name: /Gebruikersmenu/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Mijn gegevens downloaden' }));
    await waitFor(() => expect(saved).toEqual(['kring-my-data.json']));
    expect(api.requests.some((r) => r.method === 'GET' && r.path === '/api/me/export')).toBe(true);
    click.mockRestore();
  });

  it('shows an employee the employee navigation and refuses the users page', async () => {
    mockApi({ 'GET /api/auth/session': { status: 200, body: session({ roles: ['employee'] }) } });
    renderApp('/users');

    expect(await screen.findByRole('heading', { name: 'Geen toegang', level: 1 })).toBeInTheDocument();
    expect(navLinkNames()).toEqual(['Vacatures', 'Mijn doorverwijzingen', 'Beloningen', 'Mijn vaardigheden']);
  });

  it('shows alumni their navigation and their mail preferences', async () => {
    mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['alumnus'] }) },
      'GET /api/me/mail-preferences': { status: 200, body: { suppressed: false, topics: [] } },
    });
    renderApp('/preferences');

    expect(await screen.findByRole('heading', { name: 'Voorkeuren', level: 1 })).toBeInTheDocument();
    expect(await screen.findByRole('form', { name: 'Mailvoorkeuren' })).toBeInTheDocument();
    expect(navLinkNames()).toEqual(['Vacatures', 'Mijn doorverwijzingen', 'Beloningen', 'Mijn vaardigheden', 'Vacature-alerts', 'Voorkeuren']);
  });

  it('switches the language, updates the lang attribute and stores the choice in the account', async () => {
    document.cookie = 'kring_csrf=token-from-cookie';
    const { requests } = mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['hr_admin'] }) },
      'PATCH /api/me': { status: 200, body: session({ roles: ['hr_admin'], locale: 'en' }) },
    });
    renderApp('/');
    const user = userEvent.setup();

    await screen.findByRole('link', { name: 'Gebruikers' });
    expect(document.documentElement).toHaveAttribute('lang', 'nl');

    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(await screen.findByRole('link', { name: 'Users' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Welcome, Sanne' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(localStorage.getItem('kring.language')).toBe('en');
    const patch = requests.find((r) => r.method === 'PATCH' && r.path === '/api/me');
    expect(patch?.body).toEqual({ locale: 'en' });
    expect(patch?.headers.get('x-csrf-token')).toBe('token-from-cookie');
  });

  it('logs out and returns to the login page', async () => {
    let loggedIn = true;
    mockApi({
      'GET /api/auth/session': () =>
        loggedIn ? { status: 200, body: session() } : { status: 401, body: { code: 'unauthenticated', status: 401 } },
      'POST /api/auth/logout': () => {
        loggedIn = false;
        return { status: 204 };
      },
    });
    const { router } = renderApp('/');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /Gebruikersmenu van Sanne de Vries/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Uitloggen' }));

    expect(await screen.findByRole('heading', { name: 'Inloggen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('shows a 404 page for unknown addresses', async () => {
    mockApi({ 'GET /api/auth/session': { status: 200, body: session() } });
    renderApp('/does-not-exist');

    expect(await screen.findByRole('heading', { name: 'Pagina niet gevonden' })).toBeInTheDocument();
  });
});
