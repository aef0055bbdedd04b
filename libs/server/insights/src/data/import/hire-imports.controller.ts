import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { HireImportIdParams, HireImportOutput, UploadHireImportInput } from './hire-imports.dto';
import { HireImportsService } from './hire-imports.service';

@ApiTags('insights')
@Controller()
export class HireImportsController {
  constructor(private readonly imports: HireImportsService) {}

  @Post('insights/hire-imports')
  @Roles('hr_admin')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ operationId: 'uploadHireImport', summary: 'Upload an ATS export of hires: stores a preview with per-row problems; changes nothing yet' })
  @ApiCreatedResponse({ type: HireImportOutput })
  upload(@Auth() auth: AuthContext, @Body() body: UploadHireImportInput): Promise<HireImportOutput> {
    return this.imports.preview(auth, body);
  }

  @Get('insights/hire-imports')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listHireImports', summary: 'Recent hire imports, newest first' })
  @ApiOkResponse({ type: HireImportOutput, isArray: true })
  list(@Auth() auth: AuthContext): Promise<HireImportOutput[]> {
    return this.imports.list(auth);
  }

  @Get('insights/hire-imports/:id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getHireImport', summary: 'One hire import: preview counts and problems, or what apply did' })
  @ApiOkResponse({ type: HireImportOutput })
  get(@Auth() auth: AuthContext, @Param() params: HireImportIdParams): Promise<HireImportOutput> {
    return this.imports.get(auth, params.id);
  }

  @Post('insights/hire-imports/:id/apply')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'applyHireImport', summary: 'Write the valid rows in one transaction, updating hires with the same ATS reference' })
  @ApiOkResponse({ type: HireImportOutput })
  apply(@Auth() auth: AuthContext, @Param() params: HireImportIdParams): Promise<HireImportOutput> {
    return this.imports.apply(auth, params.id);
  }
}
