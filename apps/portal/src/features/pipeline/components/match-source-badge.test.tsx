import type { ReferralSummary } from '@kring/api-client';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/providers';
import { createPortalQueryClient } from '../../../app/query-client';
import { i18n } from '../../../lib/i18n';
import { ReferralCard } from './referral-card';
import { ReferralsTable } from './referrals-table';

const at = '2026-11-20T08:00:00.000Z';
const referral = (overrides: Partial<ReferralSummary>): ReferralSummary => ({
  id: 'ref-1',
  stage: 'new',
  consentState: 'awaiting_consent',
  candidateName: 'Mark Postma',
  vacancy: { id: 'vac-1', name: 'Verpleegkundige wijkzorg' },
  programme: { id: 'prog-1', name: 'Medewerkers werven' },
  referrer: { id: 'user-1', name: 'Sanne de Vries' },
  source: 'match',
  createdAt: at,
  stageChangedAt: at,
  ...overrides,
});

function renderWithProviders(ui: React.ReactNode) {
  return render(
    <AppProviders queryClient={createPortalQueryClient()} env="test">
      <MemoryRouter>{ui}</MemoryRouter>
    </AppProviders>,
  );
}

describe('pipeline: the source of a Search & Match referral', () => {
  beforeAll(() => i18n.changeLanguage('nl'));

  it('labels a referral HR made from Search & Match on the card and in the table, and no other', async () => {
    renderWithProviders(
      <>
        <ReferralCard referral={referral({})} now={Date.parse(at)} onMove={() => undefined} />
        <ReferralCard referral={referral({ id: 'ref-2', candidateName: 'Piet Jansen', source: 'referral_form' })} now={Date.parse(at)} onMove={() => undefined} />
      </>,
    );
    expect(within(screen.getByRole('article', { name: 'Mark Postma' })).getByText('Via Search & Match')).toBeInTheDocument();
    expect(within(screen.getByRole('article', { name: 'Piet Jansen' })).queryByText('Via Search & Match')).not.toBeInTheDocument();
  });

  it('says "Via match" in English in the table', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<ReferralsTable referrals={[referral({}), referral({ id: 'ref-2', candidateName: 'Piet Jansen', source: 'share_link' })]} total={2} selected={[]} onSelectedChange={() => undefined} />);
    expect(within(screen.getByRole('row', { name: /Mark Postma/ })).getByText('Via match')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Piet Jansen/ })).queryByText('Via match')).not.toBeInTheDocument();
    await i18n.changeLanguage('nl');
  });
});
