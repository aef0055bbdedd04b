import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, unauthenticated } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const TOKEN = 'rsvp-token-0123456789abcdefghij';
const rsvp = {
  organisationName: 'Zorggroep De Linde',
  firstName: 'Lotte',
  event: {
    title: 'Open dag Zorggroep De Linde',
    description: 'Rondleidingen en koffie',
    startsAt: '2030-12-12T18:00:00.000Z',
    endsAt: '2030-12-12T20:00:00.000Z',
    timeZone: 'Europe/Amsterdam',
    location: 'Lindelaan 12, Amersfoort',
    onlineUrl: null,
    status: 'scheduled',
  },
  status: 'invited',
  waitlistPosition: null,
  closesAt: '2030-12-10T16:00:00.000Z',
  open: true,
};

describe('event RSVP page', () => {
  it('shows the event on its own wall clock, answers only on a click, and shows the waitlist place', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/events/rsvp/lookup': { status: 200, body: rsvp },
      'POST /api/events/rsvp': { status: 200, body: { ...rsvp, status: 'waitlisted', waitlistPosition: 3 } },
    });
    renderApp(`/events/rsvp?token=${TOKEN}&answer=yes`);
    const user = userEvent.setup();

    expect(await screen.findByText('Open dag Zorggroep De Linde')).toBeInTheDocument();
    expect(screen.getByText('Hoi Lotte, Zorggroep De Linde nodigt je uit.')).toBeInTheDocument();
    expect(screen.getByText(/19:00–21:00 \(Europe\/Amsterdam\)/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Je hebt nog niet geantwoord.');
    expect(screen.getByRole('link', { name: 'Zet het in je agenda (.ics)' })).toHaveAttribute('href', `/api/events/rsvp/ics?token=${TOKEN}`);
    // Opening the link (even with answer=yes) never answers: mail scanners follow links.
    expect(requests.some((r) => r.path === '/api/events/rsvp')).toBe(false);
    expect(requests.find((r) => r.path === '/api/events/rsvp/lookup')?.body).toEqual({ token: TOKEN });

    const answers = screen.getByRole('group', { name: 'Kom je?' });
    await user.click(within(answers).getByRole('button', { name: 'Ja, ik kom' }));

    expect(await screen.findByText(/Je staat op de wachtlijst, plaats 3/)).toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/events/rsvp')?.body).toEqual({ token: TOKEN, answer: 'yes' });
    expect(within(answers).getByRole('button', { name: 'Ja, ik kom' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('says when answers are closed or the event was cancelled, without buttons', async () => {
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/events/rsvp/lookup': { status: 200, body: { ...rsvp, status: 'yes', open: false, event: { ...rsvp.event, status: 'cancelled' } } },
    });
    renderApp(`/events/rsvp?token=${TOKEN}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Dit evenement is geannuleerd.');
    expect(screen.queryByRole('button', { name: 'Ja, ik kom' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /agenda/ })).not.toBeInTheDocument();
  });

  it('says so when the deadline passed while the page was open', async () => {
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/events/rsvp/lookup': { status: 200, body: { ...rsvp, status: 'maybe' } },
      'POST /api/events/rsvp': { status: 410, body: problem(410, 'event_rsvp_closed') },
    });
    renderApp(`/events/rsvp?token=${TOKEN}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Nee, ik kan niet' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Antwoorden of wijzigen kan niet meer: de termijn is voorbij.');
    expect(screen.getByRole('status')).toHaveTextContent('Je hebt misschien geantwoord.');
  });

  it('explains a dead link', async () => {
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/events/rsvp/lookup': { status: 404, body: problem(404, 'event_rsvp_token_invalid') },
    });
    renderApp(`/events/rsvp?token=${TOKEN}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze link werkt niet (meer).');
  });
});
