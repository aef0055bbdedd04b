import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PeopleController } from './directory/people.controller';
import { PeopleDirectoryRepository } from './directory/people-directory.repository';
import { PeopleService } from './directory/people.service';
import { SegmentEntity } from './segments/segment.entity';
import { SegmentsAdminService } from './segments/segments-admin.service';
import { SegmentsController } from './segments/segments.controller';
import { SegmentsRepository } from './segments/segments.repository';
import { SegmentsService } from './segments/segments.service';
import { TimelineController } from './timeline/timeline.controller';
import { TimelineRepository } from './timeline/timeline.repository';
import { TimelineService } from './timeline/timeline.service';

const CORE_PROVIDERS = [PeopleDirectoryRepository, SegmentsRepository, SegmentsService];

/** People: services and repositories without controllers, shared by the API and the worker (SegmentsService for events and mailings). */
@Module({
  imports: [TypeOrmModule.forFeature([SegmentEntity])],
  providers: CORE_PROVIDERS,
  exports: CORE_PROVIDERS,
})
export class PeopleCoreModule {}

/** People, segments and timelines over HTTP (HR only). */
@Module({
  imports: [PeopleCoreModule],
  controllers: [PeopleController, TimelineController, SegmentsController],
  providers: [PeopleService, SegmentsAdminService, TimelineService, TimelineRepository],
})
export class PeopleModule {}
