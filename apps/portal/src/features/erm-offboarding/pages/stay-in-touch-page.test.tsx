import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { StayInTouchConsent } from '../api/types';

const none: StayInTouchConsent[] = ['newsletter', 'job_alerts', 'events'].map((purpose) => ({ purpose: purpose as StayInTouchConsent['purpose'], granted: false, status: null, expiresAt: null }));
const TOKEN = 'a'.repeat(43);

describe('stay in touch', () => {
  it('lets a leaver tick purposes through the mailed link and points alumni to the sign-in page', async () => {
    const api = mockApi({
      'POST /api/stay-in-touch/lookup': { status: 200, body: { firstName: 'Ingrid', organisationName: 'Zorggroep De Linde', canSignIn: true, consents: none } },
      'POST /api/stay-in-touch': (request) => {
        const purposes = (request.body as { purposes: string[] }).purposes;
        const consents = none.map((c) => (purposes.includes(c.purpose) ? { ...c, granted: true, status: 'granted', expiresAt: '2029-03-10T09:00:00Z' } : c));
        return { status: 200, body: { firstName: 'Ingrid', organisationName: 'Zorggroep De Linde', canSignIn: true, consents } };
      },
    });
    const user = userEvent.setup();
    renderApp(`/stay-in-touch?token=${TOKEN}`);

    expect(await screen.findByText(/Hoi Ingrid, Zorggroep De Linde houdt graag contact met je/)).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Contactvoorkeuren' });
    await user.click(within(form).getByRole('checkbox', { name: /Nieuwsbrief/ }));
    await user.click(within(form).getByRole('checkbox', { name: /Uitnodigingen voor evenementen/ }));
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Je keuze is opgeslagen.');
    expect(api.requests.find((r) => r.path === '/api/stay-in-touch')!.body).toEqual({ token: TOKEN, purposes: ['newsletter', 'events'] });
    expect(within(form).getByRole('checkbox', { name: /Nieuwsbrief/ })).toBeChecked();
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute('href', '/login');
  });

  it('says so when the link has expired', async () => {
    mockApi({ 'POST /api/stay-in-touch/lookup': { status: 410, body: problem(410, 'stay_in_touch_token_invalid') } });
    renderApp(`/stay-in-touch?token=${TOKEN}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze link is verlopen of ongeldig.');
  });

  it('shows an alumnus the alumni home with their consents and vacancies', async () => {
    mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['alumnus'] }) },
      'GET /api/alumni/me/consents': { status: 200, body: { consents: [{ ...none[0]!, granted: true, status: 'granted', expiresAt: '2029-03-10T09:00:00Z' }, none[1], none[2]] } },
      'GET /api/open-vacancies': { status: 200, body: { items: [{ id: 'vac-1', title: 'Wijkverpleegkundige', location: 'Utrecht' }], total: 1 } },
    });
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Welkom terug, Sanne!' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Wijkverpleegkundige' })).toHaveAttribute('href', '/vacancies/vac-1');
    const form = await screen.findByRole('form', { name: 'Contactvoorkeuren' });
    expect(within(form).getByRole('checkbox', { name: /Nieuwsbrief/ })).toBeChecked();
    expect(within(form).getByText('Toestemming tot 10 mrt 2029')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Iemand doorverwijzen' })).toHaveAttribute('href', '/vacancies');
  });
});
