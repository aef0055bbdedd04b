import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { MailTopicState } from '../api/types';

const TOKEN = `m1.${'0b7c8a9e-1f2d-4c3b-9a8e-7d6c5b4a3f21'}.${'5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170'}..abcdefghijklmnopqrstuv`;
const topics = (on: Partial<Record<MailTopicState['topic'], string>>): MailTopicState[] =>
  (['newsletter', 'job_alerts', 'events'] as const).map((topic) =>
    on[topic] ? { topic, subscribed: true, status: 'granted', expiresAt: on[topic]! } : { topic, subscribed: false, status: null, expiresAt: null },
  );

describe('mail preference centre', () => {
  it('shows the topics behind the mailed link and saves the switches without login', async () => {
    const api = mockApi({
      'POST /api/public/mailings/preferences/lookup': {
        status: 200,
        body: { firstName: 'Sanne', organisationName: 'Zorggroep De Linde', suppressed: false, topics: topics({ newsletter: '2028-01-01T00:00:00Z' }) },
      },
      'PUT /api/public/mailings/preferences': (request) => {
        const body = request.body as { newsletter: boolean; jobAlerts: boolean; events: boolean };
        const on = { ...(body.newsletter ? { newsletter: '2029-05-03T10:00:00Z' } : {}), ...(body.jobAlerts ? { job_alerts: '2029-05-03T10:00:00Z' } : {}), ...(body.events ? { events: '2029-05-03T10:00:00Z' } : {}) };
        return { status: 200, body: { firstName: 'Sanne', organisationName: 'Zorggroep De Linde', suppressed: false, topics: topics(on) } };
      },
    });
    const user = userEvent.setup();
    renderApp(`/preferences/manage?token=${encodeURIComponent(TOKEN)}`);

    expect(await screen.findByText(/Hoi Sanne, kies hieronder welke mail je van Zorggroep De Linde wilt ontvangen/)).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Mailvoorkeuren' });
    const newsletter = within(form).getByRole('switch', { name: /Nieuwsbrief/ });
    expect(newsletter).toBeChecked();
    expect(within(form).getByText('Toestemming tot 1 jan 2028')).toBeInTheDocument();
    expect(within(form).getByRole('switch', { name: /Vacature-alerts/ })).not.toBeChecked();
    expect(within(form).queryByRole('switch', { name: /verwijsprogramma/ })).not.toBeInTheDocument();

    await user.click(newsletter);
    await user.click(within(form).getByRole('switch', { name: /Vacature-alerts/ }));
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Je voorkeuren zijn opgeslagen.');
    const put = api.requests.find((r) => r.method === 'PUT' && r.path === '/api/public/mailings/preferences')!;
    expect(put.body).toEqual({ token: TOKEN, newsletter: false, jobAlerts: true, events: false });
    expect(within(form).getByRole('switch', { name: /Nieuwsbrief/ })).not.toBeChecked();
    expect(within(form).getByRole('switch', { name: /Vacature-alerts/ })).toBeChecked();
  });

  it('shows programme mails to a referrer (on unless switched off) and sends that choice too', async () => {
    const api = mockApi({
      'POST /api/public/mailings/preferences/lookup': {
        status: 200,
        body: {
          firstName: 'Ravi',
          organisationName: 'Zorggroep De Linde',
          suppressed: false,
          topics: [...topics({}), { topic: 'programme_mails', subscribed: true, status: null, expiresAt: null }],
        },
      },
      'PUT /api/public/mailings/preferences': (request) => {
        const body = request.body as { programmeMails?: boolean };
        return {
          status: 200,
          body: {
            firstName: 'Ravi',
            organisationName: 'Zorggroep De Linde',
            suppressed: false,
            topics: [...topics({}), { topic: 'programme_mails', subscribed: !!body.programmeMails, status: 'withdrawn', expiresAt: null }],
          },
        };
      },
    });
    const user = userEvent.setup();
    renderApp(`/preferences/manage?token=${encodeURIComponent(TOKEN)}`);

    const form = await screen.findByRole('form', { name: 'Mailvoorkeuren' });
    const programmeMails = within(form).getByRole('switch', { name: /Mails over verwijsprogramma's/ });
    expect(programmeMails).toBeChecked();
    expect(within(form).getByText(/met je persoonlijke deellinks/)).toBeInTheDocument();
    await user.click(programmeMails);
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Je voorkeuren zijn opgeslagen.');
    const put = api.requests.find((r) => r.method === 'PUT')!;
    expect(put.body).toEqual({ token: TOKEN, newsletter: false, jobAlerts: false, events: false, programmeMails: false });
  });

  it('says so when the link is not valid', async () => {
    mockApi({ 'POST /api/public/mailings/preferences/lookup': { status: 404, body: problem(404, 'mailing_link_invalid') } });
    renderApp(`/preferences/manage?token=${encodeURIComponent(TOKEN)}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze link is ongeldig.');
  });

  it('warns when bulk mail cannot reach the address', async () => {
    mockApi({
      'POST /api/public/mailings/preferences/lookup': { status: 200, body: { firstName: 'Kees', organisationName: 'Zorggroep De Linde', suppressed: true, topics: topics({}) } },
    });
    renderApp(`/preferences/manage?token=${encodeURIComponent(TOKEN)}`);
    expect(await screen.findByText(/Mail naar je adres kwam niet aan/)).toBeInTheDocument();
  });

  it('lets a signed-in alumnus manage their own topics on /preferences', async () => {
    document.cookie = 'kring_csrf=token-from-cookie';
    const api = mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['alumnus'] }) },
      'GET /api/me/mail-preferences': { status: 200, body: { suppressed: false, topics: topics({}) } },
      'PUT /api/me/mail-preferences': { status: 200, body: { suppressed: false, topics: topics({ events: '2029-05-03T10:00:00Z' }) } },
    });
    const user = userEvent.setup();
    renderApp('/preferences');

    expect(await screen.findByRole('heading', { name: 'Voorkeuren', level: 1 })).toBeInTheDocument();
    const form = await screen.findByRole('form', { name: 'Mailvoorkeuren' });
    await user.click(within(form).getByRole('switch', { name: /Uitnodigingen voor evenementen/ }));
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Je voorkeuren zijn opgeslagen.');
    const put = api.requests.find((r) => r.method === 'PUT' && r.path === '/api/me/mail-preferences')!;
    expect(put.body).toEqual({ newsletter: false, jobAlerts: false, events: true });
    expect(put.headers.get('x-csrf-token')).toBe('token-from-cookie');
  });

  describe('matching consent behind the link (no account)', () => {
    const matching = (granted: boolean, extra: Record<string, unknown> = {}) => ({
      granted,
      status: granted ? 'granted' : 'withdrawn',
      grantedAt: '2027-01-10T09:00:00.000Z',
      expiresAt: granted ? '2029-01-10T09:00:00.000Z' : null,
      withdrawnAt: granted ? null : '2027-05-03T10:00:00.000Z',
      validMonths: 24,
      ...extra,
    });
    const page = (m: ReturnType<typeof matching> | null) => ({
      firstName: 'Sanne',
      organisationName: 'Zorggroep De Linde',
      suppressed: false,
      topics: topics({ newsletter: '2028-01-01T00:00:00Z' }),
      matching: m,
    });

    it('says nothing about matching when the person was never asked', async () => {
      mockApi({ 'POST /api/public/mailings/preferences/lookup': { status: 200, body: page(null) } });
      renderApp(`/preferences/manage?token=${encodeURIComponent(TOKEN)}`);
      expect(await screen.findByRole('form', { name: 'Mailvoorkeuren' })).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Gevonden worden voor vacatures' })).not.toBeInTheDocument();
      expect(screen.queryByRole('switch', { name: /HR mag mij vinden/ })).not.toBeInTheDocument();
    });

    it('shows the section with the organisation name and withdraws through the link at once, leaving the topics alone', async () => {
      const api = mockApi({
        'POST /api/public/mailings/preferences/lookup': { status: 200, body: page(matching(true)) },
        'PUT /api/public/mailings/preferences/matching': (request) => ({ status: 200, body: page(matching((request.body as { granted: boolean }).granted)) }),
      });
      const user = userEvent.setup();
      renderApp(`/preferences/manage?token=${encodeURIComponent(TOKEN)}`);

      const section = (await screen.findByRole('heading', { name: 'Gevonden worden voor vacatures' })).closest('section')!;
      expect(within(section).getByText(/mag HR van Zorggroep De Linde de vaardigheden in je profiel vergelijken/)).toBeInTheDocument();
      expect(within(section).getByText('je vaardigheden en beroepen zoals Zorggroep De Linde ze van je kent')).toBeInTheDocument();
      expect(within(section).queryByText(/Mijn vaardigheden/)).not.toBeInTheDocument();
      const toggle = within(section).getByRole('switch', { name: /HR mag mij vinden voor passende vacatures/ });
      expect(toggle).toBeChecked();
      expect(within(section).getByText('Toestemming tot 10 jan 2029')).toBeInTheDocument();

      await user.click(toggle);
      expect(await within(section).findByRole('status')).toHaveTextContent('Toestemming ingetrokken. Je komt niet meer voor in zoekresultaten voor vacatures.');
      expect(within(section).getByRole('switch', { name: /HR mag mij vinden voor passende vacatures/ })).not.toBeChecked();
      const puts = api.requests.filter((r) => r.method === 'PUT');
      expect(puts.map((r) => [r.path, r.body])).toEqual([['/api/public/mailings/preferences/matching', { token: TOKEN, granted: false }]]);
      // The topics form keeps its state.
      expect(within(screen.getByRole('form', { name: 'Mailvoorkeuren' })).getByRole('switch', { name: /Nieuwsbrief/ })).toBeChecked();
    });

    it('grants again from a withdrawn consent and says so', async () => {
      const api = mockApi({
        'POST /api/public/mailings/preferences/lookup': { status: 200, body: page(matching(false)) },
        'PUT /api/public/mailings/preferences/matching': { status: 200, body: page(matching(true, { grantedAt: '2027-05-03T10:00:00.000Z', expiresAt: '2029-05-03T10:00:00.000Z' })) },
      });
      const user = userEvent.setup();
      renderApp(`/preferences/manage?token=${encodeURIComponent(TOKEN)}`);

      const toggle = await screen.findByRole('switch', { name: /HR mag mij vinden voor passende vacatures/ });
      expect(toggle).not.toBeChecked();
      expect(screen.getByText('Staat uit: je komt niet voor in zoekresultaten voor vacatures.')).toBeInTheDocument();
      await user.click(toggle);
      expect(await screen.findByText('Toestemming gegeven. HR kan je nu vinden voor passende vacatures.')).toBeInTheDocument();
      expect(screen.getByRole('switch', { name: /HR mag mij vinden voor passende vacatures/ })).toBeChecked();
      expect(screen.getByText('Toestemming tot 3 mei 2029')).toBeInTheDocument();
      expect(api.requests.find((r) => r.method === 'PUT')!.body).toEqual({ token: TOKEN, granted: true });
    });
  });
});
