import { DataSource } from 'typeorm';

/** A talent pool straight into the database (pool CRUD itself is tested through the API). */
export async function createPool(dataSource: DataSource, organisationId: string, options: { name?: string; public?: boolean; archived?: boolean } = {}): Promise<string> {
  const [row] = await dataSource.query(
    `INSERT INTO talent_pools (organisation_id, name, public, archived_at) VALUES ($1, $2, $3, CASE WHEN $4 THEN now() END) RETURNING id`,
    [organisationId, options.name ?? `Pool ${Math.random().toString(36).slice(2, 8)}`, options.public ?? true, options.archived ?? false],
  );
  return row.id;
}

export async function slugOf(dataSource: DataSource, organisationId: string): Promise<string> {
  const [row] = await dataSource.query(`SELECT slug FROM organisations WHERE id = $1`, [organisationId]);
  return row.slug;
}

/** A person without an account, in a given phase. */
export async function createPerson(
  dataSource: DataSource,
  organisationId: string,
  options: { email?: string; firstName?: string; phase?: string; location?: string | null } = {},
): Promise<string> {
  const [row] = await dataSource.query(
    `INSERT INTO people (organisation_id, first_name, email, phase, location) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [organisationId, options.firstName ?? 'Kim', options.email ?? null, options.phase ?? 'information', options.location ?? null],
  );
  return row.id;
}

/** The token in a link of the newest mail of this kind to an address (`/talent-pool/confirm?token=…`). */
export async function linkToken(dataSource: DataSource, to: string, kind: string): Promise<string> {
  const [row] = await dataSource.query(`SELECT text_body FROM mail_messages WHERE to_address = $1 AND kind = $2 ORDER BY created_at DESC LIMIT 1`, [to, kind]);
  const match = row?.text_body?.match(/\/talent-pool\/(?:confirm|renew)\?token=([A-Za-z0-9_-]{20,})/);
  if (!match) throw new Error(`no ${kind} mail with a link for ${to}`);
  return match[1];
}
