import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n';
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
  source: 'referral_form',
  match: null,
};
/** HR referred a person Search & Match found: the same lookup with the why. */
const matchLookup = {
  ...lookup,
  organisationName: 'Zorggroep De Linde',
  referrerName: 'Sanne de Vries',
  vacancyTitle: 'Verpleegkundige Wijkzorg',
  candidateName: 'Ingrid de Wit',
  source: 'match',
  match: {
    skills: ['professionele zorg bieden bij verpleging', 'meeleven met gebruikers van gezondheidszorg'],
    note: 'We werkten samen op de afdeling Geriatrie.\nBel gerust.',
    hasAccount: false,
    matchingConsent: true,
  },
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
    expect(screen.queryByText(/Search & Match/)).not.toBeInTheDocument();
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

describe('candidate consent page for a Search & Match referral', () => {
  it('says in Dutch that HR found them with Search & Match and why, what each answer does, then records consent', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/candidate/referral/lookup': { status: 200, body: matchLookup },
      'POST /api/candidate/referral/consent': { status: 200, body: { consentState: 'consented' } },
    });
    renderApp(`/candidate/consent?token=${TOKEN}`);
    const user = userEvent.setup();

    expect(
      await screen.findByText('Sanne de Vries (HR) van Zorggroep De Linde heeft je gevonden met Search & Match en wil je voordragen voor de vacature Verpleegkundige Wijkzorg.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/heeft je bij Zorggroep De Linde aangedragen/)).not.toBeInTheDocument();
    expect(screen.getByText(/zoekt alleen in de eigen contacten en talentpool van Zorggroep De Linde.*Die toestemming heb jij gegeven\./)).toBeInTheDocument();
    const skills = screen.getByRole('list', { name: 'Waarom jij: je profiel past bij deze vacature op' });
    expect(within(skills).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'professionele zorg bieden bij verpleging',
      'meeleven met gebruikers van gezondheidszorg',
    ]);
    expect(screen.getByText('Sanne de Vries schrijft:')).toBeInTheDocument();
    expect(screen.getByText(/We werkten samen op de afdeling Geriatrie\.\s+Bel gerust\./)).toBeInTheDocument();
    const held = screen.getByRole('list', { name: 'Voor deze voordracht heeft Zorggroep De Linde van jou:' });
    expect(within(held).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['je naam', 'je e-mailadres', 'het bericht van HR aan jou']);
    expect(screen.getByText('Reageer vóór 16 maart 2026 om 23:59. Reageer je niet, dan wissen we deze voordracht.')).toBeInTheDocument();
    expect(screen.getByText(/^Zeg je nee, dan wissen we deze voordracht meteen.*Je profiel bij Zorggroep De Linde en je toestemming om gevonden te worden blijven zoals ze waren/)).toBeInTheDocument();
    // No account: the link itself stops matching, while it works.
    expect(screen.getByRole('button', { name: 'Niet meer gevonden worden' })).toBeInTheDocument();
    expect(screen.queryByText(/Beantwoord dan de e-mail/)).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Toestemming beheren bij Voorkeuren' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ja, ik geef toestemming' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Bedankt voor je toestemming');
    expect(requests.find((r) => r.path === '/api/candidate/referral/consent')?.body).toEqual({ token: TOKEN });
    // The link is used up now: the button would only fail, so the page names the way that still works.
    expect(screen.queryByRole('button', { name: 'Niet meer gevonden worden' })).not.toBeInTheDocument();
    expect(screen.getByText(/Deze link werkt nu niet meer; beantwoord dan de e-mail die je van ons kreeg/)).toBeInTheDocument();
  });

  it('stops matching with one click, says the referral stays, and still takes consent afterwards', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/candidate/referral/lookup': { status: 200, body: matchLookup },
      'POST /api/candidate/referral/matching/withdraw': { status: 200, body: { matchingConsent: false } },
      'POST /api/candidate/referral/consent': { status: 200, body: { consentState: 'consented' } },
    });
    renderApp(`/candidate/consent?token=${TOKEN}`);
    const user = userEvent.setup();

    expect(await screen.findByText(/^Wil je niet meer gevonden worden voor andere vacatures\? .*HR van Zorggroep De Linde vindt je dan niet meer met Search & Match/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Niet meer gevonden worden' }));

    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('Je wordt niet meer gevonden');
    expect(done).toHaveTextContent('HR van Zorggroep De Linde vindt je niet meer met Search & Match voor andere vacatures. Deze voordracht blijft staan');
    expect(done).toHaveTextContent('Laat het HR weten door de e-mail te beantwoorden.');
    expect(requests.filter((r) => r.path === '/api/candidate/referral/matching/withdraw').map((r) => r.body)).toEqual([{ token: TOKEN }]);
    expect(requests.some((r) => r.path === '/api/candidate/referral/consent' || r.path === '/api/candidate/referral/decline')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Ja, ik geef toestemming' }));
    expect(await screen.findByText('Bedankt voor je toestemming')).toBeInTheDocument();
  });

  it('says so when the person can no longer be found, without the button', async () => {
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/candidate/referral/lookup': { status: 200, body: { ...matchLookup, match: { ...matchLookup.match, matchingConsent: false } } },
    });
    renderApp(`/candidate/consent?token=${TOKEN}`);

    expect(await screen.findByText('Je wordt niet meer gevonden voor andere vacatures: je toestemming daarvoor is ingetrokken.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Niet meer gevonden worden' })).not.toBeInTheDocument();
  });

  it('shows a used link as such when the stop is refused with candidate_token_invalid', async () => {
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/candidate/referral/lookup': { status: 200, body: matchLookup },
      'POST /api/candidate/referral/matching/withdraw': { status: 410, body: problem(410, 'candidate_token_invalid') },
    });
    renderApp(`/candidate/consent?token=${TOKEN}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Niet meer gevonden worden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze link werkt niet meer');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('speaks English, names the skills it got, leaves out an absent note and links an account holder to the matching preferences', async () => {
    await i18n.changeLanguage('en');
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/candidate/referral/lookup': {
        status: 200,
        body: { ...matchLookup, dataHeld: ['name', 'email'], match: { skills: ['provide professional care in nursing'], note: null, hasAccount: true, matchingConsent: true } },
      },
      'POST /api/candidate/referral/matching/withdraw': { status: 200, body: { matchingConsent: false } },
    });
    renderApp(`/candidate/consent?token=${TOKEN}`);
    const user = userEvent.setup();

    expect(
      await screen.findByText('Sanne de Vries (HR) of Zorggroep De Linde found you with Search & Match and would like to put you forward for the vacancy Verpleegkundige Wijkzorg.'),
    ).toBeInTheDocument();
    const skills = screen.getByRole('list', { name: 'Why you: your profile matches this vacancy on' });
    expect(within(skills).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['provide professional care in nursing']);
    expect(screen.queryByText(/writes:/)).not.toBeInTheDocument();
    expect(screen.getByText(/^If you say no, we erase this referral at once.*stay as they were/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Yes, I give consent' })).toBeInTheDocument();
    expect(screen.getByText(/^Don't want to be found for other vacancies any more\? This button withdraws your consent/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Stop finding me' }));
    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('You will no longer be found');
    expect(done).toHaveTextContent('This referral stays: you can still give your consent below.');
    // With an account the way back is the preferences page.
    expect(screen.getByRole('link', { name: 'Manage consent in Preferences' })).toHaveAttribute('href', '/preferences#matching');
  });

  it('says plainly when the match named no skills', async () => {
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/candidate/referral/lookup': { status: 200, body: { ...matchLookup, vacancyTitle: null, match: { ...matchLookup.match, skills: [] } } },
    });
    renderApp(`/candidate/consent?token=${TOKEN}`);

    expect(await screen.findByText('Sanne de Vries (HR) van Zorggroep De Linde heeft je gevonden met Search & Match en wil je voordragen bij Zorggroep De Linde.')).toBeInTheDocument();
    expect(screen.getByText('Waarom jij: je profiel past bij wat deze vacature vraagt.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: /Waarom jij/ })).not.toBeInTheDocument();
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
