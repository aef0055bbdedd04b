import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, session } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import type { EmployeeImport, EmployeeImportRow } from '../api/types';

const dryRun: EmployeeImport = {
  id: 'imp-1',
  fileName: 'afas-export.csv',
  status: 'dry_run',
  offboardLeavers: true,
  offboardMissing: false,
  businessDate: '2027-03-10',
  total: 4,
  processed: 0,
  applied: 0,
  skipped: 0,
  counts: { rows: 4, create: 1, update: 1, unchanged: 0, error: 1, offboard: 1 },
  createdAt: '2027-03-10T09:00:00Z',
  completedAt: null,
  lastError: null,
};

const none = { emailMatch: null, outcome: null };
const rows: EmployeeImportRow[] = [
  { ...none, index: 0, line: 2, employeeNumber: '1001', name: 'Fatima El Amrani', action: 'update', personId: 'p-1', changes: [{ field: 'department', from: 'Thuiszorg', to: 'Wijkverpleging' }, { field: 'phase', from: 'exit', to: 'employment' }], errors: [], offboardOn: null, notes: ['rehire'] },
  { ...none, index: 1, line: 3, employeeNumber: '2001', name: 'Anna de Vries', action: 'create', personId: null, changes: [{ field: 'startDate', from: null, to: '2027-04-01' }], errors: [], offboardOn: null, notes: [] },
  {
    ...none,
    index: 2,
    line: 4,
    employeeNumber: '2001',
    name: 'Noor',
    action: 'error',
    personId: null,
    changes: [],
    errors: [
      { field: 'employeeNumber', code: 'duplicate_in_file', params: { line: 3 }, message: 'appears twice in the file (also on line 3)' },
      { field: 'email', code: 'invalid_email', params: {}, message: 'is not a valid email address' },
    ],
    offboardOn: null,
    notes: [],
  },
  { ...none, index: 3, line: 5, employeeNumber: '1004', name: 'Lea Jansen', action: 'unchanged', personId: 'p-4', changes: [], errors: [], offboardOn: '2027-02-28', notes: [] },
  {
    index: 4,
    line: 6,
    employeeNumber: '3001',
    name: 'Hanna Beheer',
    action: 'update',
    personId: 'p-5',
    changes: [{ field: 'employeeNumber', from: null, to: '3001' }],
    errors: [],
    offboardOn: null,
    notes: ['matched_by_email'],
    emailMatch: { phase: 'relation', roles: ['hr_admin'] },
    outcome: null,
  },
];

