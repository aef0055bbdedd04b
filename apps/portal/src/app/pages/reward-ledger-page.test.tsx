import type { ReferralDetail } from '@kring/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LedgerReward } from '../../features/reward-ledger/api/list-reward-ledger';
import { mockApi, problem, session } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

function reward(overrides: Partial<LedgerReward>): LedgerReward {
  return {
    id: 'rw-1',
    status: 'pending',
    milestoneKey: 'start',
    milestoneLabel: 'Bij start',
    trigger: 'started',
    amountCents: 25_000,
    currency: 'EUR',
    points: 0,
    dueOn: '2026-03-02',
    cancelReason: null,
    cancelledBySystem: false,
    cancelledAt: null,
    approvedAt: null,
    paidAt: null,
    charity: null,
    referral: { id: 'ref-1', candidateName: 'Eva de Boer', vacancyTitle: 'Verpleegkundige' },
    audience: 'employee',
    referrer: { id: 'user-2', name: 'Piet Jansen' },
    employeeNumber: 'E-1001',
    programme: { id: 'prog-1', name: 'Medewerkers werven' },
    exportBatchId: null,
    ...overrides,
  };
}

const piet = reward({});
const anna = reward({ id: 'rw-2', referrer: { id: 'user-3', name: 'Anna Bakker' }, milestoneLabel: 'Na proeftijd', amountCents: 75_000 });
const approvedRow = reward({ id: 'rw-3', status: 'approved', referrer: { id: 'user-4', name: 'Kees Visser' }, approvedAt: '2026-03-03T09:00:00.000Z' });
const paidRow = reward({ id: 'rw-4', status: 'paid', referrer: { id: 'user-5', name: 'Mila de Wit' }, paidAt: '2026-03-25T09:00:00.000Z' });

function handlers(extra: Record<string, unknown> = {}) {
  return {
    'GET /api/auth/session': { status: 200, body: session() },
    'GET /api/programmes': { status: 200, body: { items: [], total: 0 } },
    'GET /api/users': { status: 200, body: { items: [], total: 0 } },
    'GET /api/rewards/ledger': (request: { search: string }) => {
      const status = new URLSearchParams(request.search).get('status');
      const items = [piet, anna, approvedRow, paidRow].filter((row) => !status || row.status === status);
      return {
        status: 200,
        body: {
          items,
          total: items.length,
          totals: [
            { status: 'pending', currency: 'EUR', count: 2, amountCents: 100_000, points: 0 },
            { status: 'approved', currency: 'EUR', count: 1, amountCents: 25_000, points: 0 },
          ],
        },
      };
    },
    ...extra,
  } as Parameters<typeof mockApi>[0];
}

