import type { ReferralDetail, ReferralSummary } from '@kring/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, session } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000 - 60_000).toISOString();

function referral(overrides: Partial<ReferralSummary>): ReferralSummary {
  return {
    id: 'ref-1',
    stage: 'new',
    consentState: 'consented',
    candidateName: 'Piet Jansen',
    vacancy: { id: 'vac-1', name: 'Kok' },
    programme: { id: 'prog-1', name: 'Medewerkers werven' },
    referrer: { id: 'user-2', name: 'Sanne de Vries' },
    source: 'referral_form',
    createdAt: twoDaysAgo,
    stageChangedAt: twoDaysAgo,
    ...overrides,
  };
}

const piet = referral({});
const ayla = referral({ id: 'ref-2', candidateName: 'Ayla Yilmaz', consentState: 'awaiting_consent' });
const joost = referral({ id: 'ref-3', candidateName: 'Joost Bakker', stage: 'offer' });
const counts = { new: 2, screening: 1, offer: 4, hired: 7 };
const stageNames = {
  nl: { new: 'Nieuw', screening: 'Screening', interview: 'Sollicitatiegesprek', offer: 'Aanbod' },
  en: { new: 'New', screening: 'Screening', interview: 'Job interview', offer: 'Offer' },
};

function handlers(extra: Record<string, unknown> = {}) {
  return {
    'GET /api/auth/session': { status: 200, body: session() },
    'GET /api/vacancies': { status: 200, body: { items: [], total: 0 } },
    'GET /api/programmes': { status: 200, body: { items: [], total: 0 } },
    'GET /api/pipeline/stage-names': { status: 200, body: stageNames },
    'GET /api/referrals': (request: { search: string }) => {
      const stage = new URLSearchParams(request.search).get('stage');
      const items = [piet, ayla, joost].filter((r) => !stage || r.stage === stage);
      return { status: 200, body: { items, total: items.length, countsByStage: counts } };
    },
    ...extra,
  } as Parameters<typeof mockApi>[0];
}

describe('pipeline board', () => {
  it('shows a column per open stage with the organisation’s name and the count from countsByStage', async () => {
    mockApi(handlers());
    renderApp('/referrals');

    const newColumn = await screen.findByRole('region', { name: 'Nieuw' });
    expect(await within(newColumn).findByLabelText('2 aandragingen')).toHaveTextContent('2');
    expect(within(screen.getByRole('region', { name: 'Screening' })).getByLabelText('1 aandraging')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Sollicitatiegesprek' })).getByLabelText('0 aandragingen')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Aanbod' })).getByLabelText('4 aandragingen')).toBeInTheDocument();

    const card = within(newColumn).getByRole('article', { name: 'Piet Jansen' });
    expect(within(card).getByText('Kok')).toBeInTheDocument();
    expect(within(card).getByText('Aangedragen door Sanne de Vries')).toBeInTheDocument();
    expect(within(card).getByText('2 dagen in deze fase')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Aanbod' })).getByRole('article', { name: 'Joost Bakker' })).toBeInTheDocument();
  });

  it('greys out a card awaiting consent and offers no way to move it', async () => {
    mockApi(handlers());
    renderApp('/referrals');

    const card = await screen.findByRole('article', { name: 'Ayla Yilmaz' });
    expect(within(card).getByText('Wacht op toestemming')).toBeInTheDocument();
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
    expect(within(screen.getByRole('article', { name: 'Piet Jansen' })).getByRole('button', { name: 'Piet Jansen verplaatsen' })).toBeInTheDocument();
  });

  it('moves to hired only with a start date and probation months', async () => {
    const moved: ReferralDetail = {
      ...piet,
      stage: 'hired',
      candidateEmail: 'piet@example.nl',
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
      consentDueAt: twoDaysAgo,
      history: [],
    };
    const { requests } = mockApi(handlers({ 'POST /api/referrals/ref-1/stage': { status: 200, body: moved } }));
    renderApp('/referrals');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Piet Jansen verplaatsen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Piet Jansen verplaatsen' });
    await user.selectOptions(within(dialog).getByLabelText(/^Nieuwe fase/), 'hired');
    await user.click(within(dialog).getByRole('button', { name: 'Verplaatsen' }));

    expect(await within(dialog).findByText('Vul de startdatum in')).toBeInTheDocument();
    expect(within(dialog).getByText('Vul een proeftijd van 0 tot 24 maanden in')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/^Startdatum/), '2025-10-01');
    await user.type(within(dialog).getByLabelText(/^Proeftijd/), '2');
    await user.type(within(dialog).getByLabelText(/^Notitie/), 'Welkom!');
    await user.click(within(dialog).getByRole('button', { name: 'Verplaatsen' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Piet Jansen verplaatsen' })).not.toBeInTheDocument());
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      stage: 'hired',
      note: 'Welkom!',
      startDate: '2025-10-01',
      probationMonths: 2,
    });
  });
});

describe('pipeline table', () => {
  it('bulk-rejects the selected referrals with a reason and reports the skipped ones', async () => {
    const { requests } = mockApi(
      handlers({ 'POST /api/referrals/bulk-reject': { status: 200, body: { rejected: ['ref-1'], skipped: ['ref-2'] } } }),
    );
    renderApp('/referrals');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('tab', { name: 'Tabel' }));
    const table = await screen.findByRole('table');
    await user.click(within(table).getByRole('checkbox', { name: 'Piet Jansen selecteren' }));
    await user.click(within(table).getByRole('checkbox', { name: 'Ayla Yilmaz selecteren' }));
    await user.click(screen.getByRole('button', { name: '2 aandragingen afwijzen' }));

    const dialog = await screen.findByRole('dialog', { name: '2 aandragingen afwijzen' });
    await user.click(within(dialog).getByRole('button', { name: 'Alle 2 afwijzen' }));
    expect(await within(dialog).findByText('Dit veld is verplicht')).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText(/^Reden van afwijzing/), 'We kozen een kandidaat met meer ervaring.');
    await user.click(within(dialog).getByRole('switch', { name: /Deel de reden met aandrager en kandidaat/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Alle 2 afwijzen' }));

    const status = await screen.findByText(/1 aandraging afgewezen\./);
    expect(status).toHaveTextContent('1 overgeslagen: die wachtte nog op toestemming of was al afgerond.');
    expect(requests.find((r) => r.path === '/api/referrals/bulk-reject')?.body).toEqual({
      ids: ['ref-1', 'ref-2'],
      reason: 'We kozen een kandidaat met meer ervaring.',
      shareable: true,
    });
  });
});
