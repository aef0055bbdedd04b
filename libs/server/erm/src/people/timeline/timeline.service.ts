import { Injectable } from '@nestjs/common';
import type { AuthContext } from '@kring/server-identity';
import { PageInput } from '@kring/server-http';
import { PeopleDirectoryRepository } from '../directory/people-directory.repository';
import { personNotFound } from '../people.errors';
import { TimelineDetailsOutput, TimelineOutput } from './outputs/timeline.output';
import { TimelineRepository } from './timeline.repository';

export const TIMELINE_PAGE_SIZE = 50;

/** HR's chronological view of one person. */
@Injectable()
export class TimelineService {
  constructor(
    private readonly timeline: TimelineRepository,
    private readonly directory: PeopleDirectoryRepository,
  ) {}

  async get(auth: AuthContext, personId: string, page: PageInput): Promise<TimelineOutput> {
    if ((await this.directory.existing(auth.organisationId, [personId])).length === 0) throw personNotFound();
    const { items, total } = await this.timeline.page(auth.organisationId, personId, {
      limit: page.limit ?? TIMELINE_PAGE_SIZE,
      offset: page.offset ?? 0,
    });
    return {
      items: items.map((row) => ({
        id: row.id,
        kind: row.kind,
        at: new Date(row.at).toISOString(),
        actorUserId: row.actorUserId,
        actorName: row.actorName,
        details: row.details as TimelineDetailsOutput,
      })),
      total,
    };
  }
}
