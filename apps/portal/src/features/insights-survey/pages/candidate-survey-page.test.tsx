import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const TOKEN = 'a'.repeat(43);
const survey = (score: number | null) => ({
  organisationName: 'Zorggroep De Linde',
  vacancyTitle: 'Verpleegkundige',
  score,
  answeredAt: score === null ? null : '2027-01-13T09:00:00.000Z',
  expiresAt: '2027-02-12T09:00:00.000Z',
});

describe('candidate survey page', () => {
  it('records the score from the link with one POST on load, then lets the candidate change it', async () => {
    const api = mockApi({
      'POST /api/candidate-survey': (request) => ({ status: 200, body: survey((request.body as { score: number }).score) }),
    });
    const user = userEvent.setup();
    renderApp(`/candidate-survey?token=${TOKEN}&score=8`);

    expect(await screen.findByText('Bedankt! Je antwoord (8) is opgeslagen.')).toBeInTheDocument();
    expect(api.requests.filter((r) => r.path === '/api/candidate-survey').map((r) => r.body)).toEqual([{ token: TOKEN, score: 8 }]);
    const scores = screen.getByRole('group', { name: /Hoe waarschijnlijk is het dat je Zorggroep De Linde/ });
    expect(within(scores).getAllByRole('button')).toHaveLength(11);
    expect(within(scores).getByRole('button', { name: '8' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(scores).getByRole('button', { name: '6' }));
    expect(await screen.findByText('Bedankt! Je antwoord (6) is opgeslagen.')).toBeInTheDocument();
    expect(api.requests.filter((r) => r.path === '/api/candidate-survey').map((r) => r.body)).toEqual([
      { token: TOKEN, score: 8 },
      { token: TOKEN, score: 6 },
    ]);
  });

  it('without a score in the link only looks the question up, and records nothing', async () => {
    const api = mockApi({ 'POST /api/candidate-survey/lookup': { status: 200, body: survey(null) } });
    renderApp(`/candidate-survey?token=${TOKEN}&score=11`);
    expect(await screen.findByRole('group', { name: /Hoe waarschijnlijk/ })).toBeInTheDocument();
    expect(screen.queryByText(/Bedankt/)).not.toBeInTheDocument();
    expect(api.requests.map((r) => r.path)).not.toContain('/api/candidate-survey');
  });

  it('says so when the link has expired', async () => {
    mockApi({
      'POST /api/candidate-survey': { status: 410, body: problem(410, 'candidate_survey_token_invalid') },
      'POST /api/candidate-survey/lookup': { status: 410, body: problem(410, 'candidate_survey_token_invalid') },
    });
    renderApp(`/candidate-survey?token=${TOKEN}&score=3`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze link is verlopen of ongeldig.');
  });
});
