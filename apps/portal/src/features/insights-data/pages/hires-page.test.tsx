import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { FIRST_RENDER_MS, hire, SLOW_TEST_MS } from '../test-fixtures';

const referralHire = hire({
  id: 'hire-ref',
  channel: 'referral',
  source: 'referral',
  referralId: 'ref-1',
  person: { id: 'p-1', name: 'Fatima El Amrani' },
  editable: false,
  rating6: 4,
});
const manualHire = hire({ id: 'hire-man', person: { id: 'p-2', name: 'Daan Visser' }, externalRef: 'ATS-77' });

describe('hires page', () => {
  it('shows referral hires read-only and adds a hire with the body the API expects', async () => {
    let items = [referralHire, manualHire];
    const api = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/insights/hires': () => ({ status: 200, body: { items, total: items.length } }),
      'POST /api/insights/hires': (request) => {
        const created = hire({ ...(request.body as object), id: 'hire-new' });
        items = [created, ...items];
        return { status: 200, body: created };
      },
    });
    renderApp('/insights/data/hires');
    const user = userEvent.setup();

    const table = await screen.findByRole('table', { name: 'Aannames' }, { timeout: FIRST_RENDER_MS });
    const referralRow = within(table).getByText('Fatima El Amrani').closest('tr')!;
    expect(within(referralRow).getByText('Uit de pipeline')).toBeInTheDocument();
    expect(within(referralRow).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aanname van Daan Visser wijzigen' })).toBeInTheDocument();
    expect(screen.getByText(/Aannames via aandragingen \(bron ‘Pipeline’\) zet Kring er zelf in/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Aanname toevoegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Aanname toevoegen' });
    await user.selectOptions(within(dialog).getByLabelText(/^Kanaal/), 'Wervingsbureau');
    await user.type(within(dialog).getByLabelText(/^Aannamedatum/), '2026-04-15');
    await user.type(within(dialog).getByLabelText(/^Sollicitatiedatum/), '2026-03-01');
    await user.type(within(dialog).getByLabelText(/^Startdatum/), '2026-06-01');
    await user.type(within(dialog).getByLabelText(/^Afdeling/), 'Verpleeghuis De Linde');
    await user.type(within(dialog).getByLabelText(/^Functie/), 'Teamleider');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([
      {
        channel: 'agency',
        hiredOn: '2026-04-15',
        appliedOn: '2026-03-01',
        startDate: '2026-06-01',
        leftOn: null,
        department: 'Verpleeghuis De Linde',
        jobTitle: 'Teamleider',
        externalRef: null,
      },
    ]);
    // The list is fetched again after the change (no optimistic update).
    expect(await screen.findByText('3 aannames')).toBeInTheDocument();
    expect(api.requests.filter((r) => r.method === 'GET' && r.path === '/api/insights/hires')).toHaveLength(2);
  }, SLOW_TEST_MS);

  it('checks the dates before sending, and shows the server field errors on their fields', async () => {
    const api = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/insights/hires': { status: 200, body: { items: [], total: 0 } },
      'POST /api/insights/hires': {
        status: 409,
        body: problem(409, 'external_ref_taken', [{ field: 'externalRef', message: 'is already used' }]),
      },
    });
    renderApp('/insights/data/hires');
    const user = userEvent.setup();
    expect(await screen.findByText('Er zijn geen aannames die bij deze filters passen.', {}, { timeout: FIRST_RENDER_MS })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Aanname toevoegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Aanname toevoegen' });
    await user.type(within(dialog).getByLabelText(/^Aannamedatum/), '2026-04-15');
    await user.type(within(dialog).getByLabelText(/^Sollicitatiedatum/), '2026-05-01');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialog).findByText('De sollicitatiedatum moet op of vóór de aannamedatum liggen')).toBeInTheDocument();
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.clear(within(dialog).getByLabelText(/^Sollicitatiedatum/));
    await user.type(within(dialog).getByLabelText(/^Kenmerk in ATS/), 'ATS-77');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    const field = within(dialog).getByLabelText(/^Kenmerk in ATS/);
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(within(dialog).getByText('Dit ATS-kenmerk is al gebruikt voor een andere regel')).toBeInTheDocument();
    expect(field).toHaveFocus();
    expect(api.requests.filter((r) => r.method === 'POST').map((r) => (r.body as { externalRef: string }).externalRef)).toEqual(['ATS-77']);
    expect(screen.getByRole('dialog', { name: 'Aanname toevoegen' })).toBeInTheDocument();
  }, SLOW_TEST_MS);

  it('filters by channel and period, changes a hire and deletes one only after confirming', async () => {
    let items = [referralHire, manualHire];
    const api = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/insights/hires': () => ({ status: 200, body: { items, total: items.length } }),
      'PUT /api/insights/hires/hire-man': (request) => {
        items = items.map((item) => (item.id === 'hire-man' ? hire({ ...manualHire, ...(request.body as object) }) : item));
        return { status: 200, body: items[1] };
      },
      'DELETE /api/insights/hires/hire-man': () => {
        items = items.filter((item) => item.id !== 'hire-man');
        return { status: 204 };
      },
    });
    renderApp('/insights/data/hires');
    const user = userEvent.setup();
    await screen.findByRole('table', { name: 'Aannames' }, { timeout: FIRST_RENDER_MS });

    const filters = screen.getByRole('search', { name: 'Aannames filteren' });
    await user.selectOptions(within(filters).getByLabelText('Kanaal'), 'Vacaturesite');
    await user.type(within(filters).getByLabelText('Vanaf'), '2026-01-01');
    await user.selectOptions(within(filters).getByLabelText('Bron'), 'Handmatig');
    await waitFor(() =>
      expect(api.requests.filter((r) => r.path === '/api/insights/hires').map((r) => r.search).at(-1)).toBe('?channel=job_board&from=2026-01-01&source=manual&limit=25&offset=0'),
    );

    await user.click(screen.getByRole('button', { name: 'Aanname van Daan Visser wijzigen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Aanname wijzigen' });
    expect(within(dialog).getByLabelText(/^Kenmerk in ATS/)).toHaveValue('ATS-77');
    await user.type(within(dialog).getByLabelText(/^Datum uit dienst/), '2026-10-31');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requests.filter((r) => r.method === 'PUT').map((r) => r.body)).toEqual([
      {
        channel: 'job_board',
        hiredOn: '2026-02-02',
        appliedOn: '2026-01-05',
        startDate: '2026-03-01',
        leftOn: '2026-10-31',
        department: 'Thuiszorg',
        jobTitle: 'Wijkverpleegkundige',
        externalRef: 'ATS-77',
      },
    ]);
    expect(await screen.findByText('31 oktober 2026')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Aanname van Daan Visser verwijderen' }));
    const confirm = await screen.findByRole('dialog', { name: 'Aanname verwijderen?' });
    await user.click(within(confirm).getByRole('button', { name: 'Annuleren' }));
    expect(api.requests.filter((r) => r.method === 'DELETE')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Aanname van Daan Visser verwijderen' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Aanname verwijderen?' })).getByRole('button', { name: 'Verwijderen' }));
    await waitFor(() => expect(screen.queryByText('Daan Visser')).not.toBeInTheDocument());
    expect(api.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual(['/api/insights/hires/hire-man']);
  }, SLOW_TEST_MS);
});
