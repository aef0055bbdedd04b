import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, session, unauthenticated } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

describe('magic link page', () => {
  it('verifies the token once and goes home', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/auth/magic-link/verify': { status: 200, body: session({ roles: ['alumnus'] }) },
    });
    const { router } = renderApp('/auth/magic-link?token=abc');

    expect(await screen.findByRole('heading', { name: 'Welkom terug, Sanne!' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    const verifications = requests.filter((r) => r.path === '/api/auth/magic-link/verify');
    expect(verifications).toHaveLength(1);
    expect(verifications[0]?.body).toEqual({ token: 'abc' });
  });

  it('explains a used or expired link and offers a new one', async () => {
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/auth/magic-link/verify': { status: 410, body: problem(410, 'magic_link_invalid') },
    });
    renderApp('/auth/magic-link?token=old');

    expect(await screen.findByText('Deze inloglink werkt niet meer')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stuur mij een inloglink' })).toBeInTheDocument();
  });
});

describe('invitation page', () => {
  it('asks for a password twice, then activates the account and logs in', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/invitations/lookup': {
        status: 200,
        body: { email: 'sanne@example.nl', firstName: 'Sanne', organisationName: 'Bakkerij Brood & Co', passwordRequired: true },
      },
      'POST /api/invitations/accept': { status: 200, body: session({ roles: ['employee'] }) },
    });
    const { router } = renderApp('/invitation?token=inv-1');
    const user = userEvent.setup();

    expect(await screen.findByText('Welkom bij Bakkerij Brood & Co, Sanne')).toBeInTheDocument();
    expect(screen.getByText(/sanne@example.nl/)).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Wachtwoord/), 'kort');
    await user.type(screen.getByLabelText(/^Herhaal wachtwoord/), 'anders');
    await user.click(screen.getByRole('button', { name: 'Account activeren' }));
    expect(await screen.findByText('Kies een wachtwoord van minstens 12 tekens')).toBeInTheDocument();
    expect(screen.getByText('De wachtwoorden zijn niet gelijk')).toBeInTheDocument();

    await user.clear(screen.getByLabelText(/^Wachtwoord/));
    await user.type(screen.getByLabelText(/^Wachtwoord/), 'een lange zin als wachtwoord');
    await user.clear(screen.getByLabelText(/^Herhaal wachtwoord/));
    await user.type(screen.getByLabelText(/^Herhaal wachtwoord/), 'een lange zin als wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Account activeren' }));

    expect(await screen.findByRole('heading', { name: 'Welkom, Sanne' })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(requests.find((r) => r.path === '/api/invitations/accept')?.body).toEqual({
      token: 'inv-1',
      password: 'een lange zin als wachtwoord',
    });
  });

  it('explains an invitation that no longer works', async () => {
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/invitations/lookup': { status: 410, body: problem(410, 'invitation_invalid') },
    });
    renderApp('/invitation?token=used');

    expect(await screen.findByText('Deze uitnodiging werkt niet meer')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute('href', '/login');
  });
});
