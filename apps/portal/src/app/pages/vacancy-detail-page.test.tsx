import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { myReferralKeys } from '../../features/my-referrals/api/keys';
import { mockApi, problem, session } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const vacancy = {
  id: 'vac-1',
  title: 'Verpleegkundige interne geneeskunde',
  department: 'Zorg',
  location: 'Utrecht',
  employmentType: 'permanent',
  hoursMin: 32,
  hoursMax: 36,
  salaryMin: null,
  salaryMax: null,
  salaryCurrency: 'EUR',
  salaryPeriod: null,
  skills: [],
  hardToFill: false,
  openedAt: '2026-02-01T09:00:00.000Z',
  descriptionHtml: '<p>Je werkt op een <strong>fijne</strong> afdeling.</p>',
  programme: {
    id: 'prog-1',
    name: 'Voorjaarsactie',
    kind: 'internal',
    endsAt: '2026-03-31T21:59:59.000Z',
    rewardSummary: '€ 500 na de proeftijd',
    termsHtml: '<p>Uitbetaling na de proeftijd.</p>',
  },
};

const shareLink = {
  code: 'AB12CD',
  url: 'https://kring.example/r/AB12CD',
  channels: {
    linkedin: 'https://kring.example/r/AB12CD/linkedin',
    whatsapp: 'https://kring.example/r/AB12CD/whatsapp',
    email: 'https://kring.example/r/AB12CD/email',
    copy: 'https://kring.example/r/AB12CD/copy',
    qr: 'https://kring.example/r/AB12CD/qr',
  },
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>',
  texts: { nl: 'Wij zoeken een verpleegkundige!', en: 'We are hiring a nurse!' },
  clicks: { total: 7, byChannel: { linkedin: 4, whatsapp: 2, qr: 1 } },
};

function api(submit: Parameters<typeof mockApi>[0][string]) {
  return mockApi({
    'GET /api/auth/session': { status: 200, body: session({ roles: ['employee'] }) },
    'GET /api/open-vacancies/vac-1': { status: 200, body: vacancy },
    'POST /api/open-vacancies/vac-1/share-link': { status: 200, body: shareLink },
    'POST /api/referrals': submit,
  });
}

async function openReferForm() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Draag iemand aan' }));
  const dialog = await screen.findByRole('dialog', { name: `Iemand aandragen voor ${vacancy.title}` });
  return { user, dialog };
}

async function fillRequired(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, contact: { email?: string; phone?: string }) {
  await user.type(within(dialog).getByLabelText(/^Naam van de kandidaat/), 'Eva de Boer');
  if (contact.email) await user.type(within(dialog).getByLabelText(/^E-mailadres/), contact.email);
  if (contact.phone) await user.type(within(dialog).getByLabelText(/^Telefoonnummer/), contact.phone);
  await user.selectOptions(within(dialog).getByLabelText(/^Hoe ken je de kandidaat/), 'former_colleague');
}

describe('vacancy detail page', () => {
  it('shows the description, the reward with the action end date, and the share panel', async () => {
    api({ status: 500 });
    renderApp('/vacancies/vac-1');

    expect(await screen.findByRole('heading', { name: vacancy.title, level: 1 })).toBeInTheDocument();
    expect(screen.getByText('fijne')).toBeInTheDocument();
    expect(screen.getByText('Beloning: € 500 na de proeftijd')).toBeInTheDocument();
    expect(screen.getByText('Actie t/m 31 maart 2026')).toBeInTheDocument();
    expect(await screen.findByText('7 kliks')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'LinkedIn' })).toHaveAttribute(
      'href',
      `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(shareLink.channels.linkedin)}`,
    );
    expect(screen.getByRole('img', { name: /QR-code/ }).getAttribute('src')).toMatch(/^data:image\/svg\+xml;utf8,%3Csvg/);
  });
});

