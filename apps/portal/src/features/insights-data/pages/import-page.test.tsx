import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { HireImport } from '../api/types';
import { FIRST_RENDER_MS, hireImport, SLOW_TEST_MS } from '../test-fixtures';

const preview = hireImport({
  totalRows: 4,
  validRows: 2,
  createdRows: 1,
  updatedRows: 1,
  problemCount: 2,
  problems: [
    { line: 3, field: 'channel', code: 'unknown_channel', message: '"Krant" is not a known channel' },
    { line: 5, field: 'hiredOn', code: 'invalid_date', message: 'must be a date as YYYY-MM-DD or DD-MM-YYYY' },
  ],
});

/** Mantine's FileInput is a button with a hidden file input in the upload form. */
const fileInput = () => screen.getByRole('form', { name: 'ATS-export uploaden' }).querySelector('input[type="file"]') as HTMLInputElement;

describe('hire import from an ATS export', () => {
  it('uploads the file for a dry run, shows the problems per row, then applies the valid rows', async () => {
    let current: HireImport | null = null;
    const api = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/insights/hire-imports': () => ({ status: 200, body: current ? [current] : [] }),
      'POST /api/insights/hire-imports': () => {
        current = preview;
        return { status: 201, body: current };
      },
      'GET /api/insights/hire-imports/imp-1': () => ({ status: 200, body: current }),
      'POST /api/insights/hire-imports/imp-1/apply': () => {
        current = { ...preview, status: 'applied', appliedAt: '2026-11-20T09:05:00.000Z' };
        return { status: 200, body: current };
      },
    });
    renderApp('/insights/data/import');
    const user = userEvent.setup();

    expect(await screen.findByText('Nog geen imports.', {}, { timeout: FIRST_RENDER_MS })).toBeInTheDocument();
    expect(screen.getByText('Opnieuw importeren is veilig')).toBeInTheDocument();
    const file = new File(['Kenmerk;Kanaal;Aannamedatum\nATS-1;Indeed;01-02-2026\n'], 'ats-export.csv', { type: 'text/csv' });
    await user.upload(fileInput(), file);
    await user.click(screen.getByRole('button', { name: 'Proefrun starten' }));

    const problems = await screen.findByRole('table', { name: 'Problemen per regel' });
    const rows = within(problems).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['3', 'Kanaal', '‘Krant’ is geen bekend kanaal'],
      ['5', 'Aannamedatum', 'is geen datum (gebruik jjjj-mm-dd of dd-mm-jjjj)'],
    ]);
    expect(screen.getByLabelText('1 nieuwe aanname')).toHaveTextContent('1');
    expect(screen.getByLabelText('1 bestaande aanname bijgewerkt')).toHaveTextContent('1');
    expect(screen.getByText('2 regels met een probleem worden overgeslagen; pas die aan in uw ATS en importeer opnieuw.')).toBeInTheDocument();
    const upload = api.requests.find((r) => r.method === 'POST' && r.path === '/api/insights/hire-imports')!;
    expect(upload.body).toEqual({ file: { size: file.size } });
    expect(api.requests.filter((r) => r.path.endsWith('/apply'))).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: '2 regels verwerken' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/Verwerkt op .*: 1 toegevoegd, 1 bijgewerkt\./);
    expect(screen.queryByRole('button', { name: '2 regels verwerken' })).not.toBeInTheDocument();
    expect(api.requests.filter((r) => r.path.endsWith('/apply')).map((r) => r.method)).toEqual(['POST']);
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Eerdere imports' })).getByText('Verwerkt')).toBeInTheDocument());
  }, SLOW_TEST_MS);

  it('explains why a file is refused', async () => {
    mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/insights/hire-imports': { status: 200, body: [] },
      'POST /api/insights/hire-imports': {
        status: 400,
        body: { ...problem(400, 'hire_import_file_invalid', [{ field: 'file', message: 'Required columns are missing' }]), reason: 'missing_columns', params: { columns: 'kanaal' } },
      },
    });
    renderApp('/insights/data/import');
    const user = userEvent.setup();
    await screen.findByText('Nog geen imports.', {}, { timeout: FIRST_RENDER_MS });
    await user.upload(fileInput(), new File(['Kenmerk;Datum\n'], 'fout.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Proefrun starten' }));
    const form = screen.getByRole('form', { name: 'ATS-export uploaden' });
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Dit bestand kan niet worden gelezen als CSV-export van aannames.');
    expect(alert).toHaveTextContent('Verplichte kolommen ontbreken: kanaal. Zie de kolommen hieronder.');
  }, SLOW_TEST_MS);
});
