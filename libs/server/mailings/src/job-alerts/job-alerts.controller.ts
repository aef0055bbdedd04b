import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { JobAlertIdParams, JobAlertInput } from './inputs/job-alert.input';
import { JobAlertListOutput, JobAlertOutput } from './outputs/job-alert.output';
import { JobAlertsService } from './job-alerts.service';

/** Your own job alerts, as an alumnus or external referrer (employees use the internal vacancy list). */
@ApiTags('job-alerts')
@Controller('me/job-alerts')
export class JobAlertsController {
  constructor(private readonly alerts: JobAlertsService) {}

  @Get()
  @Roles('alumnus', 'external_referrer')
  @ApiOperation({ operationId: 'listMyJobAlerts', summary: 'Your job alerts and whether job alerts may be mailed to you' })
  @ApiOkResponse({ type: JobAlertListOutput })
  list(@Auth() auth: AuthContext): Promise<JobAlertListOutput> {
    return this.alerts.list(auth);
  }

  @Post()
  @Roles('alumnus', 'external_referrer')
  @ApiOperation({ operationId: 'createMyJobAlert', summary: 'Save a job alert (grants job_alerts consent for 24 months)' })
  @ApiCreatedResponse({ type: JobAlertOutput })
  create(@Auth() auth: AuthContext, @Body() body: JobAlertInput): Promise<JobAlertOutput> {
    return this.alerts.create(auth, body);
  }

  @Put(':id')
  @Roles('alumnus', 'external_referrer')
  @ApiOperation({ operationId: 'updateMyJobAlert', summary: 'Change a job alert (renews job_alerts consent for 24 months)' })
  @ApiOkResponse({ type: JobAlertOutput })
  update(@Auth() auth: AuthContext, @Param() params: JobAlertIdParams, @Body() body: JobAlertInput): Promise<JobAlertOutput> {
    return this.alerts.update(auth, params.id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('alumnus', 'external_referrer')
  @ApiOperation({ operationId: 'deleteMyJobAlert', summary: 'Delete a job alert' })
  @ApiNoContentResponse()
  delete(@Auth() auth: AuthContext, @Param() params: JobAlertIdParams): Promise<void> {
    return this.alerts.delete(auth, params.id);
  }
}
