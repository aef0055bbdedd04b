import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, unauthenticated } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const shared = {
  organisationName: 'Bakkerij Brood & Co',
  referrerFirstName: 'Piet',
  vacancy: {
    title: 'Bakker',
    descriptionHtml: '<p>Vroeg op, <em>heerlijk</em> brood.</p>',
    location: 'Amersfoort',
    department: null,
    employmentType: 'permanent',
    hoursMin: 24,
    hoursMax: 32,
  },
};

function api(apply: Parameters<typeof mockApi>[0][string] = { status: 201, body: { status: 'received' } }) {
  return mockApi({
    'GET /api/auth/session': unauthenticated,
    'GET /api/public/share-links/AB12CD': { status: 200, body: shared },
    'POST /api/public/share-links/AB12CD/visits': { status: 204 },
    'POST /api/public/share-links/AB12CD/applications': apply,
  });
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText(/^Naam/), 'Eva de Boer');
  await user.type(screen.getByLabelText(/^E-mailadres/), 'eva@example.nl');
}

describe('shared vacancy page', () => {
  it('counts one visit for the channel in the path', async () => {
    const { requests } = api();
    renderApp('/r/AB12CD/linkedin');

    expect(await screen.findByRole('heading', { name: 'Bakker', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('heerlijk')).toBeInTheDocument();
    expect(screen.getByText('Piet denkt dat deze vacature bij Bakkerij Brood & Co iets voor jou is.')).toBeInTheDocument();
    await waitFor(() => expect(requests.filter((r) => r.path.endsWith('/visits'))).toHaveLength(1));
    expect(requests.find((r) => r.path.endsWith('/visits'))?.body).toEqual({ channel: 'linkedin' });
  });

  it('counts a visit without a channel as direct', async () => {
    const { requests } = api();
    renderApp('/r/AB12CD');

    await screen.findByRole('heading', { name: 'Bakker', level: 1 });
    await waitFor(() => expect(requests.filter((r) => r.path.endsWith('/visits'))).toHaveLength(1));
    expect(requests.find((r) => r.path.endsWith('/visits'))?.body).toEqual({ channel: 'direct' });
  });

  it('refuses to send without consent, then applies with an empty honeypot', async () => {
    const { requests } = api();
    renderApp('/r/AB12CD/whatsapp');
    const user = userEvent.setup();

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Versturen' }));

    expect(await screen.findByText('Geef toestemming om te kunnen solliciteren')).toBeInTheDocument();
    expect(requests.some((r) => r.path.endsWith('/applications'))).toBe(false);

    const honeypot = document.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(honeypot).toHaveAttribute('tabindex', '-1');
    expect(honeypot.closest('[aria-hidden="true"]')).not.toBeNull();

    await user.click(screen.getByRole('checkbox', { name: /Ik heb de privacyverklaring gelezen/ }));
    await user.click(screen.getByRole('button', { name: 'Versturen' }));

    expect(await screen.findByText('Bedankt, je sollicitatie is binnen')).toBeInTheDocument();
    const application = requests.find((r) => r.path.endsWith('/applications'));
    expect(application?.headers.get('content-type')).toMatch(/^multipart\/form-data/);
    expect(application?.body).toEqual({ name: 'Eva de Boer', email: 'eva@example.nl', locale: 'nl', consent: 'true', website: '' });
  });

  it('answers a known candidate kindly', async () => {
    api({ status: 409, body: problem(409, 'candidate_already_referred') });
    renderApp('/r/AB12CD');
    const user = userEvent.setup();

    await fillIn(user);
    await user.click(screen.getByRole('checkbox', { name: /Ik heb de privacyverklaring gelezen/ }));
    await user.click(screen.getByRole('button', { name: 'Versturen' }));

    expect(await screen.findByText('We hebben je gegevens al')).toBeInTheDocument();
  });
});
