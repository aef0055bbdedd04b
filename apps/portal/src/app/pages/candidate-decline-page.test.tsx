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
  match: { skills: ['professionele zorg bieden bij verpleging'], note: 'Bel gerust.', hasAccount: false },
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
    // How to stop being found at all stays in view above the answer.
    expect(screen.getByText(/Beantwoord dan de e-mail die je van ons kreeg en laat het HR weten\./)).toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/candidate/referral/decline')?.body).toEqual({ token: TOKEN });
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
    await user.click(screen.getByRole('button', { name: 'Yes, erase this referral' }));

    expect(await screen.findByRole('status')).toHaveTextContent('The referral has been erased');
    expect(screen.getByRole('link', { name: 'Manage consent in Preferences' })).toHaveAttribute('href', '/preferences#matching');
  });
});
