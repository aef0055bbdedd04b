import { ApiProperty } from '@nestjs/swagger';
import { SegmentFilterInput } from '../../filter/people-filter.input';
import { PersonOutput } from '../../directory/outputs/person.output';
import type { SegmentRow } from '../segments.repository';

const iso = (date: Date) => new Date(date).toISOString();

export class SegmentOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: SegmentFilterInput }) filter: SegmentFilterInput;
  @ApiProperty({ description: 'How many people are in the segment now' }) count: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdByUserId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(row: SegmentRow, count: number): SegmentOutput {
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      filter: row.filter,
      count,
      createdByUserId: row.createdByUserId,
      createdAt: iso(row.createdAt),
      updatedAt: iso(row.updatedAt),
    };
  }
}

export class SegmentListOutput {
  @ApiProperty({ type: SegmentOutput, isArray: true }) items: SegmentOutput[];
}

/** People in a segment (or under an unsaved filter): one page and the total, under the same WHERE clause. */
export class SegmentPeopleOutput {
  @ApiProperty({ type: PersonOutput, isArray: true }) items: PersonOutput[];
  @ApiProperty() total: number;
}

export class SegmentCountOutput {
  @ApiProperty() total: number;
}