describe('employee import: dry run table and apply', () => {
  it('uploads the file, shows per row the errors and the changes old → new, then applies with progress', async () => {
    let current = dryRun;
    let polls = 0;
    const api = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/employees': { status: 200, body: { items: [] } },
      'GET /api/employee-imports': () => ({ status: 200, body: [current] }),
      'POST /api/employee-imports': () => ({ status: 201, body: dryRun }),
      'GET /api/employee-imports/imp-1': () => {
        if (current.status === 'applying' && ++polls >= 2) current = { ...current, status: 'applied', processed: 4, completedAt: '2027-03-10T09:01:00Z' };
        return { status: 200, body: current };
      },
      'GET /api/employee-imports/imp-1/rows': { status: 200, body: { total: rows.length, items: rows } },
      'POST /api/employee-imports/imp-1/apply': () => {
        current = { ...current, status: 'applying', processed: 2 };
        return { status: 200, body: current };
      },
    });
    const user = userEvent.setup();
    renderApp('/manage/employees');

    await user.click(await screen.findByRole('tab', { name: 'Importeren' }));
    const form = await screen.findByRole('form', { name: 'Bestand uit het HR-systeem uploaden' });
    const input = form.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['Personeelsnummer;Voornaam;Achternaam\n'], 'afas-export.csv', { type: 'text/csv' }));
    await user.click(within(form).getByRole('checkbox', { name: /Vertrekkers uit dienst melden/ }));
    await user.click(within(form).getByRole('button', { name: 'Controleren' }));

    const table = await screen.findByRole('table', { name: 'Resultaat per rij' });
    const upload = api.requests.find((r) => r.method === 'POST' && r.path === '/api/employee-imports')!;
    expect(upload.body).toEqual({ offboardLeavers: 'true', offboardMissing: 'false', file: { size: 37 } });
    expect(screen.getByLabelText('1 fout')).toHaveTextContent('1');

    const fatima = within(table).getByRole('row', { name: /Fatima El Amrani/ });
    expect(within(fatima).getByText('wijziging')).toBeInTheDocument();
    expect(within(fatima).getByRole('list', { name: 'Wijzigingen voor Fatima El Amrani' })).toHaveTextContent('Afdeling: Thuiszorg → Wijkverpleging');
    expect(fatima).toHaveTextContent('Fase: Oud-medewerker → In dienst');
    expect(fatima).toHaveTextContent('Oud-medewerker komt terug (boomerang).');
    const anna = within(table).getByRole('row', { name: /Anna de Vries/ });
    expect(within(anna).getByText('nieuw')).toBeInTheDocument();
    expect(anna).toHaveTextContent('Startdatum: 1 apr 2027');
    const errors = within(table).getByRole('list', { name: 'Fouten in regel 4' });
    // Translated from the code, never the server's English.
    expect(within(errors).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Personeelsnummer: staat twee keer in het bestand (ook op regel 3)', 'E-mail: is geen geldig e-mailadres']);
    expect(within(table).getByRole('row', { name: /Lea Jansen/ })).toHaveTextContent('laatste werkdag 28 feb 2027');
    expect(within(table).getByRole('row', { name: /Hanna Beheer/ })).toHaveTextContent('Gekoppeld op e-mail aan een bestaande persoon (Relatiefase; account: HR-beheerder).');

    // One person would be offboarded: HR confirms first; cancelling applies nothing.
    await user.click(screen.getByRole('button', { name: 'Toepassen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Medewerkers uit dienst melden?' });
    expect(dialog).toHaveTextContent('Toepassen meldt 1 medewerker uit dienst.');
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(api.requests.some((r) => r.path === '/api/employee-imports/imp-1/apply')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Toepassen' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ja, toepassen' }));
    expect(await screen.findByText('2 van 4 verwerkt')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('4 van 4 verwerkt')).toBeInTheDocument(), { timeout: 5000 });
    expect(screen.getByRole('progressbar', { name: 'Voortgang van de import' })).toHaveAttribute('aria-valuenow', '100');
    expect(screen.queryByRole('button', { name: 'Toepassen' })).not.toBeInTheDocument();
    expect(api.requests.filter((r) => r.path === '/api/employee-imports/imp-1/apply')).toHaveLength(1);
  });

  it('offers a retry for an import whose job died, and shows applied and skipped counts', async () => {
    let current: EmployeeImport = { ...dryRun, status: 'failed', processed: 2, applied: 1, skipped: 1, lastError: 'expired' };
    const api = mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/employees': { status: 200, body: { items: [] } },
      'GET /api/employee-imports': () => ({ status: 200, body: [current] }),
      'GET /api/employee-imports/imp-1': () => ({ status: 200, body: current }),
      'GET /api/employee-imports/imp-1/rows': { status: 200, body: { total: 1, items: [{ ...rows[0]!, outcome: { status: 'skipped', reason: 'changed_since_dry_run', code: null } }] } },
      'POST /api/employee-imports/imp-1/apply': () => {
        current = { ...current, status: 'applied', processed: 4, applied: 3, skipped: 1, lastError: null };
        return { status: 200, body: current };
      },
    });
    const user = userEvent.setup();
    renderApp('/manage/employees');
    await user.click(await screen.findByRole('tab', { name: 'Importeren' }));
    await user.click(await screen.findByRole('button', { name: /Import afas-export.csv/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Het toepassen is niet afgemaakt.');
    expect(await screen.findByText('overgeslagen: gewijzigd sinds de controle')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByText('3 toegepast, 1 overgeslagen')).toBeInTheDocument();
    expect(api.requests.filter((r) => r.path === '/api/employee-imports/imp-1/apply')).toHaveLength(1);
  });

  it('translates why a file or the "offboard missing" option was refused', async () => {
    let answer = { status: 400, body: { type: 'about:blank', title: 'Bad Request', status: 400, code: 'employee_import_file_invalid', detail: 'Required columns are missing: achternaam', errors: [{ field: 'file', message: 'Required columns are missing: achternaam' }], reason: 'missing_columns', params: { columns: 'achternaam' } } };
    mockApi({
      'GET /api/auth/session': { status: 200, body: session() },
      'GET /api/employees': { status: 200, body: { items: [] } },
      'GET /api/employee-imports': { status: 200, body: [] },
      'POST /api/employee-imports': () => answer,
    });
    const user = userEvent.setup();
    renderApp('/manage/employees');
    await user.click(await screen.findByRole('tab', { name: 'Importeren' }));
    const form = await screen.findByRole('form', { name: 'Bestand uit het HR-systeem uploaden' });
    await user.upload(form.querySelector('input[type="file"]') as HTMLInputElement, new File(['Personeelsnummer;Voornaam\n'], 'x.csv', { type: 'text/csv' }));
    await user.click(within(form).getByRole('button', { name: 'Controleren' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Verplichte kolommen ontbreken: achternaam.');
    expect(alert).not.toHaveTextContent('Required columns');

    answer = { status: 400, body: { type: 'about:blank', title: 'Bad Request', status: 400, code: 'validation_failed', detail: 'x', errors: [{ field: 'offboardMissing', message: 'cannot be used: the file has no valid rows' }], reason: '', params: { columns: '' } } };
    await user.click(within(form).getByRole('button', { name: 'Controleren' }));
    expect(await screen.findByText(/kan alleen met een bestand zonder fouten/)).toBeInTheDocument();
  });
});
