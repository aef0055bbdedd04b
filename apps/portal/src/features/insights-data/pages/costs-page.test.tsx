import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { cost, FIRST_RENDER_MS, SLOW_TEST_MS } from '../test-fixtures';

const programmes = { items: [{ id: 'prog-1', name: 'Zorgmaatjes 2026' }], total: 1 };

describe('recruitment costs page', () => {
  it('shows amounts in euros, sends a new cost in cents and reloads the list', async () => {
    let items = [cost()];
    const api = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/programmes': { status: 200, body: programmes },
      'GET /api/insights/costs': () => ({ status: 200, body: { items, total: items.length, totalCents: items.reduce((sum, c) => sum + c.amountCents, 0) } }),
      'POST /api/insights/costs': (request) => {
        const created = cost({ ...(request.body as object), id: 'cost-2', programme: { id: 'prog-1', name: 'Zorgmaatjes 2026' } });
        items = [...items, created];
        return { status: 200, body: created };
      },
    });
    renderApp('/insights/data/costs');
    const user = userEvent.setup();

    const table = await screen.findByRole('table', { name: 'Wervingskosten' }, { timeout: FIRST_RENDER_MS });
    expect(within(table).getByText('€ 2.400,00')).toBeInTheDocument();
    expect(screen.getByText('Beloningen voor aandragingen hoeft u hier niet in te vullen: Kring telt ze vanzelf mee uit het beloningenoverzicht.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Kosten toevoegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kosten toevoegen' });
    await user.selectOptions(within(dialog).getByLabelText(/^Kanaal/), 'Wervingsbureau');
    await user.selectOptions(within(dialog).getByLabelText(/^Soort kosten/), 'Bureau');
    await user.type(within(dialog).getByLabelText(/^Begin periode/), '2026-04-01');
    await user.type(within(dialog).getByLabelText(/^Einde periode/), '2026-06-30');
    await user.type(within(dialog).getByLabelText(/^Bedrag/), '1.250,5');
    await waitFor(() => expect(within(dialog).getByRole('option', { name: 'Zorgmaatjes 2026' })).toBeInTheDocument());
    await user.selectOptions(within(dialog).getByLabelText(/^Programma/), 'Zorgmaatjes 2026');
    await user.type(within(dialog).getByLabelText(/^Omschrijving/), 'Werving teamleider');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([
      {
        channel: 'agency',
        category: 'agency',
        programmeId: 'prog-1',
        periodStart: '2026-04-01',
        periodEnd: '2026-06-30',
        amountCents: 125050,
        description: 'Werving teamleider',
      },
    ]);
    expect(await screen.findByText('2 regels, samen € 3.650,50')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Wervingskosten' })).getByText('€ 1.250,50')).toBeInTheDocument();
  }, SLOW_TEST_MS);

  it('refuses an amount that is not euros, and puts the server error about amountCents on the amount field', async () => {
    const api = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/programmes': { status: 200, body: programmes },
      'GET /api/insights/costs': { status: 200, body: { items: [], total: 0, totalCents: 0 } },
      'POST /api/insights/costs': { status: 400, body: problem(400, 'validation_failed', [{ field: 'amountCents', message: 'must not be greater than 100000000000' }]) },
    });
    renderApp('/insights/data/costs');
    const user = userEvent.setup();
    await screen.findByText('Er zijn geen kosten die bij deze filters passen.', {}, { timeout: FIRST_RENDER_MS });

    await user.click(screen.getByRole('button', { name: 'Kosten toevoegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kosten toevoegen' });
    await user.type(within(dialog).getByLabelText(/^Begin periode/), '2026-04-01');
    await user.type(within(dialog).getByLabelText(/^Einde periode/), '2026-06-30');
    const amount = within(dialog).getByLabelText(/^Bedrag/);
    await user.type(amount, '12,345');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialog).findByText("Vul een bedrag in euro's in, bijvoorbeeld 1250 of 1.250,50")).toBeInTheDocument();
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.clear(amount);
    await user.type(amount, '999999999');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialog).findByText('must not be greater than 100000000000')).toBeInTheDocument();
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect((api.requests.find((r) => r.method === 'POST')?.body as { amountCents: number }).amountCents).toBe(99_999_999_900);
  }, SLOW_TEST_MS);
});
