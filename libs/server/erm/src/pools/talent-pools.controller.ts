import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import {
  AddPoolMembersInput,
  CreateTalentPoolInput,
  ListPoolMembersInput,
  ListTalentPoolsInput,
  PoolIdParams,
  PoolMemberParams,
  UpdateTalentPoolInput,
} from './inputs/talent-pool.input';
import { AddPoolMembersOutput, PoolMemberListOutput, TalentPoolListOutput, TalentPoolOutput } from './outputs/talent-pool.output';
import { TalentPoolsService } from './talent-pools.service';

@ApiTags('talent-pools')
@Controller('talent-pools')
export class TalentPoolsController {
  constructor(private readonly pools: TalentPoolsService) {}

  @Get()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listTalentPools', summary: 'Talent pools with their member counts (archived ones on request)' })
  @ApiOkResponse({ type: TalentPoolListOutput })
  list(@Auth() auth: AuthContext, @Query() query: ListTalentPoolsInput): Promise<TalentPoolListOutput> {
    return this.pools.list(auth, query.includeArchived ?? false);
  }

  @Post()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'createTalentPool', summary: 'Create a talent pool (names are unique, ignoring case)' })
  @ApiCreatedResponse({ type: TalentPoolOutput })
  create(@Auth() auth: AuthContext, @Body() body: CreateTalentPoolInput): Promise<TalentPoolOutput> {
    return this.pools.create(auth, body);
  }

  @Get(':id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getTalentPool', summary: 'One talent pool' })
  @ApiOkResponse({ type: TalentPoolOutput })
  get(@Auth() auth: AuthContext, @Param() params: PoolIdParams): Promise<TalentPoolOutput> {
    return this.pools.get(auth, params.id);
  }

  @Patch(':id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'updateTalentPool', summary: 'Rename, describe, show on the public form, archive or restore a talent pool' })
  @ApiOkResponse({ type: TalentPoolOutput })
  update(@Auth() auth: AuthContext, @Param() params: PoolIdParams, @Body() body: UpdateTalentPoolInput): Promise<TalentPoolOutput> {
    return this.pools.update(auth, params.id, body);
  }

  @Get(':id/members')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listTalentPoolMembers', summary: 'Members of a talent pool, newest first, paged' })
  @ApiOkResponse({ type: PoolMemberListOutput })
  members(@Auth() auth: AuthContext, @Param() params: PoolIdParams, @Query() query: ListPoolMembersInput): Promise<PoolMemberListOutput> {
    return this.pools.members(auth, params.id, query);
  }

  @Post(':id/members')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'addTalentPoolMembers', summary: 'Add people to a talent pool (they move to orientation where the phase rule allows)' })
  @ApiOkResponse({ type: AddPoolMembersOutput })
  addMembers(@Auth() auth: AuthContext, @Param() params: PoolIdParams, @Body() body: AddPoolMembersInput): Promise<AddPoolMembersOutput> {
    return this.pools.addMembers(auth, params.id, body);
  }

  @Delete(':id/members/:personId')
  @HttpCode(204)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'removeTalentPoolMember', summary: 'Remove a person from a talent pool' })
  @ApiNoContentResponse()
  removeMember(@Auth() auth: AuthContext, @Param() params: PoolMemberParams): Promise<void> {
    return this.pools.removeMember(auth, params.id, params.personId);
  }
}
