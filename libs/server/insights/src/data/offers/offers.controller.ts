import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { ListOffersInput, OfferIdParams, OfferInput, OfferListOutput, OfferOutput } from './offers.dto';
import { OffersService } from './offers.service';

@ApiTags('insights')
@Controller()
export class OffersController {
  constructor(private readonly offers: OffersService) {}

  @Get('insights/offers')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listOffers', summary: 'Offers of every channel (referral offers are kept by Kring and read-only)' })
  @ApiOkResponse({ type: OfferListOutput })
  list(@Auth() auth: AuthContext, @Query() query: ListOffersInput): Promise<OfferListOutput> {
    return this.offers.list(auth, query);
  }

  @Post('insights/offers')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'createOffer', summary: 'Record an offer of another channel' })
  @ApiOkResponse({ type: OfferOutput })
  create(@Auth() auth: AuthContext, @Body() body: OfferInput): Promise<OfferOutput> {
    return this.offers.create(auth, body);
  }

  @Put('insights/offers/:id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'updateOffer', summary: 'Change an offer of another channel, e.g. its outcome' })
  @ApiOkResponse({ type: OfferOutput })
  update(@Auth() auth: AuthContext, @Param() params: OfferIdParams, @Body() body: OfferInput): Promise<OfferOutput> {
    return this.offers.update(auth, params.id, body);
  }

  @Delete('insights/offers/:id')
  @HttpCode(204)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'deleteOffer', summary: 'Delete an offer of another channel' })
  @ApiNoContentResponse()
  remove(@Auth() auth: AuthContext, @Param() params: OfferIdParams): Promise<void> {
    return this.offers.remove(auth, params.id);
  }
}
