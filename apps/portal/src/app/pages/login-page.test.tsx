import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, session, unauthenticated, userSummary } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/^E-mailadres/), email);
  await user.type(screen.getByLabelText(/^Wachtwoord/), password);
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('login page', () => {
  it('sends an unauthenticated visitor to the login page and, after logging in, to where they were going', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/auth/login': { status: 200, body: session({ roles: ['hr_admin'] }) },
      'GET /api/users': { status: 200, body: { items: [userSummary()], total: 1 } },
    });
    const { router } = renderApp('/users?status=active');

    await screen.findByRole('heading', { name: 'Inloggen' });
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/users?status=active')}`);

    await fillAndSubmit('sanne@example.nl', 'correct horse battery');

    expect(await screen.findByRole('heading', { name: 'Gebruikers', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/users');
    const login = requests.find((r) => r.method === 'POST' && r.path === '/api/auth/login');
    expect(login?.body).toEqual({ email: 'sanne@example.nl', password: 'correct horse battery' });
  });

  it('says the credentials are wrong when the API answers 401 invalid_credentials', async () => {
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/auth/login': { status: 401, body: problem(401, 'invalid_credentials') },
    });
    const { router } = renderApp('/login');

    await fillAndSubmit('sanne@example.nl', 'wrong password!');

    expect(await screen.findByRole('alert')).toHaveTextContent('Onjuist e-mailadres of wachtwoord.');
    expect(router.state.location.pathname).toBe('/login');
  });

  it('explains rate limiting', async () => {
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/auth/login': { status: 429, body: { ...problem(429, 'rate_limited'), retryAfterSeconds: 42 } },
    });
    renderApp('/login');

    await fillAndSubmit('sanne@example.nl', 'whatever password');

    expect(await screen.findByRole('alert')).toHaveTextContent('Te veel pogingen. Probeer het over 42 seconden opnieuw.');
  });

  it('puts the field errors of a 400 problem on the right field', async () => {
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/auth/login': {
        status: 400,
        body: problem(400, 'validation_failed', [{ field: 'password', message: 'Wachtwoord is te lang' }]),
      },
    });
    renderApp('/login');

    await fillAndSubmit('sanne@example.nl', 'x'.repeat(20));

    const password = screen.getByLabelText(/^Wachtwoord/);
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    expect(password).toHaveAccessibleDescription('Wachtwoord is te lang');
    expect(screen.getByLabelText(/^E-mailadres/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('validates the form before calling the API', async () => {
    const { requests } = mockApi({ 'GET /api/auth/session': unauthenticated });
    renderApp('/login');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(/^E-mailadres/), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByText('Vul een geldig e-mailadres in')).toBeInTheDocument();
    expect(screen.getByText('Dit veld is verplicht')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('offers a login link instead of a password and never reveals whether the account exists', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/auth/magic-link': { status: 202, body: {} },
    });
    renderApp('/login');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /Stuur mij een inloglink/ }));
    await user.type(screen.getByLabelText(/^E-mailadres/), 'oud@example.nl');
    await user.click(screen.getByRole('button', { name: 'Stuur mij een inloglink' }));

    expect(await screen.findByText(/Als er een account bij oud@example.nl hoort/)).toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/auth/magic-link')?.body).toEqual({ email: 'oud@example.nl' });
  });
});
