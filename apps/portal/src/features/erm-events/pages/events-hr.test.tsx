import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const event = {
  id: 'event-1',
  title: 'Alumni-borrel',
  description: '',
  startsAt: '2030-12-12T16:00:00.000Z',
  endsAt: '2030-12-12T17:30:00.000Z',
  timeZone: 'Europe/Amsterdam',
  start: '2030-12-12T17:00',
  end: '2030-12-12T18:30',
  location: null,
  onlineUrl: 'https://meet.example.org/borrel',
  capacity: 2,
  rsvpDeadlineAt: null,
  rsvpDeadline: null,
  status: 'scheduled',
  cancelledAt: null,
  counts: { invited: 1, yes: 2, no: 0, maybe: 0, waitlisted: 1 },
  seatsLeft: 0,
  createdAt: '2030-11-01T09:00:00.000Z',
  updatedAt: '2030-11-01T09:00:00.000Z',
};

describe('HR events pages', () => {
  it('plans an event with local times in a zone and shows the server’s field errors on the field', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'POST /api/events': (request) =>
        (request.body as { start: string }).start === '2030-03-31T02:30'
          ? { status: 400, body: problem(400, 'validation_failed', [{ field: 'start', message: 'does not exist in this time zone (summer time) or is not a valid date' }]) }
          : { status: 201, body: event },
      'GET /api/events/event-1': { status: 200, body: event },
      'GET /api/events/event-1/invitations': { status: 200, body: [] },
      'GET /api/segments': { status: 200, body: { items: [], total: 0 } },
    });
    const { router } = renderApp('/events/new');
    const user = userEvent.setup();

    fireEvent.change(await screen.findByLabelText(/^Titel/), { target: { value: 'Alumni-borrel' } });
    fireEvent.change(screen.getByLabelText(/^Begin/), { target: { value: '2030-03-31T02:30' } });
    fireEvent.change(screen.getByLabelText(/^Einde/), { target: { value: '2030-03-31T04:00' } });
    fireEvent.change(screen.getByLabelText('Online link (https)'), { target: { value: 'https://meet.example.org/borrel' } });
    await user.click(screen.getByRole('button', { name: 'Evenement opslaan' }));

    expect(await screen.findByText('does not exist in this time zone (summer time) or is not a valid date')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Begin/)).toHaveAttribute('aria-invalid', 'true');
    expect(requests.find((r) => r.method === 'POST' && r.path === '/api/events')?.body).toEqual({
      title: 'Alumni-borrel',
      description: '',
      start: '2030-03-31T02:30',
      end: '2030-03-31T04:00',
      timeZone: 'Europe/Amsterdam',
      location: null,
      onlineUrl: 'https://meet.example.org/borrel',
      capacity: null,
      rsvpDeadline: null,
    });

    fireEvent.change(screen.getByLabelText(/^Begin/), { target: { value: '2030-12-12T17:00' } });
    fireEvent.change(screen.getByLabelText(/^Einde/), { target: { value: '2030-12-12T18:30' } });
    await user.click(screen.getByRole('button', { name: 'Evenement opslaan' }));
    expect(await screen.findByRole('heading', { name: 'Alumni-borrel' }, { timeout: 5000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/events/event-1');
  });

  it('invites a segment and a person found by name, and reports who was skipped and why', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/events/event-1': { status: 200, body: event },
      'GET /api/events/event-1/invitations': {
        status: 200,
        body: [{ id: 'inv-1', personId: 'p-1', name: 'Fatima El Amrani', email: 'fatima@example.nl', status: 'waitlisted', legalBasis: 'consent', waitlistPosition: 1, invitedAt: event.createdAt, respondedAt: event.createdAt, attendance: null }],
      },
      'GET /api/segments': { status: 200, body: { items: [{ id: 'seg-1', name: 'Alumni', count: 12 }], total: 1 } },
      'GET /api/people': (request) =>
        new URLSearchParams(request.search).get('q') === 'joost'
          ? { status: 200, body: { items: [{ id: 'p-9', firstName: 'Joost', lastName: 'van Dijk', email: 'joost@example.nl' }], total: 1 } }
          : { status: 200, body: { items: [], total: 0 } },
      'POST /api/events/event-1/invitations': { status: 200, body: { invited: 9, alreadyInvited: 1, skipped: { noEmail: ['p-2'], noConsent: ['p-3', 'p-4'], notFound: [] } } },
    });
    renderApp('/events/event-1');
    const user = userEvent.setup();

    expect(await screen.findByText(/do 12 dec 2030, 17:00–18:30 \(Europe\/Amsterdam\)/)).toBeInTheDocument();
    expect(screen.getByText('Wachtlijst #1')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Segment', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Alumni (12)' }));
    await user.type(screen.getByLabelText('Personen', { selector: 'input' }), 'joost');
    await user.click(await screen.findByRole('option', { name: 'Joost van Dijk (joost@example.nl)' }, { timeout: 3000 }));
    await user.click(screen.getByRole('button', { name: 'Uitnodigen' }));

    const result = await screen.findByText('9 personen uitgenodigd.');
    const alert = result.closest('[role="status"]') as HTMLElement;
    expect(within(alert).getByText('1 persoon was al uitgenodigd.')).toBeInTheDocument();
    expect(within(alert).getByText('1 persoon overgeslagen: geen e-mailadres.')).toBeInTheDocument();
    expect(within(alert).getByText('2 personen overgeslagen: geen toestemming voor evenementen.')).toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/events/event-1/invitations' && r.method === 'POST')?.body).toEqual({ segmentId: 'seg-1', personIds: ['p-9'] });
  });

  it('shows the zone of an event stored in another spelling in the edit form', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/events/event-1': { status: 200, body: { ...event, timeZone: 'europe/amsterdam' } },
      'GET /api/events/event-1/invitations': { status: 200, body: [] },
      'GET /api/segments': { status: 200, body: { items: [], total: 0 } },
      'PATCH /api/events/event-1': { status: 200, body: event },
    });
    renderApp('/events/event-1');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Wijzigen' }, { timeout: 5000 }));
    expect(screen.getByLabelText(/^Tijdzone/, { selector: 'input' })).toHaveValue('Europe/Amsterdam');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await screen.findByRole('button', { name: 'Wijzigen' });
    expect((requests.find((r) => r.method === 'PATCH')?.body as { timeZone: string }).timeZone).toBe('Europe/Amsterdam');
  });
});
