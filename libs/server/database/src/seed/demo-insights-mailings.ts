import { randomUUID } from 'node:crypto';
import { frac } from './demo-insights-plan';
import { insertRows, type Row, type Story } from './demo-insights-sql';

const TOPICS = [
  { nl: ['Nieuwe collega’s in de wijk', 'Dit kwartaal begonnen elf nieuwe collega’s in de wijkzorg, vier van hen via een aanbeveling.'], en: ['New colleagues in district care', 'Eleven new colleagues started in district care this quarter, four of them referred by a colleague.'] },
  { nl: ['Scholing: wondzorg en palliatieve zorg', 'In het nieuwe scholingsjaar bieden we opleidingen wondzorg en palliatieve zorg aan, ook voor herintreders.'], en: ['Training: wound care and palliative care', 'The new training year offers courses in wound care and palliative care, also for returners.'] },
  { nl: ['Vacatures voor verpleegkundigen', 'We zoeken verpleegkundigen voor de wijk en het verpleeghuis. Ken je iemand? Draag hem of haar aan.'], en: ['Vacancies for nurses', 'We are looking for nurses for district care and the nursing home. Know someone? Refer them.'] },
  { nl: ['Terug naar De Linde', 'Drie oud-collega’s kwamen dit jaar terug. Wat hen terugbracht, lees je in dit nummer.'], en: ['Back at De Linde', 'Three former colleagues returned this year. Read what brought them back.'] },
  { nl: ['Het nieuwe rooster', 'Met zelfroosteren kies je vaker zelf je diensten. De eerste teams zijn enthousiast.'], en: ['The new rota', 'With self-rostering you choose your shifts more often. The first teams are enthusiastic.'] },
  { nl: ['Open dag en banenmarkt', 'Kom langs op onze open dag of bij onze stand op de banenmarkt in Utrecht.'], en: ['Open day and job fair', 'Visit our open day or our stand at the job fair in Utrecht.'] },
];

/**
 * The mailings side of the dashboard story: newsletter and job-alert consents of alumni and candidates, a monthly
 * newsletter (with a few failures, a bounce and unsubscribes), job-alert digests, and the clicks on shared links.
 */
