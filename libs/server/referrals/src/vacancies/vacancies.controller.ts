import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { CreateVacancyInput } from './inputs/create-vacancy.input';
import { ListVacanciesInput } from './inputs/list-vacancies.input';
import { UpdateVacancyInput } from './inputs/update-vacancy.input';
import { VacancyIdParams } from './inputs/vacancy-id.input';
import { VacancyListOutput, VacancyOutput } from './outputs/vacancy.output';
import { VacanciesService } from './vacancies.service';

@ApiTags('vacancies')
@Controller('vacancies')
export class VacanciesController {
  constructor(private readonly vacancies: VacanciesService) {}

  @Post()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'createVacancy', summary: 'Create a vacancy (draft or open)' })
  @ApiCreatedResponse({ type: VacancyOutput })
  create(@Auth() auth: AuthContext, @Body() body: CreateVacancyInput): Promise<VacancyOutput> {
    return this.vacancies.create(auth, body);
  }

  @Get()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listVacancies', summary: 'Vacancies of your organisation in every status, with filters and search' })
  @ApiOkResponse({ type: VacancyListOutput })
  list(@Auth() auth: AuthContext, @Query() query: ListVacanciesInput): Promise<VacancyListOutput> {
    return this.vacancies.list(auth, query);
  }

  @Get(':id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getVacancy', summary: 'One vacancy, with its description rendered' })
  @ApiOkResponse({ type: VacancyOutput })
  get(@Auth() auth: AuthContext, @Param() params: VacancyIdParams): Promise<VacancyOutput> {
    return this.vacancies.get(auth, params.id);
  }

  @Patch(':id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'updateVacancy', summary: 'Change a vacancy; status goes draft → open → closed, and closed → open' })
  @ApiOkResponse({ type: VacancyOutput })
  update(@Auth() auth: AuthContext, @Param() params: VacancyIdParams, @Body() body: UpdateVacancyInput): Promise<VacancyOutput> {
    return this.vacancies.update(auth, params.id, body);
  }
}