afterEach(() => {
  document.cookie = 'kring_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

describe('reward ledger', () => {
  it('filters by status and approves the selected rewards in bulk, reporting the skipped ones', async () => {
    const { requests } = mockApi(
      handlers({ 'POST /api/rewards/ledger/approve': { status: 200, body: { approved: ['rw-1'], skipped: ['rw-2'] } } }),
    );
    renderApp('/manage/rewards');
    const user = userEvent.setup();

    const table = await screen.findByRole('table', { name: '4 beloningen' });
    // Only pending rewards can be selected.
    expect(within(table).queryByRole('checkbox', { name: 'Kees Visser · Bij start selecteren' })).not.toBeInTheDocument();
    expect(within(screen.getByLabelText(/Totalen per status/)).getByText(/€\s?1\.000,00/)).toBeInTheDocument();

    await user.click(within(table).getByRole('checkbox', { name: 'Piet Jansen · Bij start selecteren' }));
    await user.click(within(table).getByRole('checkbox', { name: 'Anna Bakker · Na proeftijd selecteren' }));
    await user.click(screen.getByRole('button', { name: '2 beloningen goedkeuren' }));

    const status = await screen.findByText(/1 beloning goedgekeurd\./);
    expect(status).toHaveTextContent('1 overgeslagen: die was niet meer in afwachting.');
    expect(requests.find((r) => r.path === '/api/rewards/ledger/approve')?.body).toEqual({ ids: ['rw-1', 'rw-2'] });

    await user.selectOptions(screen.getByLabelText('Status'), 'approved');
    await screen.findByRole('table', { name: '1 beloning' });
    expect(requests.filter((r) => r.path === '/api/rewards/ledger').at(-1)?.search).toContain('status=approved');
  });

  it('cancels one reward only with a reason of at least 3 characters', async () => {
    const { requests } = mockApi(
      handlers({
        'POST /api/rewards/ledger/rw-3/cancel': { status: 200, body: { ...approvedRow, status: 'cancelled', cancelReason: 'Dubbel aangedragen.' } },
      }),
    );
    renderApp('/manage/rewards');
    const user = userEvent.setup();

    const table = await screen.findByRole('table', { name: '4 beloningen' });
    expect(within(table).queryByRole('button', { name: 'Beloning Mila de Wit · Bij start annuleren' })).not.toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: 'Beloning Kees Visser · Bij start annuleren' }));

    const dialog = await screen.findByRole('dialog', { name: 'Beloning annuleren' });
    await user.click(within(dialog).getByRole('button', { name: 'Beloning annuleren' }));
    expect(await within(dialog).findByText('Dit veld is verplicht')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/^Reden/), 'no');
    await user.click(within(dialog).getByRole('button', { name: 'Beloning annuleren' }));
    expect(await within(dialog).findByText('Geef een reden van minstens 3 tekens')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.clear(within(dialog).getByLabelText(/^Reden/));
    await user.type(within(dialog).getByLabelText(/^Reden/), 'Dubbel aangedragen.');
    await user.click(within(dialog).getByRole('button', { name: 'Beloning annuleren' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.path).toBe('/api/rewards/ledger/rw-3/cancel');
    expect(post?.body).toEqual({ reason: 'Dubbel aangedragen.' });
  });

  it('exports for payroll with the chosen separator, sends the CSRF header and downloads the CSV as received', async () => {
    document.cookie = 'kring_csrf=csrf-from-cookie';
    const csv = '\uFEFFEmployee number,Name,Amount\r\nE-1001,Piet Jansen,250.00\r\n';
    const { requests, fetchMock } = mockApi(handlers({ 'GET /api/rewards/exports': { status: 200, body: [] } }));
    // The CSV is not JSON: answer it at the network boundary with its own headers.
    const jsonApi = fetchMock.getMockImplementation()!;
    const exportRequests: Request[] = [];
    fetchMock.mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(input, init);
      if (request.method === 'POST' && new URL(request.url).pathname === '/api/rewards/exports') {
        exportRequests.push(request.clone());
        return new Response(csv, {
          status: 201,
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': 'attachment; filename="kring-salaris-2026-03.csv"',
            'x-export-id': 'exp-1',
          },
        });
      }
      return jsonApi(input, init);
    });
    const saved: { href: string; download: string }[] = [];
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:kring/1';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.href, download: this.download });
    });
    renderApp('/manage/rewards');
    const user = userEvent.setup();

    await screen.findByRole('table', { name: '4 beloningen' });
    await user.click(screen.getByRole('button', { name: 'Exporteren voor salarisadministratie' }));
    const dialog = await screen.findByRole('dialog', { name: 'Exporteren voor salarisadministratie' });
    expect(within(dialog).getByRole('radio', { name: /Puntkomma/ })).toBeChecked();
    await user.click(within(dialog).getByRole('radio', { name: /Komma \(,\)/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Exporteren en downloaden' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({ href: 'blob:kring/1', download: 'kring-salaris-2026-03.csv' });
    expect(await exportRequests[0].json()).toEqual({ separator: ',' });
    expect(exportRequests[0].headers.get('x-csrf-token')).toBe('csrf-from-cookie');
    expect(exportRequests[0].credentials).toBe('include');
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await screen.findByText('kring-salaris-2026-03.csv is gedownload; de beloningen staan op uitbetaald.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The ledger is read again: the exported rows are now paid.
    await waitFor(() => expect(requests.filter((r) => r.path === '/api/rewards/ledger').length).toBeGreaterThan(1));
    click.mockRestore();
  });

  it('says so when there is nothing to export', async () => {
    mockApi(handlers({ 'POST /api/rewards/exports': { status: 409, body: problem(409, 'nothing_to_export') } }));
    renderApp('/manage/rewards');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Exporteren voor salarisadministratie' }));
    const dialog = await screen.findByRole('dialog', { name: 'Exporteren voor salarisadministratie' });
    await user.click(within(dialog).getByRole('button', { name: 'Exporteren en downloaden' }));
    expect(await within(dialog).findByText('Er zijn geen goedgekeurde beloningen met een bedrag om te exporteren.')).toBeInTheDocument();
  });
});

