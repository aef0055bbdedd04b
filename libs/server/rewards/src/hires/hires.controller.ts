import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { HiresService } from './hires.service';
import { HireReferralIdParams, RecordHireLeftInput } from './inputs/hire-left.input';
import { HireLeftOutput } from './outputs/hire-left.output';

@ApiTags('rewards')
@Controller('referrals/:id/hire-left')
export class HiresController {
  constructor(private readonly hires: HiresService) {}

  @Post()
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'recordHireLeft', summary: 'Record that a hire left; unpaid rewards due after the last day are cancelled' })
  @ApiOkResponse({ type: HireLeftOutput })
  record(@Auth() auth: AuthContext, @Param() params: HireReferralIdParams, @Body() body: RecordHireLeftInput): Promise<HireLeftOutput> {
    return this.hires.recordLeft(auth, params.id, body);
  }
}
