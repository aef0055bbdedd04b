import { DataSource } from 'typeorm';

/** The link token in the newest queued mail to an address (bodies of sensitive mails exist until sent). */
export async function tokenFromLatestMail(dataSource: DataSource, to: string, kind: string): Promise<string> {
  const rows: Array<{ text_body: string | null }> = await dataSource.query(
    `SELECT text_body FROM mail_messages WHERE to_address = $1 AND kind = $2 ORDER BY created_at DESC LIMIT 1`,
    [to, kind],
  );
  const match = rows[0]?.text_body?.match(/token=([A-Za-z0-9_-]{20,})/);
  if (!match) throw new Error(`no ${kind} mail with a token for ${to}`);
  return match[1]!;
}

export async function mailCount(dataSource: DataSource, to: string): Promise<number> {
  const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM mail_messages WHERE to_address = $1`, [to]);
  return row.n;
}
