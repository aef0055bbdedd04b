import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MyReward } from '../../features/my-rewards/api/list-my-rewards';
import { mockApi, session } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

function reward(overrides: Partial<MyReward>): MyReward {
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
    ...overrides,
  };
}

const pending = reward({});
const approved = reward({
  id: 'rw-2',
  status: 'approved',
  milestoneKey: 'probation',
  milestoneLabel: 'Na proeftijd',
  amountCents: 75_000,
  points: 50,
  dueOn: '2026-05-02',
  approvedAt: '2026-05-03T09:00:00.000Z',
});
const paid = reward({
  id: 'rw-3',
  status: 'paid',
  milestoneLabel: 'Bij aanname',
  amountCents: 123_456,
  approvedAt: '2026-01-10T09:00:00.000Z',
  paidAt: '2026-01-25T10:00:00.000Z',
  referral: { id: 'ref-2', candidateName: null, vacancyTitle: null },
});
const cancelledBySystem = reward({
  id: 'rw-4',
  status: 'cancelled',
  milestoneLabel: 'Na 180 dagen',
  cancelReason: 'hire_left',
  cancelledBySystem: true,
  cancelledAt: '2026-04-01T08:00:00.000Z',
});
const cancelledByHr = reward({
  id: 'rw-5',
  status: 'cancelled',
  milestoneLabel: 'Na proeftijd',
  cancelReason: 'Dubbel aangedragen via een bureau.',
  cancelledAt: '2026-04-02T08:00:00.000Z',
  referral: { id: 'ref-3', candidateName: 'Joris Smit', vacancyTitle: 'Kok' },
});

const totals = [
  { status: 'pending', currency: 'EUR', count: 1, amountCents: 25_000, points: 0 },
  { status: 'approved', currency: 'EUR', count: 1, amountCents: 75_000, points: 50 },
  { status: 'paid', currency: 'EUR', count: 1, amountCents: 123_456, points: 0 },
];

const myPoints = {
  total: 160,
  level: { threshold: 100, nameNl: 'Verbinder', nameEn: 'Connector', index: 1 },
  nextLevel: { threshold: 250, nameNl: 'Ambassadeur', nameEn: 'Ambassador', pointsToGo: 90 },
  rewardPoints: 50,
  leaderboardOptIn: false,
  events: [
    { kind: 'interview', points: 50, at: '2026-03-10T13:30:00.000Z', subjectId: 'ref-1', vacancyTitle: 'Verpleegkundige' },
    { kind: 'referral', points: 25, at: '2026-03-02T08:00:00.000Z', subjectId: 'ref-1', vacancyTitle: 'Verpleegkundige' },
  ],
};
const leaderboard = {
  from: '2026-03-01',
  to: '2026-03-15',
  programmeId: null,
  department: null,
  participants: 4,
  items: [
    { rank: 1, name: 'Sanne de Vries', points: 300, isYou: false },
    { rank: 2, name: null, points: 200, isYou: false },
    { rank: 3, name: 'Piet Jansen', points: 160, isYou: true },
    { rank: 3, name: null, points: 160, isYou: false },
  ],
  you: { rank: 3, name: 'Piet Jansen', points: 160, isYou: true },
};
const openVacancies = {
  items: [
    { id: 'vac-1', title: 'Kok', department: 'Keuken', programme: { id: 'prog-1', name: 'Medewerkers werven' } },
    { id: 'vac-2', title: 'Verpleegkundige', department: 'Zorg', programme: { id: 'prog-1', name: 'Medewerkers werven' } },
  ],
  total: 2,
};
const points = {
  'GET /api/my/points': { status: 200, body: myPoints },
  'GET /api/points/leaderboard': { status: 200, body: leaderboard },
  'GET /api/open-vacancies': { status: 200, body: openVacancies },
};

function section(name: RegExp) {
  return screen.getByRole('region', { name });
}

