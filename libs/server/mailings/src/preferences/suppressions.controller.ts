import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { SuppressionsService } from './suppressions.service';
import { AddSuppressionInput, ListSuppressionsInput, SuppressionEmailQuery } from './inputs/suppressions.input';
import { SuppressionListOutput, SuppressionOutput } from './outputs/preferences.output';

/** HR's view of the suppression list. */
@ApiTags('mailings')
@Controller('mailings/suppressions')
export class SuppressionsController {
  constructor(private readonly suppressions: SuppressionsService) {}

  @Get()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listMailSuppressions', summary: 'Suppressed addresses, newest first' })
  @ApiOkResponse({ type: SuppressionListOutput })
  list(@Auth() auth: AuthContext, @Query() query: ListSuppressionsInput): Promise<SuppressionListOutput> {
    return this.suppressions.list(auth.organisationId, query);
  }

  @Post()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'addMailSuppression', summary: 'Suppress an address by hand (idempotent)' })
  @ApiCreatedResponse({ type: SuppressionOutput })
  add(@Auth() auth: AuthContext, @Body() body: AddSuppressionInput): Promise<SuppressionOutput> {
    return this.suppressions.add(auth, body);
  }

  @Delete()
  @HttpCode(204)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'removeMailSuppression', summary: 'Lift a suppression (audited); bulk mail may reach the address again' })
  @ApiNoContentResponse()
  remove(@Auth() auth: AuthContext, @Query() query: SuppressionEmailQuery): Promise<void> {
    return this.suppressions.remove(auth, query.email);
  }
}
