import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles } from '@kring/server-identity';
import { PageInput } from '@kring/server-http';
import { LogTouchpointInput } from '../directory/inputs/bulk.input';
import { TouchpointsLoggedOutput } from '../directory/outputs/person.output';
import { CreateSegmentInput, PreviewSegmentInput, SegmentIdParams, UpdateSegmentInput } from './inputs/segment.input';
import { SegmentCountOutput, SegmentListOutput, SegmentOutput, SegmentPeopleOutput } from './outputs/segment.output';
import { SegmentsAdminService } from './segments-admin.service';

@ApiTags('segments')
@Controller('segments')
export class SegmentsController {
  constructor(private readonly segments: SegmentsAdminService) {}

  @Get()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listSegments', summary: 'Saved segments with their current count' })
  @ApiOkResponse({ type: SegmentListOutput })
  list(@Auth() auth: AuthContext): Promise<SegmentListOutput> {
    return this.segments.list(auth);
  }

  @Post()
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'createSegment', summary: 'Save a filter over people as a segment; 409 segment_name_taken' })
  @ApiCreatedResponse({ type: SegmentOutput })
  create(@Auth() auth: AuthContext, @Body() body: CreateSegmentInput): Promise<SegmentOutput> {
    return this.segments.create(auth, body);
  }

  @Post('preview')
  @HttpCode(200)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'previewSegment', summary: 'Count and first page of people for an unsaved filter (the editor’s live count)' })
  @ApiOkResponse({ type: SegmentPeopleOutput })
  preview(@Auth() auth: AuthContext, @Body() body: PreviewSegmentInput): Promise<SegmentPeopleOutput> {
    return this.segments.preview(auth, body);
  }

  @Get(':id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'getSegment', summary: 'One segment with its current count' })
  @ApiOkResponse({ type: SegmentOutput })
  get(@Auth() auth: AuthContext, @Param() params: SegmentIdParams): Promise<SegmentOutput> {
    return this.segments.get(auth, params.id);
  }

  @Patch(':id')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'updateSegment', summary: 'Rename a segment, change its description or replace its filter' })
  @ApiOkResponse({ type: SegmentOutput })
  update(@Auth() auth: AuthContext, @Param() params: SegmentIdParams, @Body() body: UpdateSegmentInput): Promise<SegmentOutput> {
    return this.segments.update(auth, params.id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'deleteSegment', summary: 'Delete a segment (the people stay)' })
  @ApiNoContentResponse()
  delete(@Auth() auth: AuthContext, @Param() params: SegmentIdParams): Promise<void> {
    return this.segments.delete(auth, params.id);
  }

  @Get(':id/people')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'listSegmentPeople', summary: 'The people in a segment now, paged, with the total' })
  @ApiOkResponse({ type: SegmentPeopleOutput })
  people(@Auth() auth: AuthContext, @Param() params: SegmentIdParams, @Query() query: PageInput): Promise<SegmentPeopleOutput> {
    return this.segments.people(auth, params.id, query);
  }

  @Get(':id/count')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'countSegmentPeople', summary: 'How many people are in a segment now' })
  @ApiOkResponse({ type: SegmentCountOutput })
  count(@Auth() auth: AuthContext, @Param() params: SegmentIdParams): Promise<SegmentCountOutput> {
    return this.segments.count(auth, params.id);
  }

  @Post(':id/touchpoints')
  @Roles('hr_admin')
  @ApiOperation({ operationId: 'logSegmentTouchpoint', summary: 'Log one manual touchpoint for everyone in the segment (e.g. Christmas card sent)' })
  @ApiCreatedResponse({ type: TouchpointsLoggedOutput })
  log(@Auth() auth: AuthContext, @Param() params: SegmentIdParams, @Body() body: LogTouchpointInput): Promise<TouchpointsLoggedOutput> {
    return this.segments.logTouchpoint(auth, params.id, body);
  }
}
