import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Authenticated } from '@kring/server-identity';
import { ListRatingsDueInput, RatingInput, RatingOutput, RatingParams, RatingsDueOutput } from './ratings.dto';
import { RatingsService } from './ratings.service';

/** Signed in: HR rates every hire; a hiring manager only the hires of their vacancies (others get 404). */
@ApiTags('insights')
@Controller()
export class RatingsController {
  constructor(private readonly ratings: RatingsService) {}

  @Put('insights/hires/:id/ratings/:months')
  @Authenticated()
  @ApiOperation({ operationId: 'rateHire', summary: 'Quality of hire after 6 or 12 months (1-5), by HR or the hiring manager' })
  @ApiOkResponse({ type: RatingOutput })
  rate(@Auth() auth: AuthContext, @Param() params: RatingParams, @Body() body: RatingInput): Promise<RatingOutput> {
    return this.ratings.rate(auth, params.id, params.months, body);
  }

  @Get('insights/ratings/due')
  @Authenticated()
  @ApiOperation({ operationId: 'listQualityRatingsDue', summary: 'Hires whose 6- or 12-month rating is due (HR: all; a manager: their vacancies)' })
  @ApiOkResponse({ type: RatingsDueOutput })
  due(@Auth() auth: AuthContext, @Query() query: ListRatingsDueInput): Promise<RatingsDueOutput> {
    return this.ratings.due(auth, query);
  }
}
