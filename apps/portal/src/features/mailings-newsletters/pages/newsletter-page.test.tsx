import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { Newsletter } from '../api/types';

const figures = { recipients: 0, queued: 0, sending: 0, sent: 0, failed: 0, interrupted: 0, skipped: 0, bounced: 0, unsubscribed: 0 };
const draft: Newsletter = {
  id: 'n-1',
  name: 'Nieuwsbrief december',
  status: 'draft',
  segmentId: 's-1',
  scheduledAt: null,
  startedAt: null,
  finishedAt: null,
  createdAt: '2026-11-20T09:00:00.000Z',
  variants: [{ locale: 'nl', subject: 'Nieuws, {{voornaam}}', preheader: '', bodyMarkdown: 'Hallo {{voornaam}}' }],
  figures,
};

function handlers(current: { newsletter: Newsletter }) {
  return {
    'GET /api/auth/session': { status: 200, body: session() },
    'GET /api/segments': { status: 200, body: { items: [{ id: 's-1', name: 'Alumni Utrecht', description: '', count: 12, filter: {}, createdAt: '', updatedAt: '' }] } },
    'GET /api/newsletters': { status: 200, body: { items: [current.newsletter] } },
    'GET /api/newsletters/n-1': () => ({ status: 200, body: current.newsletter }),
    'PATCH /api/newsletters/n-1': (request: { body: unknown }) => {
      const input = request.body as { variants: Newsletter['variants'] };
      current.newsletter = { ...current.newsletter, variants: input.variants.map((v) => ({ ...v, preheader: v.preheader ?? '' })) };
      return { status: 200, body: current.newsletter };
    },
    'POST /api/newsletters/n-1/send': () => {
      current.newsletter = { ...current.newsletter, status: 'sending', figures: { ...figures, recipients: 12, queued: 12 } };
      return { status: 200, body: current.newsletter };
    },
  } as Parameters<typeof mockApi>[0];
}

describe('newsletters', () => {
  it('lists newsletters with their status', async () => {
    mockApi(handlers({ newsletter: draft }));
    renderApp('/newsletters');
    expect(await screen.findByRole('link', { name: 'Nieuwsbrief december' }, { timeout: 5000 })).toHaveAttribute('href', '/newsletters/n-1');
    expect(screen.getByText('Concept')).toBeInTheDocument();
    expect(screen.getByText('1 nieuwsbrief')).toBeInTheDocument();
  });

  it('saves both language versions and sends, then shows live figures', async () => {
    const current = { newsletter: draft };
    const { requests } = mockApi(handlers(current));
    renderApp('/newsletters/n-1');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'Nieuwsbrief december' }, { timeout: 5000 })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Engels' }));
    await user.type(screen.getAllByLabelText('Onderwerp').find((el) => !(el as HTMLInputElement).value)!, 'News');
    await user.type(screen.getAllByLabelText(/^Tekst/).find((el) => !(el as HTMLTextAreaElement).value)!, 'Hello');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true));
    const patch = requests.find((r) => r.method === 'PATCH')!.body as { variants: Array<{ locale: string; subject: string }>; removeLocales: string[] };
    expect(patch.variants.map((v) => [v.locale, v.subject])).toEqual([
      ['nl', 'Nieuws, {{voornaam}}'],
      ['en', 'News'],
    ]);
    expect(patch.removeLocales).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Nu versturen' }));
    expect(await screen.findByText('Wordt verstuurd')).toBeInTheDocument();
    expect(screen.getByLabelText('Ontvangers: 12')).toBeInTheDocument();
    expect(screen.getByText('Bezig met versturen: 0 van 12 afgehandeld')).toBeInTheDocument();
  });
});
