import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth, AuthContext, Authenticated, Roles } from '@kring/server-identity';
import { ErasePersonInput, PersonIdParams } from './inputs/privacy.input';
import { ErasureOutput } from './outputs/privacy.output';
import { PersonExportFile, PrivacyService } from './privacy.service';

const exportSchema = { type: 'object', additionalProperties: true, description: 'The export document (format kring.person-export, see docs/developer/erm-privacy.md)' } as const;

const sendExport = (reply: FastifyReply, file: PersonExportFile) =>
  reply
    .header('content-type', 'application/json; charset=utf-8')
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(JSON.stringify(file.document, null, 2));

@ApiTags('privacy')
@Controller()
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  @Get('people/:id/export')
  @Roles('hr_admin')
  @ApiProduces('application/json')
  @ApiOperation({ operationId: 'exportPersonData', summary: "Everything Kring holds about a person, as a JSON download (GDPR art. 15/20; audited)" })
  @ApiOkResponse({ schema: exportSchema })
  async exportPerson(@Auth() auth: AuthContext, @Param() params: PersonIdParams, @Res() reply: FastifyReply): Promise<void> {
    await sendExport(reply, await this.privacy.exportPerson(auth, params.id));
  }

  @Get('me/export')
  @Authenticated()
  @ApiProduces('application/json')
  @ApiOperation({ operationId: 'exportMyData', summary: 'Everything Kring holds about you, as a JSON download (audited)' })
  @ApiOkResponse({ schema: exportSchema })
  async exportOwn(@Auth() auth: AuthContext, @Res() reply: FastifyReply): Promise<void> {
    await sendExport(reply, await this.privacy.exportOwn(auth));
  }

  @Post('people/:id/erase')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'erasePersonData', summary: "Erase a person's data for good (GDPR art. 17); refused for current employees and HR admins" })
  @ApiOkResponse({ type: ErasureOutput })
  async erase(@Auth() auth: AuthContext, @Param() params: PersonIdParams, @Body() body: ErasePersonInput): Promise<ErasureOutput> {
    const result = await this.privacy.erase(auth, params.id, body.reason);
    return { ...result, erasedAt: result.erasedAt.toISOString() };
  }
}
