import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { CreateOffboardingInput, ListEmployeesInput, ListOffboardingsInput, OffboardingIdParams, UpdateOffboardingInput } from './inputs/offboarding.input';
import { OffboardingService } from './offboarding.service';
import { EmployeeListOutput, OffboardingOutput } from './outputs/offboarding.output';

@ApiTags('offboarding')
@Controller()
export class OffboardingsController {
  constructor(private readonly offboarding: OffboardingService) {}

  @Get('employees')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listEmployees', summary: 'Current employees with their scheduled offboarding (optionally former employees too)' })
  @ApiOkResponse({ type: EmployeeListOutput })
  employees(@Auth() auth: AuthContext, @Query() query: ListEmployeesInput): Promise<EmployeeListOutput> {
    return this.offboarding.employees(auth, query);
  }

  @Get('offboardings')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listOffboardings', summary: 'Offboardings: scheduled first, then carried out and cancelled' })
  @ApiOkResponse({ type: OffboardingOutput, isArray: true })
  list(@Auth() auth: AuthContext, @Query() query: ListOffboardingsInput): Promise<OffboardingOutput[]> {
    return this.offboarding.list(auth, query);
  }

  @Post('offboardings')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'createOffboarding', summary: 'Record that an employee leaves; a leaving date of today or earlier takes effect at once' })
  @ApiCreatedResponse({ type: OffboardingOutput })
  create(@Auth() auth: AuthContext, @Body() body: CreateOffboardingInput): Promise<OffboardingOutput> {
    return this.offboarding.create(auth, body);
  }

  @Get('offboardings/:id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getOffboarding', summary: 'One offboarding' })
  @ApiOkResponse({ type: OffboardingOutput })
  get(@Auth() auth: AuthContext, @Param() params: OffboardingIdParams): Promise<OffboardingOutput> {
    return this.offboarding.get(auth, params.id);
  }

  @Patch('offboardings/:id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'updateOffboarding', summary: 'Change a scheduled offboarding (date, reason, rehire, note)' })
  @ApiOkResponse({ type: OffboardingOutput })
  update(@Auth() auth: AuthContext, @Param() params: OffboardingIdParams, @Body() body: UpdateOffboardingInput): Promise<OffboardingOutput> {
    return this.offboarding.update(auth, params.id, body);
  }

  @Post('offboardings/:id/cancel')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'cancelOffboarding', summary: 'Cancel a scheduled offboarding before its date' })
  @ApiOkResponse({ type: OffboardingOutput })
  cancel(@Auth() auth: AuthContext, @Param() params: OffboardingIdParams): Promise<OffboardingOutput> {
    return this.offboarding.cancel(auth, params.id);
  }
}
