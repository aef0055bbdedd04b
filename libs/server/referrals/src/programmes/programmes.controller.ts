import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { CreateProgrammeInput } from './inputs/create-programme.input';
import { ListProgrammesInput } from './inputs/list-programmes.input';
import { ProgrammeIdParams } from './inputs/programme-id.input';
import { UpdateProgrammeInput } from './inputs/update-programme.input';
import { ProgrammeListOutput, ProgrammeOutput } from './outputs/programme.output';
import { ProgrammesService } from './programmes.service';

@ApiTags('programmes')
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Post()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'createProgramme', summary: 'Create a referral programme, or a referral action when it has an end' })
  @ApiCreatedResponse({ type: ProgrammeOutput })
  create(@Auth() auth: AuthContext, @Body() body: CreateProgrammeInput): Promise<ProgrammeOutput> {
    return this.programmes.create(auth, body);
  }

  @Get()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listProgrammes', summary: 'Referral programmes and actions of your organisation' })
  @ApiOkResponse({ type: ProgrammeListOutput })
  list(@Auth() auth: AuthContext, @Query() query: ListProgrammesInput): Promise<ProgrammeListOutput> {
    return this.programmes.list(auth, query);
  }

  @Get(':id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getProgramme', summary: 'One referral programme or action' })
  @ApiOkResponse({ type: ProgrammeOutput })
  get(@Auth() auth: AuthContext, @Param() params: ProgrammeIdParams): Promise<ProgrammeOutput> {
    return this.programmes.get(auth, params.id);
  }

  @Patch(':id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'updateProgramme', summary: 'Change a referral programme or action' })
  @ApiOkResponse({ type: ProgrammeOutput })
  update(@Auth() auth: AuthContext, @Param() params: ProgrammeIdParams, @Body() body: UpdateProgrammeInput): Promise<ProgrammeOutput> {
    return this.programmes.update(auth, params.id, body);
  }

  @Post(':id/make-ongoing')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'makeProgrammeOngoing', summary: 'Turn a referral action into an ongoing programme (removes its end)' })
  @ApiOkResponse({ type: ProgrammeOutput })
  makeOngoing(@Auth() auth: AuthContext, @Param() params: ProgrammeIdParams): Promise<ProgrammeOutput> {
    return this.programmes.makeOngoing(auth, params.id);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'archiveProgramme', summary: 'Archive a programme; it no longer applies to new referrals' })
  @ApiOkResponse({ type: ProgrammeOutput })
  archive(@Auth() auth: AuthContext, @Param() params: ProgrammeIdParams): Promise<ProgrammeOutput> {
    return this.programmes.archive(auth, params.id);
  }
}
