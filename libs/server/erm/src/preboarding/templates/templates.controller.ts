import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { PreboardingTemplateIdParams, PreboardingTemplateInput } from './inputs/template.input';
import { PreboardingTemplateOutput } from './outputs/template.output';
import { PreboardingTemplatesService } from './templates.service';

@ApiTags('preboarding')
@Controller('preboarding/templates')
export class PreboardingTemplatesController {
  constructor(private readonly templates: PreboardingTemplatesService) {}

  @Get()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listPreboardingTemplates', summary: 'Checklist templates with their tasks (default first)' })
  @ApiOkResponse({ type: PreboardingTemplateOutput, isArray: true })
  list(@Auth() auth: AuthContext): Promise<PreboardingTemplateOutput[]> {
    return this.templates.list(auth);
  }

  @Post()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'createPreboardingTemplate', summary: 'Create a checklist template (as default: replaces the previous default)' })
  @ApiCreatedResponse({ type: PreboardingTemplateOutput })
  create(@Auth() auth: AuthContext, @Body() body: PreboardingTemplateInput): Promise<PreboardingTemplateOutput> {
    return this.templates.create(auth, body);
  }

  @Get(':id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getPreboardingTemplate', summary: 'One checklist template with its tasks' })
  @ApiOkResponse({ type: PreboardingTemplateOutput })
  get(@Auth() auth: AuthContext, @Param() params: PreboardingTemplateIdParams): Promise<PreboardingTemplateOutput> {
    return this.templates.get(auth, params.id);
  }

  @Put(':id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'updatePreboardingTemplate', summary: 'Replace a template and its tasks (existing checklists keep their copy)' })
  @ApiOkResponse({ type: PreboardingTemplateOutput })
  update(@Auth() auth: AuthContext, @Param() params: PreboardingTemplateIdParams, @Body() body: PreboardingTemplateInput): Promise<PreboardingTemplateOutput> {
    return this.templates.update(auth, params.id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'deletePreboardingTemplate', summary: 'Delete a template (existing checklists keep their tasks)' })
  @ApiNoContentResponse()
  delete(@Auth() auth: AuthContext, @Param() params: PreboardingTemplateIdParams): Promise<void> {
    return this.templates.delete(auth, params.id);
  }
}
