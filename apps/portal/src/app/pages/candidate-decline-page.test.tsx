import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n';
import { mockApi, unauthenticated } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const TOKEN = 'decline-token-0123456789abcdef';
/** HR referred a person Search & Match found; this is the decline link's lookup. */
const matchLookup = {
  organisationName: 'Zorggroep De Linde',
  referrerName: 'Sanne de Vries',
  vacancyTitle: 'Verpleegkundige Wijkzorg',
  candidateName: 'Ingrid de Wit',
  dataHeld: ['name', 'email', 'motivation'],
  respondBefore: '2026-03-16T22:59:00.000Z',
  hasCv: false,
  purpose: 'decline',
  source: 'match',
  match: { skills: ['professionele zorg bieden bij verpleging'], note: 'Bel gerust.', hasAccount: false, matchingConsent: true },
};

describe('candidate decline page for a Search & Match referral', () => {
  it('says declining erases the referral, not the profile or the matching consent, then confirms that', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/candidate/referral/lookup': { status: 200, body: matchLookup },
      'POST /api/candidate/referral/decline': { status: 200, body: { consentState: 'declined' } },
    });
    renderApp(`/candidate/decline?token=${TOKEN}`);
    const user = userEvent.setup();

    expect(await screen.findByText(/heeft je gevonden met Search & Match en wil je voordragen voor de vacature Verpleegkundige Wijkzorg/)).toBeInTheDocument();
    expect(screen.getByText('Wil je niet voorgedragen worden? Dan wissen we deze voordracht meteen.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nee, liever niet' }));
    expect(
      screen.getByText(/^We wissen deze voordracht meteen en voorgoed.*Je profiel bij Zorggroep De Linde en je toestemming om gevonden te worden blijven zoals ze waren\. Sanne de Vries hoort alleen dat je hebt bedankt\.$/),
    ).toBeInTheDocument();
    // The colleague wording would promise erasing the person: untrue for a match referral.
    expect(screen.queryByText(/We wissen je naam, contactgegevens en cv/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ja, wis mijn gegevens' })).not.toBeInTheDocument();
    expect(requests.some((r) => r.path === '/api/candidate/referral/decline')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Ja, wis deze voordracht' }));

    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('De voordracht is gewist');
    expect(done).toHaveTextContent('Je profiel en je toestemming om gevonden te worden zijn niet veranderd.');
    // The link is used up: how to stop being found later stays in view above the answer.
    expect(screen.getByText(/Deze link werkt nu niet meer; beantwoord dan de e-mail die je van ons kreeg en laat het HR weten\./)).toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/candidate/referral/decline')?.body).toEqual({ token: TOKEN });
  });

  it('declines and stops matching in one answer when the box is ticked', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/candidate/referral/lookup': { status: 200, body: matchLookup },
      'POST /api/candidate/referral/decline': { status: 200, body: { consentState: 'declined', matchingConsent: false } },
    });
    renderApp(`/candidate/decline?token=${TOKEN}`);
    const user = userEvent.setup();

    expect(await screen.findByText('Wil je ook niet meer gevonden worden voor andere vacatures? Dat kun je aanvinken als je hieronder nee zegt.')).toBeInTheDocument();
    // No separate button here: on this page the stop goes with the decline.
    expect(screen.queryByRole('button', { name: 'Niet meer gevonden worden' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nee, liever niet' }));
    const box = screen.getByRole('checkbox', { name: 'Vind me ook niet meer voor andere vacatures' });
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(screen.getByText(/^We wissen deze voordracht meteen en voorgoed.*We trekken ook je toestemming in om gevonden te worden: HR van Zorggroep De Linde vindt je niet meer voor andere vacatures\./)).toBeInTheDocument();
    expect(screen.queryByText(/je toestemming om gevonden te worden blijven zoals ze waren\. Sanne/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ja, wis deze voordracht' }));

    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('De voordracht is gewist');
    expect(done).toHaveTextContent('HR van Zorggroep De Linde vindt je ook niet meer voor andere vacatures.');
    expect(screen.getByText('Je wordt niet meer gevonden voor andere vacatures: je toestemming daarvoor is ingetrokken.')).toBeInTheDocument();
    expect(screen.queryByText(/Deze link werkt nu niet meer/)).not.toBeInTheDocument();
    expect(requests.filter((r) => r.path === '/api/candidate/referral/decline').map((r) => r.body)).toEqual([{ token: TOKEN, stopMatching: true }]);
    expect(requests.some((r) => r.path === '/api/candidate/referral/matching/withdraw')).toBe(false);
  });

  it('offers no box when the person can no longer be found', async () => {
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/candidate/referral/lookup': { status: 200, body: { ...matchLookup, match: { ...matchLookup.match, matchingConsent: false } } },
    });
    renderApp(`/candidate/decline?token=${TOKEN}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Nee, liever niet' }));
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.getByText('Je wordt niet meer gevonden voor andere vacatures: je toestemming daarvoor is ingetrokken.')).toBeInTheDocument();
  });

  it('in English, keeps pointing an account holder to the matching preferences after declining', async () => {
    await i18n.changeLanguage('en');
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/candidate/referral/lookup': { status: 200, body: { ...matchLookup, match: { ...matchLookup.match, hasAccount: true } } },
      'POST /api/candidate/referral/decline': { status: 200, body: { consentState: 'declined' } },
    });
    renderApp(`/candidate/decline?token=${TOKEN}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'No, thank you' }));
    expect(screen.getByText(/^We erase this referral at once and for good.*Your profile at Zorggroep De Linde and your consent to be found stay as they were\./)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Also stop finding me for other vacancies' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Yes, erase this referral' }));

    expect(await screen.findByRole('status')).toHaveTextContent('The referral has been erased');
    expect(screen.getByRole('link', { name: 'Manage consent in Preferences' })).toHaveAttribute('href', '/preferences#matching');
  });
});
