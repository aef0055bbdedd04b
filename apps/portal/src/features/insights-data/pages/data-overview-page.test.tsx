import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { FIRST_RENDER_MS, hire, SLOW_TEST_MS } from '../test-fixtures';

describe('recruitment data overview', () => {
  it('links to every input page, and shows how many ratings are due', async () => {
    mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/insights/ratings/due': { status: 200, body: { items: [{ hire: hire(), months: 6, dueOn: '2026-09-01' }], total: 3 } },
      'GET /api/insights/hires': { status: 200, body: { items: [], total: 0 } },
    });
    const { router } = renderApp('/insights/data');
    const user = userEvent.setup();

    expect(await screen.findByText('3 te beoordelen', {}, { timeout: FIRST_RENDER_MS })).toBeInTheDocument();
    const main = screen.getByRole('main');
    const sections = within(main).getByRole('navigation', { name: 'Wervingsgegevens' });
    const cards = (name: string) => within(main).getAllByRole('link', { name }).filter((link) => !sections.contains(link));
    for (const name of ['Aannames', 'Wervingskosten', 'Aanbiedingen', 'Kwaliteit van aannames, 3 te beoordelen', 'Import uit ATS']) {
      expect(cards(name).map((link) => link.getAttribute('href'))).toEqual([expect.stringMatching(/^\/insights\/data\/[a-z]+$/)]);
    }
    expect(within(sections).getByRole('link', { name: 'Overzicht' })).toHaveAttribute('aria-current', 'page');
    expect(within(sections).getAllByRole('link')).toHaveLength(6);
    await user.click(cards('Wervingskosten')[0]);
    expect(router.state.location.pathname).toBe('/insights/data/costs');
  }, SLOW_TEST_MS);

  it('refuses a referrer', async () => {
    const api = mockApi({ 'GET /api/auth/session': { status: 200, body: session({ roles: ['employee'] }) } });
    renderApp('/insights/data/hires');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' }, { timeout: FIRST_RENDER_MS })).toBeInTheDocument();
    expect(api.requests.filter((r) => r.path.startsWith('/api/insights'))).toHaveLength(0);
  }, SLOW_TEST_MS);
});
