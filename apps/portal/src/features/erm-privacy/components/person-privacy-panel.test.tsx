import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../app/providers';
import { createPortalQueryClient } from '../../../app/query-client';
import { i18n } from '../../../lib/i18n';
import { mockApi, problem } from '../../../test/mock-api';
import { PersonPrivacyPanel } from './person-privacy-panel';

const person = { id: 'p-1', firstName: 'Sanne', lastName: 'de Vries' };

function renderPanel(onErased = vi.fn()) {
  const queryClient = createPortalQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } });
  render(
    <AppProviders queryClient={queryClient} env="test">
      <PersonPrivacyPanel personId="p-1" onErased={onErased} />
    </AppProviders>,
  );
  return onErased;
}

describe('PersonPrivacyPanel', () => {
  it('downloads the export as the file the server names', async () => {
    const api = mockApi({
      'GET /api/people/p-1': { status: 200, body: person },
      'GET /api/people/p-1/export': { status: 200, body: { format: 'kring.person-export', version: 1 } },
    });
    const saved: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const createObjectURL = vi.fn(() => 'blob:export');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const user = userEvent.setup();
    renderPanel();

    await user.click(await screen.findByRole('button', { name: 'Gegevens exporteren' }));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
    expect(api.requests.some((r) => r.method === 'GET' && r.path === '/api/people/p-1/export')).toBe(true);
    expect(await screen.findByText(/is gedownload/)).toBeInTheDocument();
    expect(saved).toEqual(['kring-export-p-1.json']);
    click.mockRestore();
  });

  it('erases only after the name is typed and a reason picked, and shows a refusal in words', async () => {
    let refuse = true;
    const api = mockApi({
      'GET /api/people/p-1': { status: 200, body: person },
      'POST /api/people/p-1/erase': () =>
        refuse
          ? { status: 409, body: problem(409, 'erasure_current_employee') }
          : { status: 200, body: { outcome: 'deleted', erasedAt: '2027-01-01T10:00:00Z', referralsAnonymised: 1, filesDeleted: 1, mailsDeleted: 2 } },
    });
    const user = userEvent.setup();
    const onErased = renderPanel();

    await waitFor(() => expect(screen.getByRole('button', { name: 'Gegevens wissen' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Gegevens wissen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Gegevens van Sanne de Vries wissen?' });
    const submit = within(dialog).getByRole('button', { name: 'Definitief wissen' });
    expect(submit).toBeDisabled();

    await user.type(within(dialog).getByLabelText(/Typ „Sanne de Vries” om te bevestigen/), 'Sanne');
    await user.click(within(dialog).getByRole('radio', { name: 'Verzoek van de persoon zelf' }));
    expect(submit).toBeDisabled();
    await user.type(within(dialog).getByLabelText(/Typ „Sanne de Vries” om te bevestigen/), ' de vries');
    expect(submit).toBeEnabled();

    await user.click(submit);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Deze persoon is nog in dienst. Meld de medewerker eerst uit dienst');
    expect(onErased).not.toHaveBeenCalled();

    refuse = false;
    await user.click(submit);
    expect(await screen.findByText('Alle gegevens van deze persoon zijn gewist.')).toBeInTheDocument();
    expect(onErased).toHaveBeenCalledWith(expect.objectContaining({ outcome: 'deleted' }));
    const posts = api.requests.filter((r) => r.method === 'POST' && r.path === '/api/people/p-1/erase');
    expect(posts.map((r) => r.body)).toEqual([{ reason: 'data_subject_request' }, { reason: 'data_subject_request' }]);
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    mockApi({ 'GET /api/people/p-1': { status: 200, body: person } });
    renderPanel();
    expect(await screen.findByRole('button', { name: 'Export data' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Erase data' })).toBeInTheDocument();
  });
});