describe('hire left', () => {
  const hired: ReferralDetail = {
    id: 'ref-1',
    stage: 'hired',
    consentState: 'consented',
    candidateName: 'Eva de Boer',
    vacancy: { id: 'vac-1', name: 'Verpleegkundige' },
    programme: { id: 'prog-1', name: 'Medewerkers werven' },
    referrer: { id: 'user-2', name: 'Piet Jansen' },
    source: 'referral_form',
    createdAt: '2025-09-01T08:00:00.000Z',
    stageChangedAt: '2025-09-20T08:00:00.000Z',
    candidateEmail: 'eva@example.nl',
    candidatePhone: null,
    relationship: 'friend',
    motivation: null,
    candidateNote: null,
    candidateInformed: true,
    cv: null,
    rejectionReason: null,
    rejectionReasonShareable: false,
    startDate: '2025-10-01',
    probationMonths: 2,
    consentDueAt: '2025-09-15T08:00:00.000Z',
    history: [],
  };

  it('records the last working day on a hired referral and reports the cancelled rewards', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/pipeline/stage-names': { status: 200, body: { nl: {}, en: {} } },
      'GET /api/referrals/ref-1': { status: 200, body: hired },
      'POST /api/referrals/ref-1/hire-left': {
        status: 200,
        body: { referralId: 'ref-1', leftOn: '2025-11-15', cancelledRewardIds: ['rw-2'] },
      },
    });
    renderApp('/referrals/ref-1');
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'Medewerker uit dienst' });
    await user.click(within(form).getByRole('button', { name: 'Uit dienst melden' }));
    expect(await within(form).findByText('Vul de laatste werkdag in')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.type(within(form).getByLabelText(/^Laatste werkdag/), '2025-11-15');
    await user.type(within(form).getByLabelText(/^Reden/), 'Eigen ontslag tijdens proeftijd');
    await user.click(within(form).getByRole('button', { name: 'Uit dienst melden' }));

    expect(await screen.findByText(/Uit dienst gemeld per 15 november 2025\. 1 beloning is geannuleerd\./)).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ leftOn: '2025-11-15', reason: 'Eigen ontslag tijdens proeftijd' });
  });
});

const pointsSettings = {
  values: { share: 5, referral: 25, interview: 50, hire: 100 },
  levels: [
    { threshold: 0, nameNl: 'Starter', nameEn: 'Starter' },
    { threshold: 100, nameNl: 'Verbinder', nameEn: 'Connector' },
    { threshold: 300, nameNl: 'Ambassadeur', nameEn: 'Ambassador' },
  ],
  isDefault: true,
  updatedAt: null,
};