describe('refer form', () => {
  it('asks for an email address or a phone number, then posts JSON and refreshes my referrals', async () => {
    const { requests } = api({ status: 201, body: { id: 'ref-1', consentState: 'awaiting_consent' } });
    const { queryClient } = renderApp('/vacancies/vac-1');
    queryClient.setQueryData(myReferralKeys.list(), { items: [] });
    const { user, dialog } = await openReferForm();

    await fillRequired(user, dialog, {});
    await user.click(within(dialog).getByRole('button', { name: 'Aandragen' }));

    expect(await within(dialog).findAllByText('Vul een e-mailadres of telefoonnummer in')).toHaveLength(2);
    expect(within(dialog).getByLabelText(/^E-mailadres/)).toHaveAttribute('aria-invalid', 'true');
    expect(requests.some((r) => r.path === '/api/referrals')).toBe(false);

    await user.type(within(dialog).getByLabelText(/^Telefoonnummer/), '06 12345678');
    await user.click(within(dialog).getByLabelText(/^Ik heb de kandidaat verteld/));
    await user.click(within(dialog).getByRole('button', { name: 'Aandragen' }));

    expect(await within(dialog).findByText('Bedankt, je aandraging is binnen')).toBeInTheDocument();
    expect(within(dialog).getByText(/We mailen de kandidaat en vragen om toestemming/)).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST' && r.path === '/api/referrals');
    expect(post?.headers.get('content-type')).toBe('application/json');
    expect(post?.body).toEqual({
      vacancyId: 'vac-1',
      candidateName: 'Eva de Boer',
      candidatePhone: '06 12345678',
      relationship: 'former_colleague',
      candidateInformed: true,
    });
    expect(queryClient.getQueryState(myReferralKeys.list())?.isInvalidated).toBe(true);
  });

  it('posts multipart/form-data with string fields when a CV is attached', async () => {
    const { requests } = api({ status: 201, body: { id: 'ref-1', consentState: 'awaiting_consent' } });
    renderApp('/vacancies/vac-1');
    const { user, dialog } = await openReferForm();

    await fillRequired(user, dialog, { email: 'eva@example.nl' });
    const cv = new File(['%PDF-1.7 cv'], 'eva-cv.pdf', { type: 'application/pdf' });
    await user.upload(dialog.querySelector<HTMLInputElement>('input[type="file"]')!, cv);
    await user.click(within(dialog).getByRole('button', { name: 'Aandragen' }));

    expect(await within(dialog).findByText('Bedankt, je aandraging is binnen')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST' && r.path === '/api/referrals');
    expect(post?.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(post?.body).toEqual({
      vacancyId: 'vac-1',
      candidateName: 'Eva de Boer',
      candidateEmail: 'eva@example.nl',
      relationship: 'former_colleague',
      candidateInformed: 'false',
      cv: { size: cv.size },
    });
    expect(requests.filter((r) => r.formData)).toHaveLength(1);
  });

  it('says when a colleague already referred the candidate, with the date in words', async () => {
    api({
      status: 409,
      body: { ...problem(409, 'candidate_already_referred'), detail: 'Already referred by a colleague on 2026-03-12', referredOn: '2026-03-12' },
    });
    renderApp('/vacancies/vac-1');
    const { user, dialog } = await openReferForm();

    await fillRequired(user, dialog, { email: 'eva@example.nl' });
    await user.click(within(dialog).getByRole('button', { name: 'Aandragen' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Al aangedragen door een collega op 12 maart 2026.');
  });

  it('puts the server refusing the CV on the CV field', async () => {
    api({ status: 400, body: problem(400, 'file_type_not_allowed', [{ field: 'cv', message: 'Upload a PDF or Word (.docx) file' }]) });
    renderApp('/vacancies/vac-1');
    const { user, dialog } = await openReferForm();

    await fillRequired(user, dialog, { email: 'eva@example.nl' });
    await user.upload(dialog.querySelector<HTMLInputElement>('input[type="file"]')!, new File(['MZ'], 'cv.pdf', { type: 'application/pdf' }));
    await user.click(within(dialog).getByRole('button', { name: 'Aandragen' }));

    const cvField = within(dialog).getByLabelText(/^Cv/);
    await waitFor(() => expect(cvField).toHaveAttribute('aria-invalid', 'true'));
    expect(cvField).toHaveAccessibleDescription(expect.stringContaining('Kies een PDF- of Word-bestand (.docx)'));
    expect(within(dialog).getByLabelText(/^E-mailadres/)).not.toHaveAttribute('aria-invalid');
    expect(within(dialog).queryByText('Bedankt, je aandraging is binnen')).not.toBeInTheDocument();
  });
});
