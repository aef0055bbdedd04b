import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Public, RateLimit, Roles } from '@kring/server-identity';
import { StayInTouchChoiceInput, StayInTouchTokenInput, SubmitStayInTouchInput } from './inputs/stay-in-touch.input';
import { AlumnusConsentsOutput, StayInTouchOutput } from './outputs/stay-in-touch.output';
import { StayInTouchService } from './stay-in-touch.service';

const LIMIT = { name: 'stay-in-touch-link', windowSeconds: 900, limits: { ip: 30 } };

/** The leaver's stay-in-touch page (the mailed token is the credential) and the alumnus's own consents. */
@ApiTags('alumni')
@Controller()
export class StayInTouchController {
  constructor(private readonly stayInTouch: StayInTouchService) {}

  @Post('stay-in-touch/lookup')
  @HttpCode(200)
  @Public('leavers without an account use the mailed stay-in-touch token as the credential')
  @RateLimit(LIMIT)
  @ApiOperation({ operationId: 'lookupStayInTouch', summary: 'Whom the stay-in-touch link is for, and their current choices' })
  @ApiOkResponse({ type: StayInTouchOutput })
  lookup(@Body() body: StayInTouchTokenInput): Promise<StayInTouchOutput> {
    return this.stayInTouch.get(body.token);
  }

  @Post('stay-in-touch')
  @HttpCode(200)
  @Public('leavers without an account use the mailed stay-in-touch token as the credential')
  @RateLimit(LIMIT)
  @ApiOperation({ operationId: 'submitStayInTouch', summary: 'Choose newsletter, job alerts and events (ticked: granted for 24 months; others withdrawn)' })
  @ApiOkResponse({ type: StayInTouchOutput })
  submit(@Body() body: SubmitStayInTouchInput): Promise<StayInTouchOutput> {
    return this.stayInTouch.submit(body.token, body.purposes);
  }

  @Get('alumni/me/consents')
  @Roles('alumnus')
  @ApiOperation({ operationId: 'getMyAlumnusConsents', summary: 'Your stay-in-touch consents as an alumnus' })
  @ApiOkResponse({ type: AlumnusConsentsOutput })
  mine(@Auth() auth: AuthContext): Promise<AlumnusConsentsOutput> {
    return this.stayInTouch.mine(auth);
  }

  @Put('alumni/me/consents')
  @Roles('alumnus')
  @ApiOperation({ operationId: 'setMyAlumnusConsents', summary: 'Change your stay-in-touch consents (ticked: granted for 24 months; others withdrawn)' })
  @ApiOkResponse({ type: AlumnusConsentsOutput })
  setMine(@Auth() auth: AuthContext, @Body() body: StayInTouchChoiceInput): Promise<AlumnusConsentsOutput> {
    return this.stayInTouch.setMine(auth, body.purposes);
  }
}
