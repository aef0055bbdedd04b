import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { Offer } from '../api/types';
import { FIRST_RENDER_MS, SLOW_TEST_MS } from '../test-fixtures';

const referralOffer: Offer = {
  id: 'offer-ref',
  channel: 'referral',
  referralId: 'ref-1',
  programme: null,
  hireId: 'hire-1',
  department: 'Thuiszorg',
  madeOn: '2026-02-01',
  outcome: 'accepted',
  decidedOn: '2026-02-03',
  externalRef: null,
  editable: false,
};

describe('offers page', () => {
  it('shows referral offers read-only and records an accepted offer with its decision date', async () => {
    let items: Offer[] = [referralOffer];
    const api = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/insights/offers': () => ({ status: 200, body: { items, total: items.length } }),
      'POST /api/insights/offers': (request) => {
        const created: Offer = { ...referralOffer, ...(request.body as object), id: 'offer-new', referralId: null, hireId: null, editable: true };
        items = [created, ...items];
        return { status: 200, body: created };
      },
    });
    renderApp('/insights/data/offers');
    const user = userEvent.setup();

    const table = await screen.findByRole('table', { name: 'Aanbiedingen' }, { timeout: FIRST_RENDER_MS });
    expect(within(table).getByText('Uit de pipeline')).toBeInTheDocument();
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Aanbieding toevoegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Aanbieding toevoegen' });
    expect(within(dialog).getByLabelText(/^Beslisdatum/)).toBeDisabled();
    await user.selectOptions(within(dialog).getByLabelText(/^Kanaal/), 'Sociale media');
    await user.type(within(dialog).getByLabelText(/^Datum aanbod/), '2026-05-04');
    await user.selectOptions(within(dialog).getByLabelText(/^Uitkomst/), 'Geaccepteerd');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialog).findByText('Vul in wanneer het aanbod is geaccepteerd of afgewezen')).toBeInTheDocument();
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/^Beslisdatum/), '2026-05-06');
    await user.type(within(dialog).getByLabelText(/^Afdeling/), 'Bedrijfsbureau');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([
      { channel: 'social', madeOn: '2026-05-04', outcome: 'accepted', decidedOn: '2026-05-06', department: 'Bedrijfsbureau', externalRef: null },
    ]);
    expect(await screen.findByText('2 aanbiedingen')).toBeInTheDocument();
  }, SLOW_TEST_MS);
});
