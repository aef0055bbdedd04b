import type { DataSource } from 'typeorm';
import type { HttpClient } from './http-client';

/** Getters, because specs set these up in beforeAll. */
interface Sources {
  dataSource: () => DataSource;
  organisationId: () => string;
  hr: () => HttpClient;
  vacancyId: () => string;
}

/**
 * What Search & Match holds about a person, for tests that change their matching consent: the people HR's matches list
 * for the vacancy returns, the person's maintained score rows, and the consent end ranking reads (person_match_profiles).
 */
export function matchState({ dataSource, organisationId, hr, vacancyId }: Sources) {
  return {
    matchedIds: async (): Promise<string[]> => {
      const res = await hr().get(`/api/vacancies/${vacancyId()}/matches?limit=100`);
      if (res.status !== 200) throw new Error(`GET matches answered ${res.status}`);
      return (res.body.items as Array<{ personId: string }>).map((m) => m.personId);
    },
    scoreRows: async (personId: string): Promise<number> =>
      Number(
        (await dataSource().query(`SELECT count(*) AS n FROM match_scores WHERE organisation_id = $1 AND person_id = $2`, [organisationId(), personId]))[0].n,
      ),
    consentUntil: async (personId: string): Promise<Date | null> =>
      (
        await dataSource().query(`SELECT matching_consent_until FROM person_match_profiles WHERE organisation_id = $1 AND person_id = $2`, [
          organisationId(),
          personId,
        ])
      )[0].matching_consent_until,
  };
}
