import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/providers';
import { createPortalQueryClient } from '../../../app/query-client';
import { i18n } from '../../../lib/i18n';
import en from '../../../locales/en.mailings-tracking.json';
import nl from '../../../locales/nl.mailings-tracking.json';
import { mockApi, problem } from '../../../test/mock-api';
import { MailTrackingPage } from './mail-tracking-page';

/** The page on its own (its route is added to the app's routes by the lead; see routes.tsx). */
function renderPage() {
  const queryClient = createPortalQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } });
  return render(
    <AppProviders queryClient={queryClient} env="test">
      <MemoryRouter>
        <MailTrackingPage />
      </MemoryRouter>
    </AppProviders>,
  );
}

describe('mail settings: open and click tracking', () => {
  beforeAll(async () => {
    // Until i18n.ts imports these files (see the helper's report), add them here as i18n.ts would.
    i18n.addResourceBundle('nl', 'translation', nl, true, false);
    i18n.addResourceBundle('en', 'translation', en, true, false);
    await i18n.changeLanguage('nl');
  });

  it('shows tracking off by default with the privacy explanation, and turns it on', async () => {
    const { requests } = mockApi({
      'GET /api/mailings/settings': { status: 200, body: { tracking: false } },
      'PUT /api/mailings/settings': { status: 200, body: { tracking: true } },
    });
    renderPage();
    const user = userEvent.setup();

    const toggle = await screen.findByRole('switch', { name: /^Openen en klikken van nieuwsbrieven meten/ });
    expect(toggle).not.toBeChecked();
    const facts = screen.getByRole('list', { name: 'Wat dit betekent voor de privacy van ontvangers' });
    expect(within(facts).getAllByRole('listitem')).toHaveLength(5);
    expect(within(facts).getByText(/Apple Mail \(Mail Privacy Protection\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeDisabled();

    await user.click(toggle);
    expect(screen.getByText('Vertel het je ontvangers')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Opgeslagen');
    expect(requests.filter((r) => r.method === 'PUT').map((r) => r.body)).toEqual([{ tracking: true }]);
    expect(screen.getByRole('switch', { name: /^Openen en klikken van nieuwsbrieven meten/ })).toBeChecked();
  });

  it('says so when saving is refused', async () => {
    mockApi({
      'GET /api/mailings/settings': { status: 200, body: { tracking: true } },
      'PUT /api/mailings/settings': { status: 403, body: problem(403, 'forbidden') },
    });
    renderPage();
    const user = userEvent.setup();
    const toggle = await screen.findByRole('switch', { name: /^Openen en klikken van nieuwsbrieven meten/ });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByText('Opgeslagen')).not.toBeInTheDocument();
  });
});
