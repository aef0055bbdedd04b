import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type RecordedRequest, mockApi, problem, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { KpiName, KpiOutput } from '../api/types';
import { KPI_CATALOGUE } from '../lib/kpi-catalogue';
import { costPerHire, emptyKpi, referralFunnel, roi } from '../test/kpi-fixtures';

type Reply = { status: number; body?: unknown };

/** Every KPI endpoint answers empty unless a test gives it something; requests are recorded. */
function mockDashboard(kpis: Partial<Record<KpiName, KpiOutput | Reply>> = {}, locale: 'nl' | 'en' = 'nl') {
  const handlers: Record<string, Reply> = {
    'GET /api/auth/session': { status: 200, body: session({ locale }) },
    'GET /api/programmes': { status: 200, body: { items: [{ id: '7d0c5d4e-1111-4222-8333-944455556666', name: 'Zorg verwijst' }], total: 1 } },
    'GET /api/insights/departments': { status: 200, body: { items: ['Facilitair', 'Zorg'] } },
  };
  for (const { name } of KPI_CATALOGUE) {
    const given = kpis[name];
    handlers[`GET /api/insights/${name}`] = given && 'status' in given ? given : { status: 200, body: given ?? emptyKpi(name) };
  }
  return mockApi(handlers);
}

const kpiRequests = (requests: RecordedRequest[], name: KpiName) => requests.filter((r) => r.path === `/api/insights/${name}`);
/** A KPI's card, found by its heading (a role query over the whole dashboard is slow in jsdom). */
const card = async (name: string) => (await screen.findByText(name, { selector: 'h2' }, { timeout: 10_000 })).closest('section')!;
/** jsdom's Blob has no arrayBuffer(); its FileReader does. */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
/** Intl writes a no-break space between € and the amount; tests read it as a plain space. */
const text = (element: HTMLElement) => (element.textContent ?? '').replace(/\u00a0|\u202f/g, ' ');

