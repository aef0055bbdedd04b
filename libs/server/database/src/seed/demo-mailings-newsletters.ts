import type { EntityManager } from 'typeorm';

const DAY = 86_400_000;
const SENT_NAME = 'Nieuwsbrief november: nieuwe locatie Leidsche Rijn';
const DRAFT_NAME = 'Kerstnieuwsbrief 2026';

const NOVEMBER = {
  nl: {
    subject: 'Nieuws uit De Linde, {{voornaam}}',
    preheader: 'Onze nieuwe locatie in Leidsche Rijn opent in maart',
    body: '# Hallo {{voornaam}},\n\nIn maart opent **De Linde Leidsche Rijn**: 40 plekken voor wijkverpleging en revalidatie.\n\nWe zoeken nog verpleegkundigen en verzorgenden. Ken je iemand, of wil je zelf terugkomen? Kijk op https://www.delinde.example/werken-bij.\n\nHartelijke groet,\nHanna de Vries, HR',
  },
  en: {
    subject: 'News from De Linde, {{firstName}}',
    preheader: 'Our new Leidsche Rijn site opens in March',
    body: '# Hello {{firstName}},\n\nIn March **De Linde Leidsche Rijn** opens: 40 places for district nursing and rehabilitation.\n\nWe are still looking for nurses and carers. Know someone, or want to come back yourself? See https://www.delinde.example/werken-bij.\n\nKind regards,\nHanna de Vries, HR',
  },
};

/**
 * Demo newsletters. Runs on every seed: must do nothing when its data is already there.
 * The story at Zorggroep De Linde: in November HR mailed the alumni around Utrecht about the new Leidsche Rijn site
 * (sent, with one delivery per alumnus who consented to the newsletter); the Christmas newsletter is still a draft.
 */
export async function seedDemoMailingsNewsletters(tx: EntityManager, organisationId: string, now: Date): Promise<void> {
  const [done] = await tx.query(`SELECT 1 FROM newsletters WHERE organisation_id = $1 AND name = $2`, [organisationId, SENT_NAME]);
  if (done) return;
  const [segment] = await tx.query(`SELECT id FROM segments WHERE organisation_id = $1 AND name = 'Alumni Utrecht'`, [organisationId]);
  const [hr] = await tx.query(`SELECT id FROM users WHERE organisation_id = $1 AND email = 'hr@demo.kring.localhost'`, [organisationId]);
  const [org] = await tx.query(`SELECT default_locale FROM organisations WHERE id = $1`, [organisationId]);
  const sentAt = new Date(now.getTime() - 20 * DAY);

  const [sent] = await tx.query(
    `INSERT INTO newsletters (organisation_id, name, status, segment_id, created_by_user_id, started_at, finished_at, created_at, updated_at)
     VALUES ($1, $2, 'sent', $3, $4, $5::timestamptz, $5::timestamptz + interval '2 minutes', $5::timestamptz - interval '2 days', $5::timestamptz) RETURNING id`,
    [organisationId, SENT_NAME, segment?.id ?? null, hr?.id ?? null, sentAt],
  );
  for (const [locale, v] of Object.entries(NOVEMBER)) {
    await tx.query(
      `INSERT INTO newsletter_variants (organisation_id, newsletter_id, locale, subject, preheader, body_markdown, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [organisationId, sent.id, locale, v.subject, v.preheader, v.body, sentAt],
    );
  }
  // The alumni around Utrecht with newsletter consent, each in their own language (the segment's filter, written out).
  await tx.query(
    `INSERT INTO newsletter_deliveries (id, organisation_id, newsletter_id, person_id, email, locale, status, attempts, next_attempt_at,
                                        message_id, sent_at, created_at, updated_at)
     SELECT r.id, $1, $2, r.person_id, r.email, r.locale, 'sent', 1, $3::timestamptz, '<' || r.id || '@demo.kring.localhost>', $3::timestamptz + interval '1 minute', $3::timestamptz, $3::timestamptz
       FROM (SELECT gen_random_uuid() AS id, p.id AS person_id, p.email, CASE WHEN p.locale IN ('nl', 'en') THEN p.locale ELSE $4 END AS locale
               FROM people p
              WHERE p.organisation_id = $1 AND p.phase = 'exit' AND p.email IS NOT NULL AND p.erased_at IS NULL
                AND lower(btrim(coalesce(p.location, ''))) = 'utrecht'
                AND EXISTS (SELECT 1 FROM consents c WHERE c.organisation_id = p.organisation_id AND c.person_id = p.id
                             AND c.purpose = 'newsletter' AND c.status = 'granted')) r
     ON CONFLICT DO NOTHING`,
    [organisationId, sent.id, sentAt, org?.default_locale ?? 'nl'],
  );

  const [draft] = await tx.query(
    `INSERT INTO newsletters (organisation_id, name, segment_id, created_by_user_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
    [organisationId, DRAFT_NAME, segment?.id ?? null, hr?.id ?? null, new Date(now.getTime() - DAY)],
  );
  await tx.query(
    `INSERT INTO newsletter_variants (organisation_id, newsletter_id, locale, subject, preheader, body_markdown, updated_at)
     VALUES ($1, $2, 'nl', 'Fijne feestdagen, {{voornaam}}', 'Een terugblik op 2026', $3, $4)`,
    [
      organisationId,
      draft.id,
      '# Fijne feestdagen, {{voornaam}}\n\nWat een jaar: een nieuwe locatie, 35 nieuwe collega’s via jullie aanbevelingen en een volle reünie in september.\n\n*Concept: foto’s van de reünie volgen nog.*',
      now,
    ],
  );
}
