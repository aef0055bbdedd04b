import { DataSource } from 'typeorm';
import type { Locale, Phase } from '@kring/shared-domain';

let counter = 0;

/** A person straight into the database (phase and start date as given; the trigger writes the first history row). */
export async function createPerson(
  dataSource: DataSource,
  organisationId: string,
  options: { firstName?: string; lastName?: string; email?: string | null; locale?: Locale; phase?: Phase; startDate?: string | null; department?: string | null } = {},
): Promise<{ id: string; email: string | null }> {
  const email = options.email === undefined ? `starter-${Date.now().toString(36)}-${counter++}@example.test` : options.email;
  const [row] = await dataSource.query(
    `INSERT INTO people (organisation_id, first_name, last_name, email, locale, phase, start_date, department)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      organisationId,
      options.firstName ?? 'Noah',
      options.lastName ?? 'Smit',
      email,
      options.locale ?? 'nl',
      options.phase ?? 'entry',
      options.startDate ?? null,
      options.department ?? null,
    ],
  );
  return { id: row.id, email };
}

/** The default template of the demo story, as the API takes it. */
export const welcomeTemplate = (overrides: Record<string, unknown> = {}) => ({
  name: 'Welkom',
  isDefault: true,
  tasks: [
    { titleNl: 'Documenten uploaden', titleEn: 'Upload documents', dueOffsetDays: -14, assignee: 'starter' },
    { titleNl: 'Kennismaken met je buddy', titleEn: 'Meet your buddy', dueOffsetDays: -7, assignee: 'starter', descriptionNl: 'Een kop koffie', descriptionEn: 'A cup of coffee' },
    { titleNl: 'Laptop en pas klaarzetten', titleEn: 'Prepare laptop and badge', dueOffsetDays: -2, assignee: 'hr' },
    { titleNl: 'Rooster bekijken', titleEn: 'Check your roster', dueOffsetDays: -3, assignee: 'starter', department: 'Zorg' },
    { titleNl: 'Eerste werkdag', titleEn: 'First working day', dueOffsetDays: 0, assignee: 'starter' },
    { titleNl: 'Evaluatie eerste week', titleEn: 'First-week check-in', dueOffsetDays: 5, assignee: 'hr' },
  ],
  ...overrides,
});
