import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, session } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const interviewing = {
  id: 'ref-1',
  candidateName: 'Eva de Boer',
  vacancy: { id: 'vac-1', name: 'Verpleegkundige' },
  stage: 'interview',
  stageName: 'Kennismaking',
  consentState: 'consented',
  rejectionReason: null,
  createdAt: '2026-03-02T08:00:00.000Z',
  timeline: [
    { kind: 'stage', from: 'screening', to: 'interview', at: '2026-03-10T13:30:00.000Z' },
    { kind: 'consent', from: 'awaiting_consent', to: 'consented', at: '2026-03-03T09:15:00.000Z' },
  ],
};
const declined = {
  id: 'ref-2',
  candidateName: null,
  vacancy: null,
  stage: 'withdrawn',
  stageName: 'Teruggetrokken',
  consentState: 'declined',
  rejectionReason: null,
  createdAt: '2026-02-20T08:00:00.000Z',
  timeline: [{ kind: 'consent', from: 'awaiting_consent', to: 'declined', at: '2026-02-21T08:00:00.000Z' }],
};
const rejected = {
  ...interviewing,
  id: 'ref-3',
  candidateName: 'Joris Smit',
  stage: 'rejected',
  stageName: 'Afgewezen',
  rejectionReason: 'We kozen voor iemand met meer ervaring op de IC.',
  timeline: [],
};
const waiting = { ...interviewing, id: 'ref-4', candidateName: 'Ali Kaya', stage: 'new', stageName: 'Nieuw', consentState: 'awaiting_consent', timeline: [] };

describe('my referrals page', () => {
  it('shows each referral with its stage, a plain consent explanation, the shared rejection reason and a timeline', async () => {
    mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['employee'] }) },
      'GET /api/my/referrals': { status: 200, body: { items: [interviewing, declined, rejected, waiting] } },
    });
    renderApp('/my-referrals');
    const user = userEvent.setup();

    const eva = (await screen.findByRole('heading', { name: 'Eva de Boer' })).closest('article')!;
    expect(within(eva).getByText('Kennismaking')).toBeInTheDocument();
    expect(within(eva).getByText('Toestemming gegeven')).toBeInTheDocument();
    expect(within(eva).getByText(/Verpleegkundige · aangedragen op 2 mrt 2026/)).toBeInTheDocument();

    const erased = screen.getByRole('heading', { name: 'Gegevens gewist' }).closest('article')!;
    expect(within(erased).getByText('Kandidaat heeft geen toestemming gegeven; gegevens gewist.')).toBeInTheDocument();
    expect(within(erased).getByText(/Algemeen aangedragen/)).toBeInTheDocument();

    const ali = screen.getByRole('heading', { name: 'Ali Kaya' }).closest('article')!;
    expect(within(ali).getByText(/^Wacht op toestemming van de kandidaat/)).toBeInTheDocument();

    const joris = screen.getByRole('heading', { name: 'Joris Smit' }).closest('article')!;
    expect(within(joris).getByText('We kozen voor iemand met meer ervaring op de IC.')).toBeInTheDocument();

    const toggle = within(eva).getByRole('button', { name: 'Verloop van Eva de Boer tonen' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(within(eva).getByRole('button', { name: 'Verloop van Eva de Boer verbergen' })).toHaveAttribute('aria-expanded', 'true');
    const steps = within(eva).getAllByText(/^(Aangedragen|Kandidaat gaf toestemming|Naar fase: Kennismaking)$/).map((el) => el.textContent);
    expect(steps).toEqual(['Aangedragen', 'Kandidaat gaf toestemming', 'Naar fase: Kennismaking']);
    // 13:30 UTC is 14:30 in Amsterdam (winter time).
    expect(within(eva).getByText('10 mrt 2026, 14:30')).toBeInTheDocument();
  });

  it('tells a referrer without referrals what to do', async () => {
    mockApi({
      'GET /api/auth/session': { status: 200, body: session({ roles: ['alumnus'] }) },
      'GET /api/my/referrals': { status: 200, body: { items: [] } },
    });
    renderApp('/my-referrals');

    expect(await screen.findByText(/Je hebt nog niemand aangedragen/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de vacatures' })).toHaveAttribute('href', '/vacancies');
  });
});
