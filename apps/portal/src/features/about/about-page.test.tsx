import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.about.json';
import nl from '../../locales/nl.about.json';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

function leaves(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

describe('about page', () => {
  it('states the licence and the ESCO and O*NET attributions without login, in Dutch and in English', async () => {
    mockApi({ 'GET /api/auth/session': { status: 401, body: { code: 'unauthenticated' } } });
    renderApp('/about');
    expect(await screen.findByRole('heading', { name: 'Over Kring', level: 1 }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(/AGPL-3.0-or-later/)).toBeInTheDocument();
    expect(screen.getByText(/ESCO-classificatie van de Europese Commissie/)).toBeInTheDocument();
    expect(screen.getByText(/De Europese Commissie is niet verantwoordelijk voor deze wijzigingen/)).toBeInTheDocument();
    expect(screen.getByText(/O\*NET 29.1-database/)).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'About Kring', level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/This service uses the ESCO classification of the European Commission/)).toBeInTheDocument();
  });

  it('has the same keys in Dutch and English, under the one top-level key about', () => {
    expect(Object.keys(nl)).toEqual(['about']);
    expect(Object.keys(en)).toEqual(['about']);
    expect(leaves(en).sort()).toEqual(leaves(nl).sort());
  });
});
