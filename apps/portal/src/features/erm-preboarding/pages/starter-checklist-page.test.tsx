import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, unauthenticated } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const TOKEN = 'starter-token-0123456789abcdef';
const task = (id: string, titleNl: string, dueOn: string, assignee: 'starter' | 'hr', extra: Record<string, unknown> = {}) => ({
  id,
  titleNl,
  titleEn: `${titleNl} (en)`,
  descriptionNl: null,
  descriptionEn: null,
  dueOffsetDays: 0,
  dueOn,
  assignee,
  done: false,
  doneAt: null,
  overdue: false,
  ...extra,
});
const checklist = (uploadDone: boolean, locale: 'nl' | 'en' = 'nl') => ({
  organisationName: 'Zorggroep De Linde',
  firstName: 'Noah',
  locale,
  startDate: '2027-03-29',
  done: uploadDone ? 1 : 0,
  total: 3,
  tasks: [
    task('t1', "Upload je identiteitsbewijs", '2027-03-15', 'starter', uploadDone ? { done: true, doneAt: '2027-03-16T08:00:00Z' } : { overdue: true }),
    task('t2', 'Rooster en pas klaarzetten', '2027-03-26', 'hr'),
    task('t3', 'Eerste werkdag', '2027-03-29', 'starter'),
  ],
});

describe('starter checklist page', () => {
  it('shows the tasks with due dates and lets the starter tick their own task, not HR’s', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/preboarding/checklist/lookup': { status: 200, body: checklist(false) },
      'POST /api/preboarding/checklist/tasks/t1': { status: 200, body: checklist(true) },
    });
    renderApp(`/preboarding/checklist?token=${TOKEN}`);
    const user = userEvent.setup();

    expect(await screen.findByText(/Welkom Noah! Je begint op 29 maart 2027 bij Zorggroep De Linde/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/preboarding/checklist/lookup')?.body).toEqual({ token: TOKEN });
    const list = screen.getByRole('list', { name: 'Taken' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(items[0]!).getByText('Uiterlijk 15 maart 2027')).toBeInTheDocument();
    expect(within(items[0]!).getByText('Te laat')).toBeInTheDocument();
    expect(within(items[1]!).getByText('HR')).toBeInTheDocument();
    expect(within(items[1]!).queryByRole('checkbox')).toBeNull(); // HR ticks its own tasks
    expect(screen.getByText('0 van 3 klaar')).toBeInTheDocument();

    await user.click(within(items[0]!).getByRole('checkbox', { name: 'Upload je identiteitsbewijs' }));
    expect(await screen.findByText('1 van 3 klaar')).toBeInTheDocument();
    expect(within(screen.getAllByRole('listitem')[0]!).getByRole('checkbox')).toBeChecked();
    expect(requests.find((r) => r.path === '/api/preboarding/checklist/tasks/t1')?.body).toEqual({ token: TOKEN, done: true });
  });

  it('names the tasks in the starter’s language from the API, not the browser’s', async () => {
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/preboarding/checklist/lookup': { status: 200, body: checklist(false, 'en') },
    });
    renderApp(`/preboarding/checklist?token=${TOKEN}`);
    const list = await screen.findByRole('list', { name: 'Taken' }, { timeout: 5000 });
    expect(within(list).getByRole('checkbox', { name: 'Upload je identiteitsbewijs (en)' })).toBeInTheDocument();
    expect(within(list).getByText('Rooster en pas klaarzetten (en)')).toBeInTheDocument();
    expect(within(list).queryByText('Eerste werkdag')).toBeNull();
  });

  it('explains an expired link', async () => {
    mockApi({
      'GET /api/auth/session': unauthenticated,
      'POST /api/preboarding/checklist/lookup': { status: 410, body: problem(410, 'preboarding_token_invalid') },
    });
    renderApp(`/preboarding/checklist?token=${TOKEN}`);
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Deze link werkt niet meer');
  });
});
