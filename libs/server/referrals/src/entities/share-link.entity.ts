import { Column, Entity } from 'typeorm';
import { OrganisationScopedEntity } from '@kring/server-database';
import type { ShareChannel } from '@kring/shared-domain';

/** A referrer's personal link to one vacancy: /r/<code>. */
@Entity('share_links')
export class ShareLinkEntity extends OrganisationScopedEntity {
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'uuid' }) ownerUserId: string;
  @Column({ type: 'uuid' }) vacancyId: string;
}

/** Clicks per link, channel and day (a counter, not a log of visitors). */
@Entity('share_link_clicks')
export class ShareLinkClickEntity {
  @Column({ type: 'uuid' }) organisationId: string;
  @Column({ type: 'uuid', primary: true }) shareLinkId: string;
  @Column({ type: 'text', primary: true }) channel: ShareChannel;
  @Column({ type: 'date', primary: true }) day: string;
  @Column({ type: 'integer', default: 0 }) clicks: number;
}

/** An organisation's own names for the open pipeline stages. */
@Entity('pipeline_stage_names')
export class PipelineStageNameEntity {
  @Column({ type: 'uuid', primary: true }) organisationId: string;
  @Column({ type: 'text', primary: true }) stage: 'new' | 'screening' | 'interview' | 'offer';
  @Column({ type: 'text' }) nameNl: string;
  @Column({ type: 'text' }) nameEn: string;
}
