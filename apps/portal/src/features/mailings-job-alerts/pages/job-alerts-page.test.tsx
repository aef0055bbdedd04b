import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { JobAlert } from '../api/types';

const saved: JobAlert = {
  id: '0b6f8f1e-5a4b-4f3e-9a65-9d0c1b3e2a10',
  keywords: 'nachtdienst',
  functions: ['verpleegkundige'],
  skills: [],
  locations: ['utrecht'],
  employmentTypes: ['permanent'],
  frequency: 'weekly',
  lastDigestAt: null,
  createdAt: '2027-03-01T09:00:00Z',
};

describe('job alerts page', () => {
  it('lists, creates, edits and deletes an alumnus’s job alerts', async () => {
    let items: JobAlert[] = [saved];
    const list = () => ({ status: 200, body: { items, consent: { granted: true, expiresAt: '2029-03-10T09:00:00Z' }, max: 5 } });
    const api = mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['alumnus'] }) },
      'GET /api/me/job-alerts': list,
      'POST /api/me/job-alerts': (request) => {
        const created = { ...saved, ...(request.body as object), id: 'c6f1b8de-2b8e-4c7f-8a57-1f0c2e9d4b21' } as JobAlert;
        items = [...items, created];
        return { status: 201, body: created };
      },
      [`PUT /api/me/job-alerts/${saved.id}`]: (request) => {
        items = items.map((a) => (a.id === saved.id ? ({ ...a, ...(request.body as object) } as JobAlert) : a));
        return { status: 200, body: items[0] };
      },
      [`DELETE /api/me/job-alerts/${saved.id}`]: () => {
        items = items.filter((a) => a.id !== saved.id);
        return { status: 204 };
      },
    });
    const user = userEvent.setup();
    renderApp('/job-alerts');

    expect(await screen.findByRole('heading', { name: 'Vacature-alerts' })).toBeInTheDocument();
    const card = await screen.findByRole('article', { name: '“nachtdienst” · verpleegkundige · utrecht · Vast' });
    expect(within(card).getByText('Wekelijks (maandag om 8 uur)')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('We mogen je vacature-alerts sturen tot 10 mrt 2029.');

    await user.click(screen.getByRole('button', { name: 'Nieuwe vacature-alert' }));
    const form = screen.getByRole('form', { name: 'Nieuwe vacature-alert' });
    await user.type(within(form).getByRole('textbox', { name: /Zoekwoorden/ }), 'helpende');
    await user.type(within(form).getByLabelText('Plaatsen', { selector: 'input' }), 'Zeist{enter}');
    await user.click(within(form).getByRole('checkbox', { name: 'Tijdelijk' }));
    await user.click(within(form).getByRole('radio', { name: 'Meteen bij elke nieuwe vacature' }));
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('article', { name: '“helpende” · Zeist · Tijdelijk' })).toBeInTheDocument();
    expect(api.requests.find((r) => r.method === 'POST')!.body).toEqual({
      keywords: 'helpende',
      functions: [],
      skills: [],
      locations: ['Zeist'],
      employmentTypes: ['temporary'],
      frequency: 'instant',
    });

    await user.click(within(card).getByRole('button', { name: 'Wijzigen' }));
    const edit = screen.getByRole('form', { name: 'Vacature-alert wijzigen' });
    await user.click(within(edit).getByRole('radio', { name: 'Dagelijks (om 8 uur)' }));
    await user.click(within(edit).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Dagelijks (om 8 uur)')).toBeInTheDocument();
    expect(api.requests.find((r) => r.method === 'PUT')!.body).toMatchObject({ keywords: 'nachtdienst', frequency: 'daily', employmentTypes: ['permanent'] });

    const updated = screen.getByRole('article', { name: '“nachtdienst” · verpleegkundige · utrecht · Vast' });
    await user.click(within(updated).getByRole('button', { name: 'Verwijderen' }));
    await screen.findByRole('button', { name: 'Nieuwe vacature-alert' });
    expect(await screen.findByRole('article', { name: '“helpende” · Zeist · Tijdelijk' })).toBeInTheDocument();
    await expect(screen.findByRole('article', { name: /nachtdienst/ }, { timeout: 300 })).rejects.toThrow();
  });

  it('explains consent when there are no alerts', async () => {
    mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['alumnus'], locale: 'en' }) },
      'GET /api/me/job-alerts': { status: 200, body: { items: [], consent: { granted: false, expiresAt: null }, max: 5 } },
    });
    renderApp('/job-alerts');
    expect(await screen.findByText('You have no job alerts yet.')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('Saving an alert gives your consent for 24 months.');
  });

  it('shows HR the forbidden page without asking for alerts', async () => {
    const api = mockApi({ 'GET /api/auth/session': { status: 200, body: session({ roles: ['hr_admin'], locale: 'en' }) } });
    renderApp('/job-alerts');
    expect(await screen.findByRole('heading', { name: 'No access' })).toBeInTheDocument();
    expect(api.requests.some((r) => r.path === '/api/me/job-alerts')).toBe(false);
  });
});
