import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { MatchingConsent } from '../api/types';

const mail = {
  status: 200,
  body: {
    suppressed: false,
    topics: (['newsletter', 'job_alerts', 'events'] as const).map((topic) => ({ topic, subscribed: topic === 'newsletter', status: topic === 'newsletter' ? 'granted' : null, expiresAt: null })),
  },
};
const consent = (overrides: Partial<MatchingConsent> = {}): MatchingConsent => ({
  granted: false,
  status: null,
  grantedAt: null,
  expiresAt: null,
  withdrawnAt: null,
  validMonths: 24,
  ...overrides,
});
const GRANTED = consent({ granted: true, status: 'granted', grantedAt: '2027-03-01T09:00:00.000Z', expiresAt: '2029-03-01T09:00:00.000Z' });

describe('my preferences: be found for vacancies (matching consent)', () => {
  it('explains the consent in Dutch, apart from the mail topics, and the switch grants it through the API', async () => {
    document.cookie = 'kring_csrf=token-from-cookie';
    const api = mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['alumnus'] }) },
      'GET /api/me/mail-preferences': mail,
      'GET /api/me/matching-consent': { status: 200, body: consent() },
      'PUT /api/me/matching-consent': (request) => ({ status: 200, body: (request.body as { granted: boolean }).granted ? GRANTED : consent() }),
    });
    const user = userEvent.setup();
    renderApp('/preferences#matching');

    const section = await screen.findByRole('region', { name: 'Gevonden worden voor vacatures' });
    expect(section).toHaveAttribute('id', 'matching');
    expect(section).toHaveTextContent(
      'Als je dit aanzet, mag HR van Bakkerij Brood & Co de vaardigheden in je profiel vergelijken met vacatures en contact met je opnemen over een vacature die bij je past.',
    );
    for (const used of ['je vaardigheden en beroepen', 'je regio', 'vanaf wanneer je beschikbaar bent', 'je talen']) {
      expect(within(section).getByText(new RegExp(`^${used}`))).toBeInTheDocument();
    }
    expect(section).toHaveTextContent('We gebruiken nooit je naam, geslacht, leeftijd, nationaliteit of foto, en van je adres alleen de regio.');
    expect(section).toHaveTextContent('Zet je dit uit, dan gaat dat direct in: je verdwijnt meteen uit alle zoekresultaten voor vacatures.');
    expect(section).toHaveTextContent('Je toestemming geldt 24 maanden. Je kunt haar altijd intrekken.');
    // The mail topics are a section of their own; the matching switch is not among them.
    const mailSection = screen.getByRole('region', { name: 'Mail' });
    expect(await within(mailSection).findByRole('switch', { name: /Nieuwsbrief/ })).toBeChecked();
    expect(within(mailSection).queryByRole('switch', { name: /vacatures/ })).not.toBeInTheDocument();

    const toggle = await within(section).findByRole('switch', { name: /HR mag mij vinden voor passende vacatures/ });
    expect(toggle).not.toBeChecked();
    expect(section).toHaveTextContent('Staat uit: je komt niet voor in zoekresultaten voor vacatures.');
    await user.click(toggle);

    expect(await within(section).findByRole('status')).toHaveTextContent('Toestemming gegeven. HR kan je nu vinden voor passende vacatures.');
    expect(within(section).getByRole('switch', { name: /HR mag mij vinden/ })).toBeChecked();
    expect(section).toHaveTextContent(/Toestemming tot 1 mrt 2029/);
    const puts = api.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => [r.path, r.body])).toEqual([['/api/me/matching-consent', { granted: true }]]);
  });

  it('in English: shows a granted consent and withdraws it with the switch', async () => {
    document.cookie = 'kring_csrf=token-from-cookie';
    const api = mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['employee'], locale: 'en' }) },
      'GET /api/me/mail-preferences': mail,
      'GET /api/me/matching-consent': { status: 200, body: GRANTED },
      'PUT /api/me/matching-consent': { status: 200, body: consent({ status: 'withdrawn', withdrawnAt: '2027-04-01T09:00:00.000Z' }) },
    });
    const user = userEvent.setup();
    renderApp('/preferences');

    const section = await screen.findByRole('region', { name: 'Be found for vacancies' });
    expect(section).toHaveTextContent('If you switch this on, HR of Bakkerij Brood & Co may compare the skills in your profile with vacancies and contact you about a vacancy that suits you.');
    expect(section).toHaveTextContent('We never use your name, gender, age, nationality or photo, and of your address only the region.');
    expect(section).toHaveTextContent('If you switch this off, it takes effect at once: you disappear from all vacancy match results immediately.');
    expect(section).toHaveTextContent('Your consent is valid for 24 months. You can withdraw it at any time.');
    const toggle = await within(section).findByRole('switch', { name: /HR may find me for suitable vacancies/ });
    expect(toggle).toBeChecked();
    expect(section).toHaveTextContent(/Consent until 1 Mar 2029/);

    await user.click(toggle);
    expect(await within(section).findByRole('status')).toHaveTextContent('Consent withdrawn. You no longer appear in vacancy match results.');
    expect(within(section).getByRole('switch', { name: /HR may find me/ })).not.toBeChecked();
    expect(api.requests.find((r) => r.method === 'PUT')?.body).toEqual({ granted: false });
  });

  it('shows the error when saving fails and keeps the switch as it was', async () => {
    document.cookie = 'kring_csrf=token-from-cookie';
    mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['external_referrer'] }) },
      'GET /api/me/mail-preferences': mail,
      'GET /api/me/matching-consent': { status: 200, body: consent() },
      'PUT /api/me/matching-consent': { status: 500, body: problem(500, 'internal') },
    });
    const user = userEvent.setup();
    renderApp('/preferences');

    const section = await screen.findByRole('region', { name: 'Gevonden worden voor vacatures' });
    await user.click(await within(section).findByRole('switch', { name: /HR mag mij vinden/ }));
    expect(await within(section).findByRole('alert')).toBeInTheDocument();
    expect(within(section).getByRole('switch', { name: /HR mag mij vinden/ })).not.toBeChecked();
    expect(within(section).queryByRole('status')).not.toBeInTheDocument();
  });

  it('says plainly when the account has no person record', async () => {
    mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['alumnus'] }) },
      'GET /api/me/mail-preferences': mail,
      'GET /api/me/matching-consent': { status: 409, body: problem(409, 'mail_preferences_no_person') },
    });
    renderApp('/preferences');
    const section = await screen.findByRole('region', { name: 'Gevonden worden voor vacatures' });
    expect(await within(section).findByRole('alert')).toHaveTextContent('Bij je account horen geen persoonsgegevens meer');
    expect(within(section).queryByRole('switch')).not.toBeInTheDocument();
  });

  it('is not shown to an HR administrator without a matchable role (and not fetched)', async () => {
    const api = mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['hr_admin'] }) },
      'GET /api/me/mail-preferences': mail,
    });
    renderApp('/preferences');
    expect(await screen.findByRole('switch', { name: /Nieuwsbrief/ })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Gevonden worden voor vacatures' })).not.toBeInTheDocument();
    expect(api.requests.some((r) => r.path === '/api/me/matching-consent')).toBe(false);
  });
});
