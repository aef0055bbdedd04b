import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { LogTouchpointForPeopleInput, LogTouchpointInput, MovePeopleInput, MovePersonInput } from './inputs/bulk.input';
import { ListPeopleInput } from './inputs/list-people.input';
import { CreatePersonInput, PersonIdParams, UpdatePersonInput } from './inputs/person.input';
import { MovePeopleOutput, PersonDetailOutput, PersonListOutput, TouchpointsLoggedOutput } from './outputs/person.output';
import { PeopleService } from './people.service';

@ApiTags('people')
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listPeople', summary: 'People of your organisation under a segment filter and a name/email search, paged' })
  @ApiOkResponse({ type: PersonListOutput })
  list(@Auth() auth: AuthContext, @Query() query: ListPeopleInput): Promise<PersonListOutput> {
    return this.people.list(auth, query);
  }

  @Post()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'createPerson', summary: 'Add a person by hand; 409 person_email_taken (with existingPersonId) when the email is known' })
  @ApiCreatedResponse({ type: PersonDetailOutput })
  create(@Auth() auth: AuthContext, @Body() body: CreatePersonInput): Promise<PersonDetailOutput> {
    return this.people.create(auth, body);
  }

  @Post('phase')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'movePeople', summary: 'Move many people to a phase by hand, with a reason' })
  @ApiOkResponse({ type: MovePeopleOutput })
  moveMany(@Auth() auth: AuthContext, @Body() body: MovePeopleInput): Promise<MovePeopleOutput> {
    return this.people.move(auth, body.personIds, body);
  }

  @Post('touchpoints')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'logTouchpointForPeople', summary: 'Log one manual touchpoint for each of these people' })
  @ApiCreatedResponse({ type: TouchpointsLoggedOutput })
  logMany(@Auth() auth: AuthContext, @Body() body: LogTouchpointForPeopleInput): Promise<TouchpointsLoggedOutput> {
    return this.people.logTouchpoint(auth, body.personIds, body);
  }

  @Get(':id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getPerson', summary: 'One person with engagement, phase history and consents' })
  @ApiOkResponse({ type: PersonDetailOutput })
  get(@Auth() auth: AuthContext, @Param() params: PersonIdParams): Promise<PersonDetailOutput> {
    return this.people.get(auth, params.id);
  }

  @Patch(':id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'updatePerson', summary: "Change a person's profile; the email stays unique in the organisation" })
  @ApiOkResponse({ type: PersonDetailOutput })
  update(@Auth() auth: AuthContext, @Param() params: PersonIdParams, @Body() body: UpdatePersonInput): Promise<PersonDetailOutput> {
    return this.people.update(auth, params.id, body);
  }

  @Post(':id/phase')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'movePerson', summary: 'Move one person to a phase by hand, with a reason' })
  @ApiOkResponse({ type: MovePeopleOutput })
  move(@Auth() auth: AuthContext, @Param() params: PersonIdParams, @Body() body: MovePersonInput): Promise<MovePeopleOutput> {
    return this.people.moveOne(auth, params.id, body);
  }

  @Post(':id/touchpoints')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'logTouchpoint', summary: 'Log a manual touchpoint for one person (e.g. coffee with a recruiter)' })
  @ApiCreatedResponse({ type: TouchpointsLoggedOutput })
  log(@Auth() auth: AuthContext, @Param() params: PersonIdParams, @Body() body: LogTouchpointInput): Promise<TouchpointsLoggedOutput> {
    return this.people.logTouchpointFor(auth, params.id, body);
  }
}
