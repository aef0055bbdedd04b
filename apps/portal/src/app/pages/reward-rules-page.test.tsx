import type { Programme } from '@kring/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RewardRule } from '../../features/reward-rules/api/list-reward-rules';
import { mockApi, session } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const programme: Programme = {
  id: 'prog-1',
  name: 'Medewerkers werven',
  kind: 'internal',
  audiences: ['employee_permanent'],
  startsAt: null,
  endsAt: null,
  isAction: false,
  status: 'active',
  vacancyScope: 'all_open',
  vacancyIds: [],
  ownershipDays: 180,
  ownershipScope: 'candidate',
  consentTimeoutDays: 14,
  allowHiringTeamReferrals: false,
  termsMarkdown: '',
  termsHtml: '',
  rewardSummary: '',
  archivedAt: null,
  createdAt: '2025-05-01T08:00:00.000Z',
  updatedAt: '2025-05-01T08:00:00.000Z',
} as Programme;

const oldVersion: RewardRule = {
  id: 'rule-1',
  programmeId: 'prog-1',
  vacancyId: null,
  currency: 'EUR',
  milestones: [{ key: 'probation', label: 'Na proeftijd', trigger: 'probation_passed', amounts: { employee: { money: 50_000 } } }],
  hardToFill: null,
  conditions: { referrerActive: true, hireEmployed: true, excludeHiringTeam: true },
  validFrom: '2025-01-01T08:00:00.000Z',
  validUntil: '2025-06-01T08:00:00.000Z',
  current: false,
};
const current: RewardRule = {
  ...oldVersion,
  id: 'rule-2',
  milestones: [{ key: 'probation', label: 'Na proeftijd', trigger: 'probation_passed', amounts: { employee: { money: 75_000, points: 100 } } }],
  validFrom: '2025-06-01T08:00:00.000Z',
  validUntil: null,
  current: true,
};

function handlers(extra: Record<string, unknown> = {}) {
  return {
    'GET /api/auth/session': { status: 200, body: session() },
    'GET /api/programmes/prog-1': { status: 200, body: programme },
    'GET /api/vacancies': { status: 200, body: { items: [], total: 0 } },
    'GET /api/rewards/rules': { status: 200, body: [oldVersion, current] },
    ...extra,
  } as Parameters<typeof mockApi>[0];
}

describe('reward rules editor', () => {
  it('shows the version history and explains that a change only applies to later referrals', async () => {
    mockApi(handlers());
    renderApp('/manage/programmes/prog-1/rewards');

    expect(await screen.findByRole('heading', { name: 'Beloningsregels: Medewerkers werven', level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/geldt voor doorverwijzingen die vanaf nu worden ingediend/)).toBeInTheDocument();
    const history = screen.getByRole('table', { name: '2 versies' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('Nu geldig')).toBeInTheDocument();
    expect(within(rows[0]).getByText(/Na proeftijd: €\s?750,00/)).toBeInTheDocument();
    expect(within(rows[1]).getByText('1 jun 2025, 10:00')).toBeInTheDocument();
    // The form starts from the version in force, in euros.
    const milestone = screen.getByRole('group', { name: 'Mijlpaal 1' });
    expect(within(milestone).getByLabelText('Bedrag medewerkers (€)')).toHaveValue('750');
  });

  it('asks for days with "days after start", then saves a new version with euros in cents', async () => {
    const { requests } = mockApi(handlers({ 'PUT /api/rewards/rules': { status: 200, body: { ...current, id: 'rule-3' } } }));
    renderApp('/manage/programmes/prog-1/rewards');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Mijlpaal toevoegen' }));
    const second = screen.getByRole('group', { name: 'Mijlpaal 2' });
    await user.type(within(second).getByLabelText('Naam'), 'Na een half jaar');
    await user.clear(within(second).getByLabelText(/^Code/));
    await user.type(within(second).getByLabelText(/^Code/), 'half-jaar');
    await user.selectOptions(within(second).getByLabelText('Moment'), 'days_after_start');
    await user.type(within(second).getByLabelText('Bedrag medewerkers (€)'), '250,5');
    await user.type(within(second).getByLabelText('Punten oud-medewerkers'), '40');
    await user.click(screen.getByRole('button', { name: 'Nieuwe versie opslaan' }));

    expect(await within(second).findByText('Vul een aantal dagen van 1 tot 3650 in')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(0);

    await user.type(within(second).getByLabelText(/^Aantal dagen na de startdatum/), '180');
    await user.click(screen.getByRole('button', { name: 'Nieuwe versie opslaan' }));

    await waitFor(() => expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(1));
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      programmeId: 'prog-1',
      vacancyId: null,
      currency: 'EUR',
      milestones: [
        { key: 'probation', label: 'Na proeftijd', trigger: 'probation_passed', amounts: { employee: { money: 75_000, points: 100 } } },
        {
          key: 'half-jaar',
          label: 'Na een half jaar',
          trigger: 'days_after_start',
          days: 180,
          amounts: { employee: { money: 25_050 }, alumnus: { points: 40 } },
        },
      ],
      hardToFill: null,
      conditions: { referrerActive: true, hireEmployed: true, excludeHiringTeam: true },
    });
  });
});
