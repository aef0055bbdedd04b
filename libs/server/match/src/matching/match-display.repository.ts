import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';

/** Why the person may be approached at all (shown to HR; never scored). */
export type MatchAudience = 'alumnus' | 'employee' | 'talent_pool' | 'candidate' | 'contact';

/** What HR sees of a ranked person. Read only for the returned page, after ranking; never an input to the score. */
export interface MatchDisplayRow {
  personId: string;
  firstName: string;
  lastName: string;
  functionTitle: string | null;
  region: string | null;
  languages: string[];
  availableFrom: string | null;
  audience: MatchAudience;
  /** The person's skill URIs, to name which of their skills made a vacancy skill "related". */
  skillUris: string[];
}

@Injectable()
export class MatchDisplayRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forPeople(organisationId: OrganisationId, personIds: string[], tx?: Tx): Promise<Map<string, MatchDisplayRow>> {
    if (!personIds.length) return new Map();
    const rows: MatchDisplayRow[] = await managerOf(this.dataSource, tx).query(
      `SELECT p.id AS "personId", p.first_name AS "firstName", p.last_name AS "lastName", p.function_title AS "functionTitle",
              pr.region, coalesce(pr.languages, '{}') AS languages, pr.available_from::text AS "availableFrom",
              CASE WHEN p.phase = 'exit' THEN 'alumnus'
                   WHEN p.phase = 'employment' THEN 'employee'
                   WHEN EXISTS (SELECT 1 FROM talent_pool_members m WHERE m.organisation_id = p.organisation_id AND m.person_id = p.id) THEN 'talent_pool'
                   WHEN p.source IN ('referral', 'application') THEN 'candidate'
                   ELSE 'contact' END AS audience,
              coalesce((SELECT array_agg(s.uri ORDER BY s.uri) FROM person_skills s
                         WHERE s.organisation_id = p.organisation_id AND s.person_id = p.id), '{}') AS "skillUris"
         FROM people p
         LEFT JOIN person_match_profiles pr ON pr.organisation_id = p.organisation_id AND pr.person_id = p.id
        WHERE p.organisation_id = $1 AND p.id = ANY($2::uuid[])`,
      [organisationId, personIds],
    );
    return new Map(rows.map((row) => [row.personId, row]));
  }
}