export async function seedDemoInsightsMailings(ctx: Story): Promise<void> {
  const { tx, org, plan, at, day } = ctx;
  const consents: Row[] = [];
  const consentEvents: Row[] = [];
  const give = (personKey: number, purpose: string, fromDaysAgo: number, source: string) => {
    const givenAt = at(fromDaysAgo, 12, 10);
    const expiresAt = new Date(Date.parse(givenAt) + 730 * 86_400_000).toISOString();
    consents.push({ organisation_id: org, person_id: ctx.personIds[personKey], purpose, status: 'granted', source, given_at: givenAt, expires_at: expiresAt, withdrawn_at: null, created_at: givenAt, updated_at: givenAt });
    consentEvents.push({ organisation_id: org, person_id: ctx.personIds[personKey], purpose, status: 'granted', source, expires_at: expiresAt, occurred_at: givenAt });
  };
  for (const p of plan.people) {
    const source = (p.leftDaysAgo ?? p.previousLeftDaysAgo) !== null ? 'offboarding' : 'referral';
    if (p.newsletterFromDaysAgo !== null) give(p.key, 'newsletter', p.newsletterFromDaysAgo, source);
    if (p.jobAlertsFromDaysAgo !== null) give(p.key, 'job_alerts', p.jobAlertsFromDaysAgo, source);
  }

  // A newsletter every month to everyone who consented by then, in their own language.
  const newsletters: Row[] = [];
  const variants: Row[] = [];
  const deliveries: Row[] = [];
  const suppressions: Row[] = [];
  const stopped = new Map<number, number>(); // person key → days ago from which they get no more newsletters
  const received = new Map<number, number>();
  const monthName = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', month: 'long', year: 'numeric' });
  for (let k = 0; k < 23; k++) {
    const sentDaysAgo = 700 - 30 * k;
    const id = randomUUID();
    const startedAt = at(sentDaysAgo, 10, 0);
    const finishedAt = new Date(Date.parse(startedAt) + 4 * 60_000).toISOString();
    const topic = TOPICS[k % TOPICS.length]!;
    newsletters.push({
      id, organisation_id: org, name: `Nieuws uit De Linde – ${monthName.format(new Date(startedAt))}`, status: 'sent', kind: 'newsletter', created_by_user_id: ctx.hrId,
      started_at: startedAt, finished_at: finishedAt, created_at: at(sentDaysAgo + 3, 14, 0), updated_at: finishedAt,
    });
    for (const locale of ['nl', 'en'] as const) {
      const [title, text] = topic[locale];
      variants.push({
        organisation_id: org, newsletter_id: id, locale, subject: locale === 'nl' ? `${title}, {{voornaam}}` : `${title}, {{firstName}}`, preheader: text.slice(0, 120),
        body_markdown: `# ${locale === 'nl' ? 'Hallo {{voornaam}}' : 'Hello {{firstName}}'},\n\n## ${title}\n\n${text}\n\n${locale === 'nl' ? 'Hartelijke groet,\nHanna de Vries, HR' : 'Kind regards,\nHanna de Vries, HR'}`,
        updated_at: at(sentDaysAgo + 1, 16, 0),
      });
    }
    for (const p of plan.people) {
      if (p.newsletterFromDaysAgo === null || p.newsletterFromDaysAgo <= sentDaysAgo || (stopped.get(p.key) ?? -1) >= sentDaysAgo) continue;
      const n = (received.get(p.key) ?? 0) + 1;
      received.set(p.key, n);
      const deliveryId = randomUUID();
      const sentAt = new Date(Date.parse(startedAt) + (1 + (p.key % 3)) * 60_000).toISOString();
      const base = {
        id: deliveryId, organisation_id: org, newsletter_id: id, person_id: ctx.personIds[p.key], email: p.email, locale: p.locale, attempts: 1, next_attempt_at: startedAt,
        message_id: `<${deliveryId}@demo.kring.localhost>`, created_at: startedAt, updated_at: sentAt, sent_at: null, failed_at: null, bounced_at: null, unsubscribed_at: null, last_error: null,
      };
      if (frac(p.key, 'bounce') < 0.03) {
        deliveries.push({ ...base, status: 'failed', failed_at: sentAt, bounced_at: sentAt, last_error: '550 5.1.1 mailbox unavailable' });
        suppressions.push({ organisation_id: org, email: p.email, reason: 'hard_bounce', source: 'webhook', detail: '550 5.1.1 mailbox unavailable', created_at: sentAt });
        stopped.set(p.key, sentDaysAgo);
      } else if (frac(p.key, k, 'fail') < 0.015) {
        deliveries.push({ ...base, status: 'failed', attempts: 5, failed_at: at(sentDaysAgo, 16, 0), last_error: '421 4.7.0 try again later', updated_at: at(sentDaysAgo, 16, 0) });
      } else if (frac(p.key, 'unsubscribe') < 0.2 && n === 2 + Math.floor(frac(p.key, 'patience') * 5)) {
        const unsubscribedAt = at(Math.max(0, sentDaysAgo - 1), 20, 15);
        deliveries.push({ ...base, status: 'sent', sent_at: sentAt, unsubscribed_at: unsubscribedAt, updated_at: unsubscribedAt });
        stopped.set(p.key, sentDaysAgo);
        const consent = consents.find((c) => c.person_id === ctx.personIds[p.key] && c.purpose === 'newsletter')!;
        Object.assign(consent, { status: 'withdrawn', withdrawn_at: unsubscribedAt, updated_at: unsubscribedAt });
        consentEvents.push({ organisation_id: org, person_id: ctx.personIds[p.key], purpose: 'newsletter', status: 'withdrawn', source: 'unsubscribe', expires_at: null, occurred_at: unsubscribedAt });
      } else {
        deliveries.push({ ...base, status: 'sent', sent_at: sentAt });
      }
    }
  }

  await insertRows(
    tx,
    'consents',
    {
      organisation_id: 'uuid', person_id: 'uuid', purpose: 'text', status: 'text', source: 'text', given_at: 'timestamptz', expires_at: 'timestamptz', withdrawn_at: 'timestamptz',
      created_at: 'timestamptz', updated_at: 'timestamptz',
    },
    consents,
    'ON CONFLICT (organisation_id, person_id, purpose) DO NOTHING',
  );
  await insertRows(
    tx,
    'consent_events',
    { organisation_id: 'uuid', person_id: 'uuid', purpose: 'text', status: 'text', source: 'text', expires_at: 'timestamptz', occurred_at: 'timestamptz' },
    consentEvents,
  );
  await insertRows(
    tx,
    'newsletters',
    {
      id: 'uuid', organisation_id: 'uuid', name: 'text', status: 'text', kind: 'text', created_by_user_id: 'uuid', started_at: 'timestamptz', finished_at: 'timestamptz',
      created_at: 'timestamptz', updated_at: 'timestamptz',
    },
    newsletters,
  );
  await insertRows(
    tx,
    'newsletter_variants',
    { organisation_id: 'uuid', newsletter_id: 'uuid', locale: 'text', subject: 'text', preheader: 'text', body_markdown: 'text', updated_at: 'timestamptz' },
    variants,
  );
  await insertRows(
    tx,
    'newsletter_deliveries',
    {
      id: 'uuid', organisation_id: 'uuid', newsletter_id: 'uuid', person_id: 'uuid', email: 'text', locale: 'text', status: 'text', attempts: 'integer',
      next_attempt_at: 'timestamptz', message_id: 'text', last_error: 'text', sent_at: 'timestamptz', failed_at: 'timestamptz', unsubscribed_at: 'timestamptz',
      bounced_at: 'timestamptz', created_at: 'timestamptz', updated_at: 'timestamptz',
    },
    deliveries,
  );
  await insertRows(
    tx,
    'mail_suppressions',
    { organisation_id: 'uuid', email: 'text', reason: 'text', source: 'text', detail: 'text', created_at: 'timestamptz' },
    suppressions,
    'ON CONFLICT DO NOTHING',
  );

  // Job alerts: a weekly digest for alumni and candidates who asked for one, with the vacancies of their region.
  const subscriptions: Row[] = [];
  const alerts: Row[] = [];
  const messages: Row[] = [];
  for (const p of plan.people) {
    if (p.jobAlertsFromDaysAgo === null) continue;
    const from = p.jobAlertsFromDaysAgo;
    const lastDigest = 1 + Math.floor(frac(p.key, 'digest') * 6);
    subscriptions.push({
      organisation_id: org, person_id: ctx.personIds[p.key], keywords: '', locations: [p.location.toLowerCase()], frequency: 'weekly',
      last_digest_at: at(lastDigest, 7, 30), created_at: at(from, 12, 15), updated_at: at(lastDigest, 7, 30),
    });
    // The weekly digest (same weekday for a person) after a vacancy opened: one mail per digest, listing its vacancies.
    const digests = new Map<number, string>();
    for (const v of plan.vacancies) {
      if (v.openedDaysAgo >= from - 1 || v.location !== p.location) continue;
      const weekday = p.key % 7;
      const sentDaysAgo = v.openedDaysAgo - 1 - ((((v.openedDaysAgo - 1 - weekday) % 7) + 7) % 7);
      if (sentDaysAgo < 1) continue;
      let messageId = digests.get(sentDaysAgo);
      if (!messageId) {
        messageId = randomUUID();
        digests.set(sentDaysAgo, messageId);
        const sentAt = at(sentDaysAgo, 7, 30);
        const failed = frac(p.key, sentDaysAgo, 'digest-failed') < 0.03;
        messages.push({
          id: messageId, organisation_id: org, person_id: ctx.personIds[p.key], kind: 'job_alert_digest', locale: p.locale, to_address: p.email,
          subject: p.locale === 'nl' ? 'Nieuwe vacatures bij Zorggroep De Linde' : 'New vacancies at Zorggroep De Linde',
          text_body: p.locale === 'nl' ? `Hallo ${p.firstName},\n\nEr zijn nieuwe vacatures die passen bij je vacaturemelding.` : `Hello ${p.firstName},\n\nThere are new vacancies matching your job alert.`,
          message_id: `<${messageId}@demo.kring.localhost>`, status: failed ? 'failed' : 'sent', attempts: failed ? 5 : 1, next_attempt_at: sentAt,
          last_error: failed ? '421 4.7.0 try again later' : null, sent_at: failed ? null : sentAt, failed_at: failed ? sentAt : null, created_at: sentAt, updated_at: sentAt,
        });
      }
      alerts.push({ organisation_id: org, person_id: ctx.personIds[p.key], vacancy_id: ctx.vacancyId({ planned: v.key }), mode: 'digest', mail_message_id: messageId, sent_at: at(sentDaysAgo, 7, 30) });
    }
  }
  await insertRows(
    tx,
    'job_alert_subscriptions',
    { organisation_id: 'uuid', person_id: 'uuid', keywords: 'text', locations: 'text[]', frequency: 'text', last_digest_at: 'timestamptz', created_at: 'timestamptz', updated_at: 'timestamptz' },
    subscriptions,
  );
  await insertRows(
    tx,
    'mail_messages',
    {
      id: 'uuid', organisation_id: 'uuid', person_id: 'uuid', kind: 'text', locale: 'text', to_address: 'text', subject: 'text', text_body: 'text', message_id: 'text',
      status: 'text', attempts: 'integer', next_attempt_at: 'timestamptz', last_error: 'text', sent_at: 'timestamptz', failed_at: 'timestamptz', created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    messages,
  );
  await insertRows(
    tx,
    'job_alert_deliveries',
    { organisation_id: 'uuid', person_id: 'uuid', vacancy_id: 'uuid', mode: 'text', mail_message_id: 'uuid', sent_at: 'timestamptz' },
    alerts,
    'ON CONFLICT DO NOTHING',
  );

  // Clicks on shared links: mostly in the first weeks after sharing, WhatsApp first. Derived from the link's code.
  await tx.query(
    `INSERT INTO share_link_clicks (organisation_id, share_link_id, channel, day, clicks)
     SELECT l.organisation_id, l.id,
            (ARRAY['whatsapp', 'whatsapp', 'whatsapp', 'linkedin', 'linkedin', 'email', 'copy', 'direct', 'qr', 'whatsapp'])[1 + get_byte(h.b, 1) % 10],
            (l.created_at AT TIME ZONE 'Europe/Amsterdam')::date + d.n, 1 + get_byte(h.b, 2) % 4
       FROM share_links l
       CROSS JOIN generate_series(0, 40) AS d(n)
       CROSS JOIN LATERAL (SELECT sha256(convert_to(l.code || ':' || d.n, 'UTF8')) AS b) h
      WHERE l.organisation_id = $1 AND l.id = ANY($2::uuid[])
        AND get_byte(h.b, 0) < 120 - 3 * d.n
        AND (l.created_at AT TIME ZONE 'Europe/Amsterdam')::date + d.n <= $3::date
     ON CONFLICT DO NOTHING`,
    [org, ctx.shareLinkIds, day(0)],
  );
}
