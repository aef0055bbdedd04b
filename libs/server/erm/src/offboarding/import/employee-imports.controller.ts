import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { ImportIdParams, ImportRowsQuery, UploadEmployeeImportInput } from './import.inputs';
import { EmployeeImportOutput, EmployeeImportRowsOutput } from './import.outputs';
import { ImportService } from './import.service';

@ApiTags('employee-import')
@Controller('employee-imports')
export class EmployeeImportsController {
  constructor(private readonly imports: ImportService) {}

  @Post()
  @Roles('hr_admin')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ operationId: 'uploadEmployeeImport', summary: 'Upload an HR file: stores a dry run (per-row errors and changes); changes nothing yet' })
  @ApiCreatedResponse({ type: EmployeeImportOutput })
  upload(@Auth() auth: AuthContext, @Body() body: UploadEmployeeImportInput): Promise<EmployeeImportOutput> {
    return this.imports.dryRun(auth, body);
  }

  @Get()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listEmployeeImports', summary: 'Recent employee imports, newest first' })
  @ApiOkResponse({ type: EmployeeImportOutput, isArray: true })
  list(@Auth() auth: AuthContext): Promise<EmployeeImportOutput[]> {
    return this.imports.list(auth);
  }

  @Get(':id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getEmployeeImport', summary: 'One import: status, counts and apply progress' })
  @ApiOkResponse({ type: EmployeeImportOutput })
  get(@Auth() auth: AuthContext, @Param() params: ImportIdParams): Promise<EmployeeImportOutput> {
    return this.imports.get(auth, params.id);
  }

  @Get(':id/rows')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listEmployeeImportRows', summary: 'The dry run per row: errors, changes (old → new), offboarding' })
  @ApiOkResponse({ type: EmployeeImportRowsOutput })
  rows(@Auth() auth: AuthContext, @Param() params: ImportIdParams, @Query() query: ImportRowsQuery): Promise<EmployeeImportRowsOutput> {
    return this.imports.rows(auth, params, query);
  }

  @Post(':id/apply')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'applyEmployeeImport', summary: 'Apply the dry run in the background (idempotent); poll the import for progress' })
  @ApiOkResponse({ type: EmployeeImportOutput })
  apply(@Auth() auth: AuthContext, @Param() params: ImportIdParams): Promise<EmployeeImportOutput> {
    return this.imports.apply(auth, params.id);
  }
}
