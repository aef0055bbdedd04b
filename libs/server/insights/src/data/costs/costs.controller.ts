import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { CostIdParams, CostInput, CostListOutput, CostOutput, ListCostsInput } from './costs.dto';
import { CostsService } from './costs.service';

@ApiTags('insights')
@Controller()
export class CostsController {
  constructor(private readonly costs: CostsService) {}

  @Get('insights/costs')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listRecruitmentCosts', summary: 'Recruitment costs per channel and period (amounts in cents)' })
  @ApiOkResponse({ type: CostListOutput })
  list(@Auth() auth: AuthContext, @Query() query: ListCostsInput): Promise<CostListOutput> {
    return this.costs.list(auth, query);
  }

  @Post('insights/costs')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'createRecruitmentCost', summary: 'Record money spent on a channel in a period' })
  @ApiOkResponse({ type: CostOutput })
  create(@Auth() auth: AuthContext, @Body() body: CostInput): Promise<CostOutput> {
    return this.costs.create(auth, body);
  }

  @Put('insights/costs/:id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'updateRecruitmentCost', summary: 'Change a recruitment cost' })
  @ApiOkResponse({ type: CostOutput })
  update(@Auth() auth: AuthContext, @Param() params: CostIdParams, @Body() body: CostInput): Promise<CostOutput> {
    return this.costs.update(auth, params.id, body);
  }

  @Delete('insights/costs/:id')
  @HttpCode(204)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'deleteRecruitmentCost', summary: 'Delete a recruitment cost' })
  @ApiNoContentResponse()
  remove(@Auth() auth: AuthContext, @Param() params: CostIdParams): Promise<void> {
    return this.costs.remove(auth, params.id);
  }
}