describe('my rewards page', () => {
  it('groups rewards by status with amounts, dates, the referral (or "gewist") and the cancel reasons', async () => {
    mockApi({
      ...points,
      'GET /api/auth/session': { status: 200, body: session({ roles: ['alumnus'] }) },
      'GET /api/my/rewards': {
        status: 200,
        body: { items: [cancelledBySystem, paid, approved, pending, cancelledByHr], totals },
      },
      'GET /api/my/charities': { status: 200, body: [] },
    });
    renderApp('/rewards');

    expect(await screen.findByRole('heading', { name: 'Beloningen', level: 1 })).toBeInTheDocument();
    await screen.findByRole('heading', { name: 'In afwachting (1)' });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['In afwachting (1)', 'Goedgekeurd (1)', 'Uitbetaald (1)', 'Geannuleerd (2)', 'Punten']);

    const pendingCard = within(section(/^In afwachting/)).getByRole('article', { name: 'Bij start' });
    expect(within(pendingCard).getByText(/€\s?250,00/)).toBeInTheDocument();
    expect(within(pendingCard).getByText('Eva de Boer · Verpleegkundige')).toBeInTheDocument();
    expect(within(pendingCard).getByText('2 maart 2026')).toBeInTheDocument();

    const approvedCard = within(section(/^Goedgekeurd/)).getByRole('article', { name: 'Na proeftijd' });
    expect(within(approvedCard).getByText(/€\s?750,00 · 50 punten/)).toBeInTheDocument();
    expect(within(approvedCard).getByText('3 mei 2026')).toBeInTheDocument();

    const paidCard = within(section(/^Uitbetaald/)).getByRole('article', { name: 'Bij aanname' });
    expect(within(paidCard).getByText(/€\s?1\.234,56/)).toBeInTheDocument();
    expect(within(paidCard).getByText('gewist')).toBeInTheDocument();
    expect(within(paidCard).getByText('25 jan 2026')).toBeInTheDocument();

    const cancelled = section(/^Geannuleerd/);
    expect(within(cancelled).getByText('De kandidaat is uit dienst gegaan voordat de mijlpaal werd bereikt.')).toBeInTheDocument();
    expect(within(cancelled).getByText('Dubbel aangedragen via een bureau.')).toBeInTheDocument();
    expect(within(cancelled).queryByText('hire_left')).not.toBeInTheDocument();
    // Without charities there is nothing to donate to.
    expect(screen.queryByRole('button', { name: /doneren/i })).not.toBeInTheDocument();
  });

  it('donates a pending reward to a charity after confirming, and offers it only on pending and approved rewards', async () => {
    let items = [pending, approved, paid];
    const { requests } = mockApi({
      ...points,
      'GET /api/auth/session': { status: 200, body: session({ roles: ['employee'] }) },
      'GET /api/my/rewards': () => ({ status: 200, body: { items, totals } }),
      'GET /api/my/charities': {
        status: 200,
        body: [
          { id: 'ch-1', name: 'KWF Kankerbestrijding', active: true },
          { id: 'ch-2', name: 'Voedselbank', active: true },
        ],
      },
      'POST /api/my/rewards/rw-1/donate': () => {
        const donated = { ...pending, charity: { id: 'ch-2', name: 'Voedselbank' } };
        items = [donated, approved, paid];
        return { status: 200, body: donated };
      },
    });
    renderApp('/rewards');
    const user = userEvent.setup();

    const donateButtons = await screen.findAllByRole('button', { name: /doneren aan een goed doel/ });
    expect(donateButtons).toHaveLength(2);
    expect(within(section(/^Uitbetaald/)).queryByRole('button')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Bij start voor Eva de Boer doneren aan een goed doel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Beloning doneren aan een goed doel' });
    const confirm = within(dialog).getByRole('button', { name: 'Doneren' });
    expect(confirm).toBeDisabled();
    await user.selectOptions(within(dialog).getByLabelText('Goed doel'), 'Voedselbank');
    await user.click(confirm);

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.path).toBe('/api/my/rewards/rw-1/donate');
    expect(post?.body).toEqual({ charityId: 'ch-2' });
    const card = within(section(/^In afwachting/)).getByRole('article', { name: 'Bij start' });
    expect(await within(card).findByText('Voedselbank')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Donatie van Bij start voor Eva de Boer wijzigen' })).toBeInTheDocument();
  });

  it('is in the navigation for every kind of referrer and sends mail links (/my-rewards) to the page', async () => {
    mockApi({
      ...points,
      'GET /api/auth/session': { status: 200, body: session({ roles: ['external_referrer'] }) },
      'GET /api/my/rewards': { status: 200, body: { items: [], totals: [] } },
    });
    const { router } = renderApp('/my-rewards');

    expect(await screen.findByText(/Je hebt nog geen beloningen/)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/rewards');
    expect(screen.getByRole('link', { name: 'Beloningen' })).toHaveAttribute('href', '/rewards');
  });

  it('shows points with the level and progress, and a leaderboard that never names people who did not opt in', async () => {
    const { requests } = mockApi({
      ...points,
      'GET /api/auth/session': { status: 200, body: session({ roles: ['employee'] }) },
      'GET /api/my/rewards': { status: 200, body: { items: [], totals: [] } },
      'PATCH /api/me/recognition': { status: 200, body: { leaderboardOptIn: true } },
    });
    renderApp('/rewards');
    const user = userEvent.setup();

    const pointsSection = await screen.findByRole('region', { name: 'Punten' });
    expect(await within(pointsSection).findByText('160 punten')).toBeInTheDocument();
    expect(within(pointsSection).getByText('Niveau: Verbinder')).toBeInTheDocument();
    expect(within(pointsSection).getByText('Nog 90 punten tot Ambassadeur')).toBeInTheDocument();
    expect(within(pointsSection).getByRole('progressbar', { name: 'Voortgang naar het volgende niveau' })).toHaveAttribute('aria-valuenow', '40');
    expect(within(pointsSection).getByText('Kandidaat op gesprek · Verpleegkundige')).toBeInTheDocument();

    const board = await within(pointsSection).findByRole('table', { name: '4 deelnemers' });
    const names = within(board)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names).toEqual(['Sanne de Vries', 'Anonieme deelnemer', 'Piet JansenJij', 'Anonieme deelnemer']);
    expect(board).not.toHaveTextContent(/null|undefined/);

    const optIn = within(pointsSection).getByRole('switch', { name: /^Toon mijn naam in het klassement/ });
    expect(optIn).not.toBeChecked();
    expect(within(pointsSection).getByText(/Zonder deze keuze wordt je naam nooit getoond/)).toBeInTheDocument();
    await user.click(optIn);
    await waitFor(() => expect(optIn).toBeChecked());
    expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({ leaderboardOptIn: true });

    await user.selectOptions(within(pointsSection).getByLabelText('Afdeling'), 'Zorg');
    await waitFor(() =>
      expect(requests.filter((r) => r.path === '/api/points/leaderboard').at(-1)?.search).toContain('department=Zorg'),
    );
  });
});