describe('points settings', () => {
  async function openPointsTab() {
    renderApp('/manage/rewards');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: 'Punten' }));
    const form = await screen.findByRole('form', { name: 'Puntinstellingen' });
    return { user, form };
  }
  const level = (form: HTMLElement, n: number) => within(form).getByRole('group', { name: `Niveau ${n}` });

  it('explains when changes apply and validates like the server before sending anything', async () => {
    const { requests } = mockApi(handlers({ 'GET /api/points/settings': { status: 200, body: pointsSettings } }));
    const { user, form } = await openPointsTab();

    expect(within(form).getByText(/alleen voor nieuwe gebeurtenissen/)).toBeInTheDocument();
    expect(within(form).getByText(/Niveaudrempels gelden direct voor iedereen/)).toBeInTheDocument();
    expect(within(form).getByLabelText(/^Kandidaat aangenomen/)).toHaveValue('100');

    await user.clear(within(form).getByLabelText(/^Vacature gedeeld/));
    await user.clear(within(level(form, 1)).getByLabelText(/^Drempel/));
    await user.type(within(level(form, 1)).getByLabelText(/^Drempel/), '10');
    await user.clear(within(level(form, 3)).getByLabelText(/^Drempel/));
    await user.type(within(level(form, 3)).getByLabelText(/^Drempel/), '100');
    await user.clear(within(level(form, 2)).getByLabelText(/^Naam \(Engels\)/));
    await user.type(within(level(form, 2)).getByLabelText(/^Naam \(Engels\)/), 'starter');
    await user.click(within(form).getByRole('button', { name: 'Niveau toevoegen' }));
    expect(within(level(form, 4)).getByLabelText(/^Drempel/)).toHaveValue('200');
    await user.click(within(form).getByRole('button', { name: 'Instellingen opslaan' }));

    expect(await within(form).findByText('Dit veld is verplicht', { selector: '.mantine-NumberInput-error' })).toBeInTheDocument();
    expect(within(level(form, 1)).getByText('Het eerste niveau begint bij 0 punten')).toBeInTheDocument();
    expect(within(level(form, 3)).getByText('Kies een hogere drempel dan die van het vorige niveau')).toBeInTheDocument();
    expect(within(level(form, 2)).getByText('Deze naam komt al voor bij een ander niveau')).toBeInTheDocument();
    expect(within(level(form, 4)).getAllByText('Dit veld is verplicht')).toHaveLength(2);
    expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
  });

  it('puts a server field error on the level it belongs to', async () => {
    mockApi(
      handlers({
        'GET /api/points/settings': { status: 200, body: pointsSettings },
        'PUT /api/points/settings': {
          status: 400,
          body: problem(400, 'validation_failed', [{ field: 'levels.1.threshold', message: 'must be greater than the previous level’s' }]),
        },
      }),
    );
    const { user, form } = await openPointsTab();

    await user.click(within(form).getByRole('button', { name: 'Instellingen opslaan' }));

    const threshold = within(level(form, 2)).getByLabelText(/^Drempel/);
    await waitFor(() => expect(threshold).toHaveAttribute('aria-invalid', 'true'));
    expect(within(level(form, 2)).getByText('must be greater than the previous level’s')).toBeInTheDocument();
    expect(within(level(form, 1)).getByLabelText(/^Drempel/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(within(form).queryByText('Niet alle gegevens zijn juist ingevuld.')).not.toBeInTheDocument();
  });

  it('saves the points per event and the levels as entered', async () => {
    const saved = {
      values: { share: 5, referral: 40, interview: 50, hire: 100 },
      levels: [
        { threshold: 0, nameNl: 'Starter', nameEn: 'Starter' },
        { threshold: 100, nameNl: 'Verbinder', nameEn: 'Connector' },
        { threshold: 1000, nameNl: 'Goud', nameEn: 'Gold' },
      ],
      isDefault: false,
      updatedAt: '2026-03-16T08:00:00.000Z',
    };
    const { requests } = mockApi(
      handlers({
        'GET /api/points/settings': { status: 200, body: pointsSettings },
        'PUT /api/points/settings': { status: 200, body: saved },
      }),
    );
    const { user, form } = await openPointsTab();

    await user.clear(within(form).getByLabelText(/^Iemand aangedragen/));
    await user.type(within(form).getByLabelText(/^Iemand aangedragen/), '40');
    await user.click(within(level(form, 3)).getByRole('button', { name: 'Niveau 3 verwijderen' }));
    await user.click(within(form).getByRole('button', { name: 'Niveau toevoegen' }));
    await user.type(within(level(form, 3)).getByLabelText(/^Naam \(Nederlands\)/), ' Goud ');
    await user.type(within(level(form, 3)).getByLabelText(/^Naam \(Engels\)/), 'Gold');
    await user.clear(within(level(form, 3)).getByLabelText(/^Drempel/));
    await user.type(within(level(form, 3)).getByLabelText(/^Drempel/), '1000');
    await user.click(within(form).getByRole('button', { name: 'Instellingen opslaan' }));

    await waitFor(() => expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(1));
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({ values: saved.values, levels: saved.levels });
    expect(await screen.findByText(/Laatst gewijzigd op/)).toBeInTheDocument();
  });
});

describe('HR leaderboard', () => {
  it('shows the leaderboard with its filters, naming only whom the API names', async () => {
    const { requests } = mockApi(
      handlers({
        'GET /api/my/points': {
          status: 200,
          body: { total: 0, level: { threshold: 0, nameNl: 'Starter', nameEn: 'Starter', index: 0 }, nextLevel: null, rewardPoints: 0, leaderboardOptIn: false, events: [] },
        },
        'GET /api/open-vacancies': {
          status: 200,
          body: { items: [{ id: 'vac-1', title: 'Kok', department: 'Keuken', programme: { id: 'prog-1', name: 'Medewerkers werven' } }], total: 1 },
        },
        'GET /api/points/leaderboard': {
          status: 200,
          body: {
            from: '2026-03-01',
            to: '2026-03-15',
            programmeId: null,
            department: null,
            participants: 2,
            items: [
              { rank: 1, name: 'Piet Jansen', points: 300, isYou: false },
              { rank: 2, name: null, points: 200, isYou: false },
            ],
            you: null,
          },
        },
      }),
    );
    renderApp('/manage/rewards');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: 'Ranglijst' }));

    const board = await screen.findByRole('table', { name: '2 deelnemers' });
    expect(within(board).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Piet Jansen', 'Anonieme deelnemer']);
    await user.selectOptions(screen.getByLabelText('Periode'), 'year');
    await user.selectOptions(screen.getByLabelText('Afdeling'), 'Keuken');
    await waitFor(() => expect(requests.filter((r) => r.path === '/api/points/leaderboard').at(-1)?.search).toContain('department=Keuken'));
    expect(requests.filter((r) => r.path === '/api/points/leaderboard').at(-1)?.search).toMatch(/from=\d{4}-01-01/);
  });
});
