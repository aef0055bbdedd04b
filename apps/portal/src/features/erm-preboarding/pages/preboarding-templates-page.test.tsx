import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const welcome = {
  id: 'tpl-1',
  name: 'Welkom bij Zorggroep De Linde',
  isDefault: true,
  updatedAt: '2027-03-01T09:00:00.000Z',
  tasks: [
    { id: 'tt-1', titleNl: 'Documenten uploaden', titleEn: 'Upload documents', descriptionNl: null, descriptionEn: null, dueOffsetDays: -14, assignee: 'starter', department: null },
    { id: 'tt-2', titleNl: 'Evaluatie eerste week', titleEn: 'First-week check-in', descriptionNl: null, descriptionEn: null, dueOffsetDays: 5, assignee: 'hr', department: 'Zorg' },
  ],
};

describe('preboarding templates page', () => {
  it('lists templates with their tasks and creates a new one with task rows', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['hr_admin'] }) },
      'GET /api/preboarding/templates': { status: 200, body: [welcome] },
      'POST /api/preboarding/templates': (request) => ({ status: 201, body: { ...welcome, id: 'tpl-2', ...(request.body as object) } }),
      'PUT /api/preboarding/templates/tpl-1': (request) => ({ status: 200, body: { ...welcome, ...(request.body as object) } }),
    });
    renderApp('/preboarding/templates');
    const user = userEvent.setup();

    expect(await screen.findByText('Documenten uploaden — 14 dagen ervoor · Starter', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Evaluatie eerste week — 5 dagen erna · HR · Zorg')).toBeInTheDocument();
    expect(screen.getByText('Standaard')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nieuwe startlijst' }));
    const editor = screen.getByRole('form', { name: 'Startlijst bewerken' });
    await user.type(within(editor).getByLabelText(/^Naam/), 'Flexpool');
    const first = within(editor).getByRole('group', { name: 'Taak 1' });
    await user.type(within(first).getByLabelText(/^Titel \(Nederlands\)/), 'Rooster bekijken');
    await user.type(within(first).getByLabelText(/^Titel \(Engels\)/), 'Check your roster');
    const offset = within(first).getByLabelText(/^Dagen t\.o\.v\. startdatum/);
    await user.clear(offset);
    await user.type(offset, '-3');
    await user.click(within(editor).getByRole('button', { name: 'Taak toevoegen' }));
    const second = within(editor).getByRole('group', { name: 'Taak 2' });
    await user.type(within(second).getByLabelText(/^Titel \(Nederlands\)/), 'Pas ophalen');
    await user.type(within(second).getByLabelText(/^Titel \(Engels\)/), 'Collect your badge');
    await user.selectOptions(within(second).getByLabelText(/^Wie doet het/), 'hr');
    await user.click(within(editor).getByRole('button', { name: 'Opslaan' }));

    await screen.findByRole('button', { name: 'Nieuwe startlijst' });
    expect(requests.find((r) => r.method === 'POST' && r.path === '/api/preboarding/templates')?.body).toEqual({
      name: 'Flexpool',
      isDefault: false,
      tasks: [
        { titleNl: 'Rooster bekijken', titleEn: 'Check your roster', dueOffsetDays: -3, assignee: 'starter' },
        { titleNl: 'Pas ophalen', titleEn: 'Collect your badge', dueOffsetDays: 0, assignee: 'hr' },
      ],
    });
  });

  it('keeps the default marked when editing it and saves the renamed tasks', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['hr_admin'] }) },
      'GET /api/preboarding/templates': { status: 200, body: [welcome] },
      'PUT /api/preboarding/templates/tpl-1': (request) => ({ status: 200, body: { ...welcome, ...(request.body as object) } }),
    });
    renderApp('/preboarding/templates');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Bewerken' }, { timeout: 5000 }));
    const editor = screen.getByRole('form', { name: 'Startlijst bewerken' });
    expect(within(editor).getByRole('checkbox', { name: 'Standaard voor nieuwe starters' })).toBeDisabled();
    const first = within(editor).getByRole('group', { name: 'Taak 1' });
    const title = within(first).getByLabelText(/^Titel \(Nederlands\)/);
    await user.clear(title);
    await user.type(title, 'Identiteitsbewijs uploaden');
    await user.click(within(editor).getByRole('button', { name: 'Opslaan' }));

    await screen.findByRole('button', { name: 'Nieuwe startlijst' });
    const put = requests.find((r) => r.method === 'PUT')?.body as { isDefault: boolean; tasks: Array<{ titleNl: string; department?: string }> };
    expect(put.isDefault).toBe(true);
    expect(put.tasks.map((t) => t.titleNl)).toEqual(['Identiteitsbewijs uploaden', 'Evaluatie eerste week']);
    expect(put.tasks[1]!.department).toBe('Zorg');
  });
});
