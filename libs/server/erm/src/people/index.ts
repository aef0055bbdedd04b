export * from './people.module';
export { SegmentsService } from './segments/segments.service';
export { SegmentEntity } from './segments/segment.entity';
export type { PeopleFilter } from './filter/people-filter';
export { PeopleErrorCodes } from './people.errors';
