import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, unauthenticated } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const FORM = {
  organisationName: 'Zorggroep De Linde',
  defaultLocale: 'nl',
  pools: [
    { id: '11111111-1111-4111-8111-111111111111', name: 'Zorgprofessionals', description: 'Verpleging en verzorging' },
    { id: '22222222-2222-4222-8222-222222222222', name: 'Studenten & stagiairs', description: '' },
  ],
  privacy: { retentionMonths: 12, confirmDays: 7, kept: ['name', 'email', 'interests', 'skills', 'location', 'language'] },
};

describe('the public "keep me posted" form', () => {
  it('shows the privacy text, sends what was typed and says to check the mailbox', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'GET /api/public/talent-pool/forms/de-linde': { status: 200, body: FORM },
      'POST /api/public/talent-pool/forms/de-linde/signups': { status: 202, body: { status: 'received' } },
    });
    renderApp('/join/de-linde');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'Houd me op de hoogte bij Zorggroep De Linde' }, { timeout: 5000 })).toBeInTheDocument();
    const kept = screen.getByRole('list', { name: 'Gegevens die we bewaren' });
    expect(within(kept).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'je naam',
      'je e-mailadres',
      'de pools die je kiest',
      'je vaardigheden',
      'je woonplaats',
      'je taalvoorkeur',
    ]);
    expect(screen.getByText(/bewaren we je gegevens 12 maanden/)).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Naam/), 'Noor van Dijk');
    await user.type(screen.getByLabelText(/^E-mailadres/), 'noor@example.nl');
    await user.click(screen.getByRole('checkbox', { name: /Zorgprofessionals/ }));
    await user.type(screen.getByLabelText(/^Vaardigheden/), 'wondzorg, BIG-registratie');
    await user.type(screen.getByLabelText(/^Woonplaats/), 'Utrecht');
    await user.click(screen.getByRole('checkbox', { name: /toestemming om mijn gegevens 12 maanden te bewaren/ }));
    await user.click(screen.getByRole('checkbox', { name: 'vacaturemeldingen' }));
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Kijk in je mailbox');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      name: 'Noor van Dijk',
      email: 'noor@example.nl',
      interests: ['11111111-1111-4111-8111-111111111111'],
      skills: ['wondzorg', 'BIG-registratie'],
      location: 'Utrecht',
      locale: 'nl',
      consent: true,
      alsoConsentTo: ['job_alerts'],
      // Ticking job alerts asks for one: with nothing filled in, every new vacancy, weekly.
      jobAlert: { frequency: 'weekly' },
    });
  });

  it('shows the job-alert fields only with the separate job-alert consent, and sends the alert with it', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'GET /api/public/talent-pool/forms/de-linde': { status: 200, body: FORM },
      'POST /api/public/talent-pool/forms/de-linde/signups': { status: 202, body: { status: 'received' } },
    });
    renderApp('/join/de-linde');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(/^Naam/, undefined, { timeout: 5000 }), 'Fatima El Amrani');
    await user.type(screen.getByLabelText(/^E-mailadres/), 'fatima@example.nl');
    await user.click(screen.getByRole('checkbox', { name: /toestemming om mijn gegevens 12 maanden te bewaren/ }));
    expect(screen.queryByLabelText(/^Zoekwoorden/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'vacaturemeldingen' }));
    const fields = screen.getByRole('group', { name: 'Je vacaturemelding' });
    await user.type(within(fields).getByLabelText(/^Zoekwoorden/), 'wijkverpleging');
    await user.type(within(fields).getByLabelText(/^Functies/), 'Verpleegkundige, verzorgende IG');
    await user.type(within(fields).getByLabelText(/^Plaatsen/), 'Zwolle');
    await user.click(within(fields).getByRole('checkbox', { name: 'vast' }));
    await user.click(within(fields).getByRole('radio', { name: 'dagelijks' }));
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Kijk in je mailbox');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      name: 'Fatima El Amrani',
      email: 'fatima@example.nl',
      interests: [],
      locale: 'nl',
      consent: true,
      alsoConsentTo: ['job_alerts'],
      jobAlert: { keywords: 'wijkverpleging', functions: ['Verpleegkundige', 'verzorgende IG'], locations: ['Zwolle'], employmentTypes: ['permanent'], frequency: 'daily' },
    });
  });

  it('unticking job alerts sends no alert, whatever was typed', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'GET /api/public/talent-pool/forms/de-linde': { status: 200, body: FORM },
      'POST /api/public/talent-pool/forms/de-linde/signups': { status: 202, body: { status: 'received' } },
    });
    renderApp('/join/de-linde');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(/^Naam/, undefined, { timeout: 5000 }), 'Bram');
    await user.type(screen.getByLabelText(/^E-mailadres/), 'bram@example.nl');
    await user.click(screen.getByRole('checkbox', { name: /toestemming om mijn gegevens 12 maanden te bewaren/ }));
    await user.click(screen.getByRole('checkbox', { name: 'vacaturemeldingen' }));
    await user.type(screen.getByLabelText(/^Zoekwoorden/), 'kok');
    await user.click(screen.getByRole('checkbox', { name: 'vacaturemeldingen' }));
    await user.click(screen.getByRole('checkbox', { name: 'de nieuwsbrief' }));
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Kijk in je mailbox');
    const body = requests.find((r) => r.method === 'POST')?.body as Record<string, unknown>;
    expect(body.alsoConsentTo).toEqual(['newsletter']);
    expect(body).not.toHaveProperty('jobAlert');
  });

  it('needs the talent-pool consent before sending anything', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'GET /api/public/talent-pool/forms/de-linde': { status: 200, body: FORM },
    });
    renderApp('/join/de-linde');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(/^Naam/), 'Noor');
    await user.type(screen.getByLabelText(/^E-mailadres/), 'noor@example.nl');
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    expect(await screen.findByText('Zonder je toestemming kunnen we je niet in de talentpool opnemen')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('checks skills and location against the profile limits before sending', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'GET /api/public/talent-pool/forms/de-linde': { status: 200, body: FORM },
    });
    renderApp('/join/de-linde');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(/^Naam/), 'Noor');
    await user.type(screen.getByLabelText(/^E-mailadres/), 'noor@example.nl');
    await user.type(screen.getByLabelText(/^Vaardigheden/), `wondzorg, ${'x'.repeat(61)}`);
    await user.type(screen.getByLabelText(/^Woonplaats/), 'y'.repeat(101));
    await user.click(screen.getByRole('checkbox', { name: /toestemming om mijn gegevens/ }));
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    expect(await screen.findByText('Controleer je vaardigheden (maximaal 30, elk maximaal 60 tekens)')).toBeInTheDocument();
    expect(screen.getByText('Deze woonplaats is te lang')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it("puts the server's field errors on their fields, in Dutch", async () => {
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'GET /api/public/talent-pool/forms/de-linde': { status: 200, body: FORM },
      'POST /api/public/talent-pool/forms/de-linde/signups': {
        status: 400,
        body: problem(400, 'validation_failed', [
          { field: 'email', message: 'must be a valid email address' },
          { field: 'interests', message: 'must be pools from this form' },
        ]),
      },
    });
    renderApp('/join/de-linde');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(/^Naam/), 'Noor');
    await user.type(screen.getByLabelText(/^E-mailadres/), 'noor@example.nl');
    await user.click(screen.getByRole('checkbox', { name: /toestemming om mijn gegevens/ }));
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    expect(await screen.findByText('Vul een geldig e-mailadres in')).toBeInTheDocument();
    expect(screen.getByLabelText(/^E-mailadres/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Kies uit de pools op dit formulier')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when the form does not exist', async () => {
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'GET /api/public/talent-pool/forms/onbekend': { status: 404, body: problem(404, 'talent_pool_form_unknown') },
    });
    renderApp('/join/onbekend');
    expect(await screen.findByRole('alert')).toHaveTextContent('Dit aanmeldformulier bestaat niet');
  });
});

