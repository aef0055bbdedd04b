import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { CharitiesService } from './charities.service';
import { CharityIdParams, CreateCharityInput, UpdateCharityInput } from './inputs/charity.input';
import { CharityOutput } from './outputs/charity.output';

@ApiTags('rewards')
@Controller()
export class CharitiesController {
  constructor(private readonly charities: CharitiesService) {}

  @Get('rewards/charities')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listCharities', summary: 'Charities your organisation lists, active and inactive' })
  @ApiOkResponse({ type: CharityOutput, isArray: true })
  list(@Auth() auth: AuthContext): Promise<CharityOutput[]> {
    return this.charities.list(auth, false);
  }

  @Post('rewards/charities')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'createCharity', summary: 'List a charity referrers may donate rewards to' })
  @ApiCreatedResponse({ type: CharityOutput })
  create(@Auth() auth: AuthContext, @Body() body: CreateCharityInput): Promise<CharityOutput> {
    return this.charities.create(auth, body);
  }

  @Patch('rewards/charities/:id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'updateCharity', summary: 'Rename a charity or (de)activate it' })
  @ApiOkResponse({ type: CharityOutput })
  update(@Auth() auth: AuthContext, @Param() params: CharityIdParams, @Body() body: UpdateCharityInput): Promise<CharityOutput> {
    return this.charities.update(auth, params.id, body);
  }

  @Get('my/charities')
  @Roles('employee', 'alumnus', 'external_referrer', 'hr_admin')
  @ApiOperation({ operationId: 'listActiveCharities', summary: 'Charities you may donate a reward to' })
  @ApiOkResponse({ type: CharityOutput, isArray: true })
  active(@Auth() auth: AuthContext): Promise<CharityOutput[]> {
    return this.charities.list(auth, true);
  }
}
