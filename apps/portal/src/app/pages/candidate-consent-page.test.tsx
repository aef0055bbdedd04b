import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, unauthenticated } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const TOKEN = 'consent-token-0123456789abcdef';
const lookup = {
  organisationName: 'Bakkerij Brood & Co',
  referrerName: 'Piet Jansen',
  vacancyTitle: 'Bakker',
  candidateName: 'Eva de Boer',
  dataHeld: ['name', 'email', 'motivation'],
  respondBefore: '2026-03-16T22:59:00.000Z',
  hasCv: false,
  purpose: 'consent',
};

describe('candidate consent page', () => {
  it('explains the referral, then records consent with a note', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/candidate/referral/lookup': { status: 200, body: lookup },
      'POST /api/candidate/referral/consent': { status: 200, body: { consentState: 'consented' } },
    });
    renderApp(`/candidate/consent?token=${TOKEN}`);
    const user = userEvent.setup();

    expect(await screen.findByText('Piet Jansen heeft je bij Bakkerij Brood & Co aangedragen voor de vacature Bakker.')).toBeInTheDocument();
    const held = screen.getByRole('list', { name: 'Deze gegevens van jou heeft Bakkerij Brood & Co nu:' });
    expect(within(held).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'je naam',
      'je e-mailadres',
      'waarom de aandrager denkt dat je goed past',
    ]);
    expect(screen.getByText(/Reageer vóór 16 maart 2026 om 23:59/)).toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/candidate/referral/lookup')?.body).toEqual({ token: TOKEN });

    await user.type(screen.getByLabelText(/^Bericht voor HR/), 'Bereikbaar na 17.00 uur');
    await user.click(screen.getByRole('button', { name: 'Ja, ik geef toestemming' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Bedankt voor je toestemming');
    const consent = requests.find((r) => r.path === '/api/candidate/referral/consent');
    expect(consent?.headers.get('content-type')).toBe('application/json');
    expect(consent?.body).toEqual({ token: TOKEN, note: 'Bereikbaar na 17.00 uur' });
  });

  it('refuses a CV of the wrong type before sending anything', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/candidate/referral/lookup': { status: 200, body: { ...lookup, hasCv: true } },
    });
    renderApp(`/candidate/consent?token=${TOKEN}`);
    const user = userEvent.setup({ applyAccept: false });

    const cvField = await screen.findByLabelText(/^Cv vervangen/);
    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]')!, new File(['x'], 'cv.exe'));
    await user.click(screen.getByRole('button', { name: 'Ja, ik geef toestemming' }));

    expect(await screen.findByText('Kies een PDF- of Word-bestand (.docx)')).toBeInTheDocument();
    expect(cvField).toHaveAttribute('aria-invalid', 'true');
    expect(requests.some((r) => r.path === '/api/candidate/referral/consent')).toBe(false);
  });

  it('says plainly when the link was used or has expired', async () => {
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/candidate/referral/lookup': { status: 410, body: problem(410, 'candidate_token_invalid') },
    });
    renderApp(`/candidate/consent?token=${TOKEN}`);

    expect(await screen.findByRole('alert')).toHaveTextContent('Deze link werkt niet meer');
    expect(screen.queryByRole('button', { name: 'Ja, ik geef toestemming' })).not.toBeInTheDocument();
  });
});

describe('candidate decline page', () => {
  it('asks for confirmation, says the data is erased at once, then confirms', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/candidate/referral/lookup': { status: 200, body: { ...lookup, purpose: 'decline' } },
      'POST /api/candidate/referral/decline': { status: 200, body: { consentState: 'declined' } },
    });
    renderApp(`/candidate/decline?token=${TOKEN}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Nee, bedankt' }));
    expect(screen.getByText(/We wissen je naam, contactgegevens en cv meteen en voorgoed/)).toBeInTheDocument();
    expect(requests.some((r) => r.path === '/api/candidate/referral/decline')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Ja, wis mijn gegevens' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Je gegevens zijn gewist');
    expect(requests.find((r) => r.path === '/api/candidate/referral/decline')?.body).toEqual({ token: TOKEN });
  });

  it('shows the invalid-link state when the token is missing, without asking the server', async () => {
    const { requests } = mockApi({ 'GET /api/auth/session': unauthenticated });
    renderApp('/candidate/decline');

    expect(await screen.findByRole('alert')).toHaveTextContent('Deze link is onvolledig');
    expect(requests.some((r) => r.path.startsWith('/api/candidate'))).toBe(false);
  });
});
