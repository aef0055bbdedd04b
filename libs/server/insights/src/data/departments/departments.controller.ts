import { Controller, Get, Injectable } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OrganisationId } from '@kring/server-database';
import { Auth, AuthContext, Roles } from '@kring/server-identity';

/** At most this many departments are listed (a filter list, not an export). */
export const DEPARTMENTS_LIMIT = 500;

export class DepartmentListOutput {
  @ApiProperty({ type: [String], description: `Distinct department names, sorted; at most ${DEPARTMENTS_LIMIT}` }) items: string[];
}

/**
 * The department names the dashboard's department filter can match: the KPIs filter on the vacancy's department
 * (referrals, rewards, surveys), on hires and offers, and on people (referrers, employees). Exact names, as the filter
 * compares them.
 */
@Injectable()
export class DepartmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(organisationId: OrganisationId): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT department FROM (
         SELECT department FROM vacancies WHERE organisation_id = $1 AND department IS NOT NULL
         UNION SELECT department FROM hires WHERE organisation_id = $1 AND department IS NOT NULL
         UNION SELECT department FROM offers WHERE organisation_id = $1 AND department IS NOT NULL
         UNION SELECT department FROM people WHERE organisation_id = $1 AND department IS NOT NULL) d
        WHERE btrim(department) <> ''
        ORDER BY lower(department), department LIMIT $2`,
      [organisationId, DEPARTMENTS_LIMIT],
    )) as { department: string }[];
    return rows.map((r) => r.department);
  }
}

@ApiTags('insights')
@Controller()
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsRepository) {}

  @Get('insights/departments')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listInsightsDepartments', summary: 'Department names for the dashboard filter (vacancies, hires, offers, people)' })
  @ApiOkResponse({ type: DepartmentListOutput })
  async list(@Auth() auth: AuthContext): Promise<DepartmentListOutput> {
    return { items: await this.departments.list(auth.organisationId) };
  }
}
