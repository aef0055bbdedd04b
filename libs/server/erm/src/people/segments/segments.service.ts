import { Injectable } from '@nestjs/common';
import { Clock } from '@kring/server-config';
import { OrganisationId, Tx } from '@kring/server-database';
import { PeopleDirectoryRepository } from '../directory/people-directory.repository';
import { segmentNotFound } from '../people.errors';
import { SegmentsRepository } from './segments.repository';

/**
 * Segments as other areas use them (events invite a segment, mailings send to one): who is in a segment now.
 * Evaluated live at the clock's now, under the same WHERE clause as the segment's count and list.
 */
@Injectable()
export class SegmentsService {
  constructor(
    private readonly segments: SegmentsRepository,
    private readonly directory: PeopleDirectoryRepository,
    private readonly clock: Clock,
  ) {}

  /** The ids of the people in this segment now, sorted. Throws DomainError not_found for an unknown segment. */
  async peopleIds(organisationId: OrganisationId, segmentId: string, tx?: Tx): Promise<string[]> {
    const segment = await this.segments.findById(organisationId, segmentId, tx);
    if (!segment) throw segmentNotFound();
    return this.directory.ids(organisationId, segment.filter, this.clock.now(), tx);
  }
}
