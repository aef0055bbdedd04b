import { DataSource } from 'typeorm';

let n = 0;

/**
 * A referral already hired, straight into the database (the e2e story in rewards.e2e-spec.ts goes through the API).
 * `createdAt` is the submission time the reward rule is resolved by; the vacancy's hard-to-fill flag is snapshot
 * by the database on insert, as for a real submission.
 */
export async function insertHire(
  dataSource: DataSource,
  o: { organisationId: string; programmeId: string; referrerUserId: string; vacancyId?: string | null; createdAt: Date; hiredAt?: Date; startDate: string; probationMonths: number },
): Promise<string> {
  const [row] = await dataSource.query(
    `INSERT INTO referrals (organisation_id, programme_id, vacancy_id, referrer_user_id, candidate_name, candidate_email, consent_state, consent_due_at,
                            consent_decided_at, stage, stage_changed_at, start_date, probation_months, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'consented', $7, $7, 'hired', $8, $9, $10, $7) RETURNING id`,
    [o.organisationId, o.programmeId, o.vacancyId ?? null, o.referrerUserId, `Kandidaat ${++n}`, `kandidaat.${n}.${Date.now()}@example.test`, o.createdAt, o.hiredAt ?? o.createdAt, o.startDate, o.probationMonths],
  );
  return row.id;
}

/** A small RFC 4180 reader (quoted fields, doubled quotes, CRLF), to read the payroll CSV back as a spreadsheet would. */
export function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === separator) {
      endField();
    } else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

export async function rewardMails(dataSource: DataSource, to: string): Promise<Array<{ subject: string; text: string }>> {
  return dataSource.query(`SELECT subject, text_body AS text FROM mail_messages WHERE to_address = $1 AND kind = 'reward_update' ORDER BY created_at, id`, [to]);
}

export async function ledgerOf(dataSource: DataSource, organisationId: string) {
  const rows: Array<{ id: string; referral_id: string; milestone_key: string; status: string; amount_cents: number; points: number; due_on: string; cancel_reason: string | null; rule_id: string; audience: string }> =
    await dataSource.query(
      `SELECT id, referral_id, milestone_key, status, amount_cents, points, due_on::text, cancel_reason, rule_id, audience
         FROM reward_ledger WHERE organisation_id = $1 ORDER BY due_on, milestone_key, referral_id`,
      [organisationId],
    );
  return rows;
}
