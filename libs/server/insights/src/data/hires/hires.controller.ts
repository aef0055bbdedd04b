import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { HiresService } from './hires.service';
import { HireIdParams, HireInput, ListHiresInput } from './inputs/hire.input';
import { HireListOutput, HireOutput } from './outputs/hire.output';

@ApiTags('insights')
@Controller()
export class HiresController {
  constructor(private readonly hires: HiresService) {}

  @Get('insights/hires')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listHires', summary: 'Hires of every channel (referral hires are kept by Kring and read-only)' })
  @ApiOkResponse({ type: HireListOutput })
  list(@Auth() auth: AuthContext, @Query() query: ListHiresInput): Promise<HireListOutput> {
    return this.hires.list(auth, query);
  }

  @Post('insights/hires')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'createHire', summary: 'Record a hire of another channel' })
  @ApiOkResponse({ type: HireOutput })
  create(@Auth() auth: AuthContext, @Body() body: HireInput): Promise<HireOutput> {
    return this.hires.create(auth, body);
  }

  @Get('insights/hires/:id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getHire', summary: 'One hire' })
  @ApiOkResponse({ type: HireOutput })
  get(@Auth() auth: AuthContext, @Param() params: HireIdParams): Promise<HireOutput> {
    return this.hires.get(auth, params.id);
  }

  @Put('insights/hires/:id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'updateHire', summary: 'Change a hire of another channel (not a referral hire)' })
  @ApiOkResponse({ type: HireOutput })
  update(@Auth() auth: AuthContext, @Param() params: HireIdParams, @Body() body: HireInput): Promise<HireOutput> {
    return this.hires.update(auth, params.id, body);
  }

  @Delete('insights/hires/:id')
  @HttpCode(204)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'deleteHire', summary: 'Delete a hire of another channel (not a referral hire)' })
  @ApiNoContentResponse()
  remove(@Auth() auth: AuthContext, @Param() params: HireIdParams): Promise<void> {
    return this.hires.remove(auth, params.id);
  }
}
