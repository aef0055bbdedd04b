import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { BulkRejectInput, ListReferralsInput, MoveReferralInput, RecordConsentInput, ReferralIdParams, StageNamesInput } from './inputs/pipeline.input';
import {
  BulkRejectOutput,
  ReferralDetailOutput,
  ReferralListOutput,
  RefusedReferralOutput,
  StageNamesOutput,
} from './outputs/referral.output';
import { PipelineService } from './pipeline.service';

@ApiTags('pipeline')
@Controller()
export class PipelineController {
  constructor(private readonly pipeline: PipelineService) {}

  @Get('referrals')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listReferrals', summary: 'Referrals of your organisation, with counts per stage for the board' })
  @ApiOkResponse({ type: ReferralListOutput })
  list(@Auth() auth: AuthContext, @Query() query: ListReferralsInput): Promise<ReferralListOutput> {
    return this.pipeline.list(auth, query);
  }

  @Get('referrals/refused')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listRefusedReferrals', summary: 'Referrals the server refused (e.g. a candidate already referred)' })
  @ApiOkResponse({ type: RefusedReferralOutput, isArray: true })
  refused(@Auth() auth: AuthContext): Promise<RefusedReferralOutput[]> {
    return this.pipeline.refused(auth);
  }

  @Post('referrals/bulk-reject')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'bulkRejectReferrals', summary: 'Reject several referrals with one reason' })
  @ApiOkResponse({ type: BulkRejectOutput })
  bulkReject(@Auth() auth: AuthContext, @Body() body: BulkRejectInput): Promise<BulkRejectOutput> {
    return this.pipeline.bulkReject(auth, body);
  }

  @Get('referrals/:id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getReferral', summary: 'One referral with its history; personal data only after consent' })
  @ApiOkResponse({ type: ReferralDetailOutput })
  get(@Auth() auth: AuthContext, @Param() params: ReferralIdParams): Promise<ReferralDetailOutput> {
    return this.pipeline.get(auth, params.id);
  }

  @Post('referrals/:id/stage')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'moveReferral', summary: 'Move a referral to another stage (hired needs a start date and probation)' })
  @ApiOkResponse({ type: ReferralDetailOutput })
  move(@Auth() auth: AuthContext, @Param() params: ReferralIdParams, @Body() body: MoveReferralInput): Promise<ReferralDetailOutput> {
    return this.pipeline.move(auth, params.id, body);
  }

  @Post('referrals/:id/consent')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'recordReferralConsent', summary: 'Record consent the candidate gave by phone or in person (with a note)' })
  @ApiOkResponse({ type: ReferralDetailOutput })
  recordConsent(@Auth() auth: AuthContext, @Param() params: ReferralIdParams, @Body() body: RecordConsentInput): Promise<ReferralDetailOutput> {
    return this.pipeline.recordConsent(auth, params.id, body);
  }

  @Get('referrals/:id/cv')
  @Roles('hr_admin')
  @ApiProduces('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiOperation({ operationId: 'downloadReferralCv', summary: "Download the candidate's CV (after consent; audited)" })
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async cv(@Auth() auth: AuthContext, @Param() params: ReferralIdParams, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.pipeline.cv(auth, params.id);
    await reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('cache-control', 'private, no-store')
      .send(file.data);
  }

  @Get('pipeline/stage-names')
  @Roles('hr_admin', 'employee', 'alumnus', 'external_referrer')
  @ApiOperation({ operationId: 'getStageNames', summary: "Your organisation's names for the pipeline stages" })
  @ApiOkResponse({ type: StageNamesOutput })
  stageNames(@Auth() auth: AuthContext): Promise<StageNamesOutput> {
    return this.pipeline.stageNamesOf(auth);
  }

  @Put('pipeline/stage-names')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'setStageNames', summary: 'Rename the open pipeline stages (outcomes keep fixed names)' })
  @ApiOkResponse({ type: StageNamesOutput })
  setStageNames(@Auth() auth: AuthContext, @Body() body: StageNamesInput): Promise<StageNamesOutput> {
    return this.pipeline.setStageNames(auth, body);
  }
}
