import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { Newsletter } from '../api/types';

const figures = { recipients: 0, queued: 0, sending: 0, sent: 0, failed: 0, interrupted: 0, skipped: 0, bounced: 0, unsubscribed: 0, opened: null, clicked: null };
const draft: Newsletter = {
  id: 'n-1',
  name: 'Nieuwsbrief december',
  status: 'draft',
  kind: 'newsletter',
  segmentId: 's-1',
  programmeId: null,
  programmeName: null,
  eligibleRecipients: null,
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
    // No tracking in this organisation: no opens or clicks shown.
    expect(screen.queryByText('Geopend')).not.toBeInTheDocument();
  });
});

const activation: Newsletter = {
  ...draft,
  id: 'a-1',
  name: 'Activatiemail Zorgtalent',
  kind: 'activation',
  segmentId: null,
  programmeId: 'p-1',
  programmeName: 'Zorgtalent gezocht',
  eligibleRecipients: 42,
};

describe('activation mails', () => {
  it('starts from the programme: shows it, creates the mail for it and opens the composer', async () => {
    const { requests } = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/programmes/p-1': { status: 200, body: { id: 'p-1', name: 'Zorgtalent gezocht', status: 'active' } },
      'GET /api/newsletters': { status: 200, body: { items: [] } },
      'POST /api/newsletters': { status: 201, body: activation },
      'GET /api/newsletters/a-1': { status: 200, body: activation },
      'GET /api/segments': { status: 200, body: { items: [] } },
    });
    renderApp('/newsletters/new?programmeId=p-1');
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'Nieuwe activatiemail' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Voor de verwijzers in Zorgtalent gezocht')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'GET' && r.path === '/api/newsletters')!.search).toContain('programmeId=p-1');
    await user.click(screen.getByRole('button', { name: 'Activatiemail opstellen' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.path === '/api/newsletters')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({ name: 'Activatiemail Zorgtalent gezocht', programmeId: 'p-1' });
    expect(await screen.findByRole('heading', { name: 'Activatiemail Zorgtalent' })).toBeInTheDocument();
    expect(screen.getByText('Zou nu 42 verwijzers bereiken.')).toBeInTheDocument();
    // An activation mail has no segment: its audience is the programme's referrers.
    expect(screen.queryByLabelText(/Doelgroep/)).not.toBeInTheDocument();
  });

  it('refuses to start for an archived programme', async () => {
    mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/programmes/p-2': { status: 200, body: { id: 'p-2', name: 'Oude actie', status: 'archived' } },
      'GET /api/newsletters': { status: 200, body: { items: [] } },
    });
    renderApp('/newsletters/new?programmeId=p-2');
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Dit programma is gearchiveerd of afgelopen');
    expect(screen.queryByRole('button', { name: 'Activatiemail opstellen' })).not.toBeInTheDocument();
  });

  it('shows the kind and programme in the list, and opens and clicks where tracked', async () => {
    const sent: Newsletter = { ...activation, status: 'sent', eligibleRecipients: null, figures: { ...figures, recipients: 40, sent: 40, opened: 25, clicked: 9 } };
    mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/newsletters': { status: 200, body: { items: [sent, draft] } },
      'GET /api/newsletters/a-1': { status: 200, body: sent },
      'GET /api/segments': { status: 200, body: { items: [] } },
    });
    renderApp('/newsletters');
    const row = (await screen.findByRole('link', { name: 'Activatiemail Zorgtalent' }, { timeout: 5000 })).closest('tr')!;
    expect(row).toHaveTextContent('Activatiemail');
    expect(row).toHaveTextContent('Zorgtalent gezocht');
    expect(screen.getByRole('link', { name: 'Nieuwsbrief december' }).closest('tr')).toHaveTextContent('Nieuwsbrief');

    await userEvent.setup().click(screen.getByRole('link', { name: 'Activatiemail Zorgtalent' }));
    expect(await screen.findByLabelText('Geopend: 25')).toBeInTheDocument();
    expect(screen.getByLabelText('Geklikt: 9')).toBeInTheDocument();
  });

  it('sends interrupted mails again only after HR confirms that some may arrive twice', async () => {
    const sent: Newsletter = { ...draft, status: 'sent', figures: { ...figures, recipients: 10, sent: 8, failed: 2, interrupted: 2 } };
    const current = { newsletter: sent };
    const { requests } = mockApi({
      ...handlers(current),
      'POST /api/newsletters/n-1/resend-interrupted': () => {
        current.newsletter = { ...sent, status: 'sending', figures: { ...sent.figures, failed: 0, interrupted: 0, queued: 2 } };
        return { status: 200, body: { resent: 2, newsletter: current.newsletter } };
      },
    });
    renderApp('/newsletters/n-1');
    const user = userEvent.setup();

    expect(await screen.findByText(/2 mails waren onderweg toen de verzender stopte/, undefined, { timeout: 5000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opnieuw versturen…' }));
    expect(screen.getByText(/Deze 2 mails zijn misschien al aangekomen/)).toBeInTheDocument();
    expect(requests.some((r) => r.path.endsWith('/resend-interrupted'))).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Ja, verstuur 2 mails opnieuw' }));
    await waitFor(() => expect(requests.find((r) => r.path.endsWith('/resend-interrupted'))?.body).toEqual({ acceptPossibleDuplicates: true }));
    expect(await screen.findByText('Wordt verstuurd')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Opnieuw versturen…' })).not.toBeInTheDocument();
  });
});
