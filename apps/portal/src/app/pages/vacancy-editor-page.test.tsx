import type { Vacancy } from '@kring/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, session, userSummary } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

function vacancy(overrides: Partial<Vacancy> = {}): Vacancy {
  return {
    id: 'vac-9',
    title: 'Verpleegkundige interne geneeskunde',
    department: 'Zorg',
    location: 'Utrecht',
    employmentType: 'permanent',
    hoursMin: 32,
    hoursMax: 36,
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: 'EUR',
    salaryPeriod: null,
    skills: [],
    hardToFill: false,
    openedAt: null,
    status: 'draft',
    hiringManagerUserId: null,
    hiringManagerName: null,
    closedAt: null,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    descriptionMarkdown: 'Je **zorgt** voor patiënten.',
    descriptionHtml: '<p>Je <strong>zorgt</strong> voor patiënten.</p>',
    ...overrides,
  };
}

const baseHandlers = {
  'GET /api/auth/session': { status: 200, body: session() },
  'GET /api/users': { status: 200, body: { items: [userSummary()], total: 1 } },
};

let router: ReturnType<typeof renderApp>['router'];
async function openNewVacancyForm() {
  ({ router } = renderApp('/manage/vacancies/new'));
  return screen.findByRole('form', { name: 'Nieuwe vacature' });
}

describe('vacancy editor', () => {
  it('checks required fields and min ≤ max before sending anything', async () => {
    const { requests } = mockApi(baseHandlers);
    const form = await openNewVacancyForm();
    const user = userEvent.setup();

    await user.click(within(form).getByRole('button', { name: 'Opslaan als concept' }));
    expect(await within(form).findByText('Dit veld is verplicht')).toBeInTheDocument();
    expect(within(form).getByLabelText(/^Functietitel/)).toHaveAttribute('aria-invalid', 'true');

    await user.type(within(form).getByLabelText(/^Functietitel/), 'Kok');
    await user.type(within(form).getByLabelText('Uren per week (min.)'), '40');
    await user.type(within(form).getByLabelText('Uren per week (max.)'), '32');
    await user.click(within(form).getByRole('button', { name: 'Opslaan als concept' }));

    const hoursMax = within(form).getByLabelText('Uren per week (max.)');
    await waitFor(() => expect(hoursMax).toHaveAttribute('aria-invalid', 'true'));
    expect(hoursMax).toHaveAccessibleDescription('Het maximum moet minstens zo hoog zijn als het minimum');
    expect(within(form).getByLabelText('Uren per week (min.)')).not.toHaveAttribute('aria-invalid');
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('shows a server field error on the field it belongs to', async () => {
    mockApi({
      ...baseHandlers,
      'POST /api/vacancies': {
        status: 400,
        body: problem(400, 'validation_failed', [{ field: 'hiringManagerUserId', message: 'must be an active user of your organisation' }]),
      },
    });
    const form = await openNewVacancyForm();
    const user = userEvent.setup();

    await user.type(within(form).getByLabelText(/^Functietitel/), 'Kok');
    await user.click(within(form).getByRole('button', { name: 'Opslaan als concept' }));

    const manager = within(form).getByLabelText('Hiring manager', { selector: 'input' });
    await waitFor(() => expect(manager).toHaveAttribute('aria-invalid', 'true'));
    expect(manager).toHaveAccessibleDescription('must be an active user of your organisation');
    expect(within(form).getByLabelText(/^Functietitel/)).not.toHaveAttribute('aria-invalid');
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('creates a draft and opens it, with the rendered preview and a publish action', async () => {
    const created = vacancy({ hiringManagerUserId: 'user-2', hiringManagerName: 'Piet Jansen' });
    const { requests } = mockApi({
      ...baseHandlers,
      'POST /api/vacancies': { status: 201, body: created },
      'GET /api/vacancies/vac-9': { status: 200, body: created },
      'GET /api/vacancies': { status: 200, body: { items: [created], total: 1 } },
    });
    const form = await openNewVacancyForm();
    const user = userEvent.setup();

    await user.type(within(form).getByLabelText(/^Functietitel/), '  Verpleegkundige interne geneeskunde ');
    await user.type(within(form).getByLabelText('Afdeling'), 'Zorg');
    await user.type(within(form).getByLabelText('Uren per week (min.)'), '32');
    await user.type(within(form).getByLabelText('Uren per week (max.)'), '36');
    await user.click(within(form).getByLabelText('Hiring manager', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Piet Jansen' }));
    await user.type(within(form).getByLabelText('Omschrijving'), 'Je **zorgt** voor patiënten.');
    await user.click(within(form).getByRole('button', { name: 'Opslaan als concept' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Verpleegkundige interne geneeskunde' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/manage/vacancies/vac-9');
    expect(screen.getByRole('button', { name: 'Publiceren' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kandidaten zoeken' })).toHaveAttribute('href', '/manage/vacancies/vac-9/match');
    expect(screen.getByText('zorgt', { selector: 'strong' })).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      title: 'Verpleegkundige interne geneeskunde',
      descriptionMarkdown: 'Je **zorgt** voor patiënten.',
      department: 'Zorg',
      location: null,
      employmentType: 'permanent',
      hoursMin: 32,
      hoursMax: 36,
      salaryMin: null,
      salaryMax: null,
      salaryCurrency: 'EUR',
      salaryPeriod: null,
      skills: [],
      hardToFill: false,
      hiringManagerUserId: 'user-2',
      status: 'draft',
    });
  });
});
