import type { ReferralDetail } from '@kring/api-client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, session } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

function detail(overrides: Partial<ReferralDetail> = {}): ReferralDetail {
  return {
    id: 'ref-1',
    stage: 'screening',
    consentState: 'consented',
    candidateName: 'Piet Jansen',
    vacancy: { id: 'vac-1', name: 'Kok' },
    programme: { id: 'prog-1', name: 'Medewerkers werven' },
    referrer: { id: 'user-2', name: 'Sanne de Vries' },
    source: 'referral_form',
    createdAt: '2025-09-01T08:00:00.000Z',
    stageChangedAt: '2025-09-03T08:00:00.000Z',
    candidateEmail: 'piet@example.nl',
    candidatePhone: '+31612345678',
    relationship: 'former_colleague',
    motivation: 'Sterke kok, rustig onder druk.',
    candidateNote: null,
    candidateInformed: true,
    cv: { fileName: 'cv-piet.pdf', sizeBytes: 204_800, contentType: 'application/pdf' },
    rejectionReason: null,
    rejectionReasonShareable: false,
    startDate: null,
    probationMonths: null,
    consentDueAt: '2025-09-15T08:00:00.000Z',
    history: [
      { kind: 'consent', from: 'awaiting_consent', to: 'consented', at: '2025-09-02T08:00:00.000Z', actorName: null, note: null },
      { kind: 'stage', from: 'new', to: 'screening', at: '2025-09-03T08:00:00.000Z', actorName: 'Sanne de Vries', note: 'Goed cv' },
    ],
    ...overrides,
  };
}

const awaiting = detail({
  consentState: 'awaiting_consent',
  stage: 'new',
  candidateEmail: null,
  candidatePhone: null,
  relationship: null,
  motivation: null,
  cv: null,
  history: [],
});

function handlers(body: ReferralDetail, extra: Record<string, unknown> = {}) {
  return {
    'GET /api/auth/session': { status: 200, body: session() },
    'GET /api/pipeline/stage-names': { status: 200, body: { nl: {}, en: {} } },
    'GET /api/referrals/ref-1': { status: 200, body },
    ...extra,
  } as Parameters<typeof mockApi>[0];
}

describe('referral detail', () => {
  it('hides the personal data until the candidate consents, and offers no move', async () => {
    mockApi(handlers(awaiting));
    renderApp('/referrals/ref-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Piet Jansen' })).toBeInTheDocument();
    expect(screen.getByText('Verborgen tot de kandidaat toestemming geeft')).toBeInTheDocument();
    expect(screen.queryByText('E-mailadres')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /downloaden/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.getByText('Deze aandraging kan pas verder als de kandidaat toestemming geeft.')).toBeInTheDocument();
  });

  it('shows the candidate, the CV link and the history after consent, and explains a refused move', async () => {
    mockApi(
      handlers(detail(), {
        'POST /api/referrals/ref-1/stage': { status: 409, body: problem(409, 'invalid_stage_change', [{ field: 'stage', message: 'The referral was already closed as hired' }]) },
      }),
    );
    renderApp('/referrals/ref-1');
    const user = userEvent.setup();

    expect(await screen.findByRole('link', { name: 'piet@example.nl' })).toHaveAttribute('href', 'mailto:piet@example.nl');
    expect(screen.getByText('Oud-collega')).toBeInTheDocument();
    const cv = screen.getByRole('link', { name: /cv-piet\.pdf downloaden/ });
    expect(cv).toHaveAttribute('href', '/api/referrals/ref-1/cv');
    expect(cv).toHaveAttribute('download', 'cv-piet.pdf');

    const history = screen.getByRole('region', { name: 'Geschiedenis' });
    expect(within(history).getByText('Nieuw → Screening')).toBeInTheDocument();
    expect(within(history).getByText(/Sanne de Vries/)).toBeInTheDocument();
    expect(within(history).getByText('Goed cv')).toBeInTheDocument();
    expect(within(history).getByText('Wacht op toestemming → Toestemming gegeven')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Piet Jansen naar een andere fase verplaatsen' });
    await user.selectOptions(within(form).getByLabelText(/^Nieuwe fase/), 'interview');
    await user.click(within(form).getByRole('button', { name: 'Verplaatsen' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Deze aandraging kan niet worden verplaatst');
    expect(within(form).getByLabelText(/^Nieuwe fase/)).not.toHaveAttribute('aria-invalid');
  });
});
