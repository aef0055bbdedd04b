import { DataSource } from 'typeorm';
import type { Audience, ProgrammeKind } from '@kring/shared-domain';

/** A programme straight into the database (tests of programme CRUD go through the API instead). */
export async function createProgramme(
  dataSource: DataSource,
  organisationId: string,
  options: {
    kind?: ProgrammeKind;
    audiences?: Audience[];
    name?: string;
    startsAt?: Date | null;
    endsAt?: Date | null;
    ownershipDays?: number;
    ownershipScope?: 'candidate' | 'vacancy';
    consentTimeoutDays?: number;
    allowHiringTeamReferrals?: boolean;
    vacancyIds?: string[];
  } = {},
): Promise<string> {
  const kind = options.kind ?? 'internal';
  const audiences =
    options.audiences ?? (kind === 'internal' ? ['employee_permanent', 'employee_flex'] : kind === 'external' ? ['external_referrer'] : ['employee_permanent', 'employee_flex', 'alumnus', 'external_referrer']);
  const [row] = await dataSource.query(
    `INSERT INTO programmes (organisation_id, name, kind, audiences, starts_at, ends_at, vacancy_scope, ownership_days, ownership_scope,
                             consent_timeout_days, allow_hiring_team_referrals)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      organisationId,
      options.name ?? `${kind} programme`,
      kind,
      audiences,
      options.startsAt ?? null,
      options.endsAt ?? null,
      options.vacancyIds ? 'selected' : 'all_open',
      options.ownershipDays ?? 180,
      options.ownershipScope ?? 'candidate',
      options.consentTimeoutDays ?? 14,
      options.allowHiringTeamReferrals ?? false,
    ],
  );
  for (const vacancyId of options.vacancyIds ?? []) {
    await dataSource.query(`INSERT INTO programme_vacancies (organisation_id, programme_id, vacancy_id) VALUES ($1, $2, $3)`, [organisationId, row.id, vacancyId]);
  }
  return row.id;
}

export async function createVacancy(
  dataSource: DataSource,
  organisationId: string,
  options: { title?: string; status?: 'draft' | 'open' | 'closed'; hiringManagerUserId?: string | null } = {},
): Promise<string> {
  const [row] = await dataSource.query(
    `INSERT INTO vacancies (organisation_id, title, status, hiring_manager_user_id, opened_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`,
    [organisationId, options.title ?? 'Verpleegkundige', options.status ?? 'open', options.hiringManagerUserId ?? null],
  );
  return row.id;
}

/** A multipart/form-data body as a browser would send it, for Fastify's inject. */
export async function multipart(fields: Record<string, string>, file?: { field: string; name: string; data: Buffer; type?: string }) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file) form.append(file.field, new Blob([file.data], { type: file.type ?? 'application/octet-stream' }), file.name);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! };
}
