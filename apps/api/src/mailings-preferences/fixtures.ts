import type { DataSource } from 'typeorm';
import { extract } from '@kring/server-match';
import type { HttpClient } from '../testing/http-client';

/**
 * An open Dutch Java vacancy whose first five suggested skills HR confirmed, and the ESCO skills of an English CV line
 * that shares some of them: people given `personSkills` are matched to the vacancy (when they consent).
 */
export async function profiledJavaVacancy(dataSource: DataSource, organisationId: string, hr: HttpClient): Promise<{ vacancyId: string; personSkills: string[] }> {
  const [vacancy] = await dataSource.query(
    `INSERT INTO vacancies (organisation_id, title, description_markdown, status) VALUES ($1, $2, $3, 'open') RETURNING id`,
    [organisationId, 'Java-ontwikkelaar', 'Wij zoeken een Java-ontwikkelaar die werkt met PostgreSQL en SQL. Je programmeert in Java en schrijft unit tests.'],
  );
  const suggested = await hr.post(`/api/vacancies/${vacancy.id}/match-profile/suggest`);
  if (suggested.status !== 200) throw new Error(`suggest answered ${suggested.status}`);
  const confirmed = (suggested.body.skills as Array<{ uri: string }>).slice(0, 5).map((s) => ({ uri: s.uri, kind: 'essential' }));
  const put = await hr.request('PUT', `/api/vacancies/${vacancy.id}/match-profile`, { body: { skills: confirmed, occupations: [] } });
  if (put.status !== 200) throw new Error(`match-profile answered ${put.status}`);
  const personSkills = (await extract('Java developer with years of experience in PostgreSQL, SQL and unit testing.', { lang: 'en' })).skills.map((s) => s.uri);
  if (!personSkills.some((uri) => confirmed.some((c) => c.uri === uri))) throw new Error('the CV line shares no skill with the vacancy');
  return { vacancyId: vacancy.id as string, personSkills };
}
