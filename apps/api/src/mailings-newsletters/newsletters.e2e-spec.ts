import { ermOrganisation } from '../testing/erm-people-fixtures';
import { bootTestApp, TestApp } from '../testing/test-app';

describe('newsletters (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  const setUp = async () => {
    const org = await ermOrganisation(t, 'Zorggroep De Linde');
    const alumnus = await org.person({ firstName: 'Anouk', email: `anouk-${Math.random().toString(36).slice(2)}@example.test`, phase: 'exit', locale: 'en' });
    await t.dataSource.query(
      `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at) VALUES ($1, $2, 'newsletter', 'granted', 'manual', now())`,
      [org.id, alumnus],
    );
    const [{ id: segmentId }] = await t.dataSource.query(
      `INSERT INTO segments (organisation_id, name, filter) VALUES ($1, 'Alumni', '{"phases":["exit"]}') RETURNING id`,
      [org.id],
    );
    return { org, segmentId: segmentId as string };
  };

  it('lets HR compose, preview and send a newsletter, with figures counted from the delivery rows', async () => {
    const { org, segmentId } = await setUp();
    const created = await org.hr.post('/api/newsletters', {
      name: ' Nieuwsbrief december ',
      segmentId,
      variants: [
        { locale: 'nl', subject: 'Nieuws, {{voornaam}}', bodyMarkdown: '**Hallo** {{voornaam}}' },
        { locale: 'en', subject: 'News, {{firstName}}', preheader: 'Short', bodyMarkdown: '**Hello** {{firstName}}' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Nieuwsbrief december', status: 'draft', segmentId, figures: { recipients: 0 } });
    expect(created.body.variants.map((v: { locale: string }) => v.locale)).toEqual(['en', 'nl']);
    const id = created.body.id as string;

    const preview = await org.hr.get(`/api/newsletters/${id}/preview?locale=en`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ locale: 'en', subject: 'News, Noor' });
    expect(preview.body.html).toContain('<strong>Hello</strong> Noor');

    expect((await org.hr.post(`/api/newsletters/${id}/test?locale=nl`, {})).status).toBe(204);

    const sent = await org.hr.post(`/api/newsletters/${id}/send`, {});
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'sending', figures: { recipients: 1, queued: 1, sent: 0 } });
    const figures = await org.hr.get(`/api/newsletters/${id}/figures`);
    expect(figures.body).toEqual({ recipients: 1, queued: 1, sending: 0, sent: 0, failed: 0, interrupted: 0, skipped: 0, bounced: 0, unsubscribed: 0, opened: null, clicked: null });

    const again = await org.hr.patch(`/api/newsletters/${id}`, { name: 'Later' });
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.body).toMatchObject({ code: 'newsletter_not_editable', newsletterStatus: 'sending' });

    const list = await org.hr.get('/api/newsletters');
    expect(list.body.items).toEqual([expect.objectContaining({ id, status: 'sending' })]);
    const cancelled = await org.hr.post(`/api/newsletters/${id}/cancel`, {});
    expect(cancelled.body).toMatchObject({ status: 'cancelled', figures: { recipients: 1, skipped: 1 } });
  });

  it('validates input, schedules only in the future, and refuses without a default-language variant', async () => {
    const { org, segmentId } = await setUp();
    const bad = await org.hr.post('/api/newsletters', { name: '', variants: [{ locale: 'de', subject: 'x', bodyMarkdown: 'y' }] });
    expect(bad.status).toBe(400);
    const created = await org.hr.post('/api/newsletters', { name: 'Alleen Engels', segmentId, variants: [{ locale: 'en', subject: 'Hi', bodyMarkdown: 'Hi' }] });
    const id = created.body.id as string;
    const past = await org.hr.post(`/api/newsletters/${id}/send`, { scheduledAt: '2000-01-01T00:00:00Z' });
    expect(past.status).toBe(400);
    expect(past.body).toMatchObject({ code: 'newsletter_schedule_in_past' });
    const refused = await org.hr.post(`/api/newsletters/${id}/send`, {});
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'newsletter_not_sendable', reason: 'no_default_variant' });
    await org.hr.patch(`/api/newsletters/${id}`, { variants: [{ locale: 'nl', subject: 'Hoi', bodyMarkdown: 'Hoi' }] });
    const later = new Date(Date.now() + 86_400_000).toISOString();
    const scheduled = await org.hr.post(`/api/newsletters/${id}/send`, { scheduledAt: later });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body).toMatchObject({ status: 'scheduled', scheduledAt: later });

    // Resending interrupted rows needs HR's explicit acceptance of possible duplicates, and a started newsletter.
    const unconfirmed = await org.hr.post(`/api/newsletters/${id}/resend-interrupted`, {});
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body).toMatchObject({ code: 'validation_failed', errors: [expect.objectContaining({ field: 'acceptPossibleDuplicates' })] });
    const notStarted = await org.hr.post(`/api/newsletters/${id}/resend-interrupted`, { acceptPossibleDuplicates: true });
    expect(notStarted.status).toBe(409);
    expect(notStarted.body).toMatchObject({ code: 'newsletter_not_sendable' });
  });

  it('is for HR only, and one organisation never sees another’s newsletters', async () => {
    const { org, segmentId } = await setUp();
    const created = await org.hr.post('/api/newsletters', { name: 'Intern', segmentId });
    const employee = await org.member(['employee']);
    expect((await employee.get('/api/newsletters')).status).toBe(403);
    expect((await employee.post(`/api/newsletters/${created.body.id}/send`, {})).status).toBe(403);
    const other = await ermOrganisation(t, 'Ander');
    expect((await other.hr.get(`/api/newsletters/${created.body.id}`)).status).toBe(404);
    expect((await other.hr.post(`/api/newsletters/${created.body.id}/cancel`, {})).status).toBe(404);
    expect((await other.hr.get('/api/newsletters')).body.items).toEqual([]);
  });
});
