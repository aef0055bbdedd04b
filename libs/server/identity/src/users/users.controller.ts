import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../access/access.decorators';
import { Auth, AuthContext } from '../access/auth-context';
import { InvitationsService } from '../invitations/invitations.service';
import { InviteUserInput } from './inputs/invite-user.input';
import { ListUsersInput } from './inputs/list-users.input';
import { UserIdParams } from './inputs/user-id.input';
import { UserListOutput, UserSummaryOutput } from './outputs/user-summary.output';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listUsers', summary: 'User accounts of your organisation' })
  @ApiOkResponse({ type: UserListOutput })
  list(@Auth() auth: AuthContext, @Query() query: ListUsersInput): Promise<UserListOutput> {
    return this.users.list(auth, query);
  }

  @Post()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'inviteUser', summary: 'Invite someone by mail to an account with the given roles' })
  @ApiCreatedResponse({ type: UserSummaryOutput })
  invite(@Auth() auth: AuthContext, @Body() body: InviteUserInput): Promise<UserSummaryOutput> {
    return this.invitations.invite(auth, body);
  }

  @Get(':id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getUser', summary: 'One user account' })
  @ApiOkResponse({ type: UserSummaryOutput })
  get(@Auth() auth: AuthContext, @Param() params: UserIdParams): Promise<UserSummaryOutput> {
    return this.users.get(auth, params.id);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'deactivateUser', summary: 'Deactivate an account; its sessions end at once' })
  @ApiOkResponse({ type: UserSummaryOutput })
  deactivate(@Auth() auth: AuthContext, @Param() params: UserIdParams): Promise<UserSummaryOutput> {
    return this.users.deactivate(auth, params.id);
  }
}