describe('the confirmation link', () => {
  it('confirms only when the button is pressed, and answers a second click', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/public/talent-pool/confirm': { status: 200, body: { status: 'already_confirmed', organisationName: 'Zorggroep De Linde', keptUntil: '2027-03-04T09:00:00.000Z' } },
    });
    renderApp('/talent-pool/confirm?token=abcdefghijklmnopqrstuvwxyz0123456789');
    const user = userEvent.setup();

    const button = await screen.findByRole('button', { name: 'Ja, bevestig mijn aanmelding' });
    expect(requests.some((r) => r.path === '/api/public/talent-pool/confirm')).toBe(false);
    await user.click(button);
    expect(await screen.findByRole('status')).toHaveTextContent('was al bevestigd');
    expect(requests.find((r) => r.path === '/api/public/talent-pool/confirm')?.body).toEqual({ token: 'abcdefghijklmnopqrstuvwxyz0123456789' });
  });

  it('explains an expired link', async () => {
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/public/talent-pool/renew': { status: 410, body: problem(410, 'talent_pool_link_expired') },
    });
    renderApp('/talent-pool/renew?token=abcdefghijklmnopqrstuvwxyz0123456789');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ja, verleng met 12 maanden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze link is verlopen');
  });

  it('leaves the talent pool on the button, not on opening the link', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/public/talent-pool/leave': { status: 200, body: { status: 'left', organisationName: 'Zorggroep De Linde' } },
    });
    renderApp('/talent-pool/leave?token=abcdefghijklmnopqrstuvwxyz0123456789');
    const user = userEvent.setup();
    const button = await screen.findByRole('button', { name: 'Ja, haal me uit de talentpool' });
    expect(requests.some((r) => r.path === '/api/public/talent-pool/leave')).toBe(false);
    await user.click(button);
    expect(await screen.findByRole('status')).toHaveTextContent('Je zit niet meer in de talentpool van Zorggroep De Linde');
  });
});
