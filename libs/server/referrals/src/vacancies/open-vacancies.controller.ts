import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { ListOpenVacanciesInput } from './inputs/list-vacancies.input';
import { VacancyIdParams } from './inputs/vacancy-id.input';
import { OpenVacancyListOutput, OpenVacancyOutput } from './outputs/open-vacancy.output';
import { OpenVacanciesService } from './open-vacancies.service';

@ApiTags('vacancies')
@Controller('open-vacancies')
export class OpenVacanciesController {
  constructor(private readonly openVacancies: OpenVacanciesService) {}

  @Get()
  @Roles('employee', 'alumnus', 'external_referrer', 'hr_admin')
  @ApiOperation({ operationId: 'listOpenVacancies', summary: 'Open vacancies you may refer for, with the programme that applies' })
  @ApiOkResponse({ type: OpenVacancyListOutput })
  list(@Auth() auth: AuthContext, @Query() query: ListOpenVacanciesInput): Promise<OpenVacancyListOutput> {
    return this.openVacancies.list(auth, query);
  }

  @Get(':id')
  @Roles('employee', 'alumnus', 'external_referrer', 'hr_admin')
  @ApiOperation({ operationId: 'getOpenVacancy', summary: 'An open vacancy you may refer for, with the programme terms' })
  @ApiOkResponse({ type: OpenVacancyOutput })
  get(@Auth() auth: AuthContext, @Param() params: VacancyIdParams): Promise<OpenVacancyOutput> {
    return this.openVacancies.get(auth, params.id);
  }
}
