import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { RatingDue } from '../api/types';
import { FIRST_RENDER_MS, hire, SLOW_TEST_MS } from '../test-fixtures';

const anna = hire({ id: 'hire-anna', person: { id: 'p-1', name: 'Anna de Vries' }, startDate: '2026-03-01' });
const youssef = hire({ id: 'hire-youssef', person: { id: 'p-2', name: 'Youssef Amrani' }, startDate: '2025-09-01', channel: 'referral', source: 'referral', editable: false });

describe('quality-of-hire ratings', () => {
  it('lists the 6- and 12-month ratings due and records a 1–5 rating for one of them', async () => {
    let due: RatingDue[] = [
      { hire: anna, months: 6, dueOn: '2026-09-01' },
      { hire: youssef, months: 12, dueOn: '2026-09-01' },
    ];
    const api = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/insights/ratings/due': () => ({ status: 200, body: { items: due, total: due.length } }),
      'PUT /api/insights/hires/hire-youssef/ratings/12': (request) => {
        due = due.filter((item) => item.hire.id !== 'hire-youssef');
        return { status: 200, body: { hireId: 'hire-youssef', months: 12, ...(request.body as object), ratedAt: '2026-11-20T10:00:00.000Z' } };
      },
    });
    renderApp('/insights/data/ratings');
    const user = userEvent.setup();

    const table = await screen.findByRole('table', { name: 'Beoordelingen aan de beurt' }, { timeout: FIRST_RENDER_MS });
    expect(screen.getByText('2 beoordelingen aan de beurt')).toBeInTheDocument();
    expect(within(within(table).getByText('Anna de Vries').closest('tr')!).getByText('Na 6 maanden')).toBeInTheDocument();
    expect(within(within(table).getByText('Youssef Amrani').closest('tr')!).getByText('Na 12 maanden')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Youssef Amrani beoordelen na 12 maanden' }));
    const dialog = await screen.findByRole('dialog', { name: 'Youssef Amrani na 12 maanden' });
    await user.click(within(dialog).getByRole('button', { name: 'Beoordeling opslaan' }));
    expect(await within(dialog).findByText('Kies een cijfer van 1 tot 5')).toBeInTheDocument();
    expect(api.requests.filter((r) => r.method === 'PUT')).toHaveLength(0);

    await user.click(within(dialog).getByRole('radio', { name: '4 – boven verwachting' }));
    await user.type(within(dialog).getByLabelText(/^Toelichting/), 'Sterke start op de afdeling');
    await user.click(within(dialog).getByRole('button', { name: 'Beoordeling opslaan' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requests.filter((r) => r.method === 'PUT').map((r) => [r.path, r.body])).toEqual([
      ['/api/insights/hires/hire-youssef/ratings/12', { rating: 4, note: 'Sterke start op de afdeling' }],
    ]);
    expect(await screen.findByText('1 beoordeling aan de beurt')).toBeInTheDocument();
    expect(screen.queryByText('Youssef Amrani')).not.toBeInTheDocument();
  }, SLOW_TEST_MS);

  it('says so when the rating is not due yet', async () => {
    mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/insights/ratings/due': { status: 200, body: { items: [{ hire: anna, months: 6, dueOn: '2026-09-01' }], total: 1 } },
      'PUT /api/insights/hires/hire-anna/ratings/6': { status: 409, body: problem(409, 'quality_rating_not_due') },
    });
    renderApp('/insights/data/ratings');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Anna de Vries beoordelen na 6 maanden' }, { timeout: FIRST_RENDER_MS }));
    const dialog = await screen.findByRole('dialog', { name: 'Anna de Vries na 6 maanden' });
    await user.click(within(dialog).getByRole('radio', { name: '3 – naar verwachting' }));
    await user.click(within(dialog).getByRole('button', { name: 'Beoordeling opslaan' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Deze beoordeling kan pas worden gegeven als de medewerker zo lang in dienst is.');
  }, SLOW_TEST_MS);
});