// Thirteen cards with charts make a large DOM; jsdom is slow on it when the machine is busy.
describe('HR dashboard', { timeout: 30_000 }, () => {
  beforeEach(() => {
    // "Today" in Amsterdam is 20 November 2026, so the default period is 21 Nov 2025 – 20 Nov 2026.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('shows the headline figures with their comparison, and the table with the same numbers', async () => {
    const { requests } = mockDashboard({ 'cost-per-hire': costPerHire, 'referral-funnel': referralFunnel });
    renderApp('/insights');

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' }, { timeout: 10_000 })).toBeInTheDocument();
    const costs = await card('Kosten per aanname');
    await within(costs).findByRole('table');
    expect(text(costs)).toContain('Via aandraging€ 950,00▼ € 250,00 lager');
    expect(text(costs)).toContain('€ 250,00 lager dan de vorige periode (€ 1.200,00)');
    expect(text(costs)).toContain('€ 249,50 hoger dan de vorige periode (€ 3.850,50)');
    expect(text(costs)).toContain('Geen vergelijking mogelijk (vorige periode: –)');

    const table = within(costs).getByRole('table', { name: 'Per kanaal' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => within(row).queryAllByRole('columnheader').map(text))[0]).toEqual([
      'Kanaal',
      'Aannames',
      'Kosten',
      'Beloningen',
      'Totaal',
      'Kosten per aanname',
    ]);
    expect(text(within(rows[2]!).getByRole('rowheader'))).toBe('Bureau');
    expect(within(rows[2]!).getAllByRole('cell').map(text)).toEqual([
      '3vorige: 2',
      '€ 12.300,00vorige: € 7.701,00',
      '€ 0,00vorige: € 0,00',
      '€ 12.300,00vorige: € 7.701,00',
      '€ 4.100,00vorige: € 3.850,50',
    ]);
    expect(within(costs).getByRole('img', { name: /^Grafiek van Per kanaal\. Dezelfde cijfers staan in de tabel\./ })).toBeInTheDocument();

    const funnel = await card('Trechter van aandragingen');
    expect(text(funnel)).toContain('Conversie12,5%▲ 2,5 procentpunt hoger dan de vorige periode (10%)');
    const funnelTable = within(funnel).getByRole('table', { name: 'Per stap' });
    expect(within(funnelTable).getAllByRole('rowheader').map(text)).toEqual(['Aangedragen', 'Toestemming', 'Gesprek', 'Aanbod', 'Aangenomen']);

    // Every request carries the default period explicitly.
    expect(kpiRequests(requests, 'cost-per-hire').map((r) => r.search)).toEqual(['?from=2025-11-21&to=2026-11-20']);
  });

  it('says which data is missing and links to where it is added', async () => {
    mockDashboard({
      'source-of-hire': emptyKpi('source-of-hire', { missing: ['no_hires'] }),
      'newsletter-engagement': emptyKpi('newsletter-engagement', { missing: ['tracking_off'] }),
      'candidate-nps': emptyKpi('candidate-nps', { missing: ['no_surveys'] }),
    });
    renderApp('/insights');

    const source = await card('Bron van aannames');
    expect(await within(source).findByText('Er zijn in deze periode geen aannames geregistreerd.')).toBeInTheDocument();
    expect(within(source).getByRole('link', { name: 'Voeg aannames toe' })).toHaveAttribute('href', '/insights/data/hires');
    const newsletters = await card('Nieuwsbrieven');
    expect(await within(newsletters).findByRole('link', { name: 'Zet meten aan in de mailinstellingen' })).toHaveAttribute('href', '/mailings/settings');
    const nps = await card('Kandidaatervaring (NPS)');
    expect(await within(nps).findByText(/Kring stuurt de enquête vanzelf/)).toBeInTheDocument();
    expect(within(nps).queryByRole('link')).not.toBeInTheDocument();
    // A KPI without missing data shows no such notice.
    const costs = await card('Kosten per aanname');
    await waitFor(() => expect(within(costs).queryByRole('status')).not.toBeInTheDocument());
    expect(within(costs).queryByText('Er ontbreken gegevens')).not.toBeInTheDocument();
  });

  it('exports a table as semicolon-separated UTF-8 CSV with a BOM, named after the KPI and period', async () => {
    mockDashboard({ 'cost-per-hire': costPerHire, roi });
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:csv'), revokeObjectURL: () => undefined }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderApp('/insights');
    const user = userEvent.setup();

    const costs = await card('Kosten per aanname');
    await user.click(await within(costs).findByRole('button', { name: 'Download Per kanaal als CSV (puntkomma-gescheiden)' }));
    expect(names).toEqual(['kring-cost-per-hire-channels-2025-11-21_2026-11-20.csv']);
    const bytes = await bytesOf(blobs[0]!);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3))).toBe(
      'Kanaal;Aannames;Kosten (EUR);Beloningen (EUR);Totaal (EUR);Kosten per aanname (EUR);' +
        'Aannames – vorige periode;Kosten (EUR) – vorige periode;Beloningen (EUR) – vorige periode;Totaal (EUR) – vorige periode;Kosten per aanname (EUR) – vorige periode\r\n' +
        'Aandraging;10;2000;7500;9500;950;8;3600;6000;9600;1200\r\n' +
        'Bureau;3;12300;0;12300;4100;2;7701;0;7701;3850,5\r\n',
    );

    await user.click(within(await card('Rendement (ROI) per programma')).getByRole('button', { name: /^Download Per programma als CSV/ }));
    expect(new TextDecoder().decode(await bytesOf(blobs[1]!))).toBe(
      'Programma;Aannames via aandraging;ROI (%);Aannames via aandraging – vorige periode;ROI (%) – vorige periode\r\n' +
        '"Zorg; verwijst ""snel""";10;231,6;8;150\r\n',
    );
    click.mockRestore();
  });

  it('shows the ROI formula beside the figure', async () => {
    mockDashboard({ roi });
    renderApp('/insights');
    const roiCard = await card('Rendement (ROI) per programma');
    const formula = await within(roiCard).findByRole('region', { name: 'Formule' });
    expect(formula).toHaveTextContent('ROI = (besparing − investering) ÷ investering × 100');
    expect(formula).toHaveTextContent('roi = (savingsCents − investmentCents) / investmentCents × 100');
    expect(text(roiCard)).toContain('ROI231,6%▲ 81,6 procentpunt hoger dan de vorige periode (150%)');
  });

  it('keeps the filters in the URL and sends them with every KPI request', async () => {
    const { requests } = mockDashboard();
    const { router } = renderApp('/insights');
    const user = userEvent.setup();
    // Queries stay inside the filter bar: role queries over the whole dashboard are slow in jsdom.
    const bar = within((await screen.findByText('Periode', { selector: 'label' })).closest<HTMLElement>('[role="search"]')!);

    await user.click(bar.getByRole('combobox', { name: 'Periode' }));
    await user.click(bar.getByRole('option', { name: 'Laatste 3 maanden' }));
    await waitFor(() => expect(router.state.location.search).toBe('?period=3m'));
    await waitFor(() => expect(kpiRequests(requests, 'roi').at(-1)?.search).toBe('?from=2026-08-21&to=2026-11-20'));

    await user.click(bar.getByRole('combobox', { name: 'Programma' }));
    await user.click(await bar.findByRole('option', { name: 'Zorg verwijst' }));
    await waitFor(() => expect(router.state.location.search).toBe('?period=3m&programme=7d0c5d4e-1111-4222-8333-944455556666'));

    const department = bar.getByRole('combobox', { name: 'Afdeling' });
    await user.type(department, 'Zorg{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?period=3m&programme=7d0c5d4e-1111-4222-8333-944455556666&department=Zorg'));
    await waitFor(() =>
      expect(kpiRequests(requests, 'retention').at(-1)?.search).toBe(
        '?from=2026-08-21&to=2026-11-20&programmeId=7d0c5d4e-1111-4222-8333-944455556666&department=Zorg',
      ),
    );
    // Every KPI asked the same question.
    for (const { name } of KPI_CATALOGUE) {
      expect(kpiRequests(requests, name).at(-1)?.search).toBe('?from=2026-08-21&to=2026-11-20&programmeId=7d0c5d4e-1111-4222-8333-944455556666&department=Zorg');
    }
  });

  it('opens a shared link with a custom period as it was shared', async () => {
    const { requests } = mockDashboard({ 'phase-funnel': emptyKpi('phase-funnel', { ignoredFilters: ['department'] }) });
    // 1 January – 31 March 2026 is 90 days; the previous 90 days end on 31 December: 3 October – 31 December 2025.
    renderApp('/insights?period=custom&from=2026-01-01&to=2026-03-31&department=Facilitair');
    expect(await screen.findByLabelText('Van')).toHaveValue('2026-01-01');
    expect(screen.getByLabelText('Tot en met')).toHaveValue('2026-03-31');
    expect(screen.getByRole('combobox', { name: 'Afdeling' })).toHaveValue('Facilitair');
    expect(screen.getByText(/^1 januari 2026 t\/m 31 maart 2026, vergeleken met 3 oktober 2025 t\/m 31 december 2025$/)).toBeInTheDocument();
    await waitFor(() => expect(kpiRequests(requests, 'participation').map((r) => r.search)).toEqual(['?from=2026-01-01&to=2026-03-31&department=Facilitair']));
    expect(
      await within(await card('Relatiefases')).findByText('Het filter Afdeling geldt niet voor dit cijfer; het toont de hele organisatie.'),
    ).toBeInTheDocument();
  });

  it('shows a failing KPI as an error in its own card while the others render', async () => {
    mockDashboard({ retention: { status: 500, body: problem(500, 'internal') }, 'cost-per-hire': costPerHire });
    renderApp('/insights');
    const retention = await card('Behoud');
    expect(await within(retention).findByRole('alert')).toHaveTextContent('Dit cijfer kon niet worden geladen');
    expect(within(retention).getByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
    expect(await within(await card('Kosten per aanname')).findByRole('table', { name: 'Per kanaal' })).toBeInTheDocument();
    expect(within(await card('Kosten per aanname')).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('speaks English with English number formats', async () => {
    mockDashboard({ 'cost-per-hire': costPerHire }, 'en');
    renderApp('/insights');
    const costs = await card('Cost per hire');
    await within(costs).findByRole('table');
    expect(text(costs)).toContain('€250.00 lower than the previous period (€1,200.00)');
    expect(within(costs).getAllByRole('rowheader').map(text)).toEqual(['Referral', 'Agency']);
  });
});
