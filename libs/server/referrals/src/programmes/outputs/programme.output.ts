import { ApiProperty } from '@nestjs/swagger';
import {
  AUDIENCES,
  OWNERSHIP_SCOPES,
  PROGRAMME_KINDS,
  VACANCY_SCOPES,
  type Audience,
  type OwnershipScope,
  type ProgrammeKind,
  type VacancyScope,
} from '@kring/shared-domain';
import type { ProgrammeEntity } from '../../entities';
import { renderMarkdown } from '../../markdown/markdown';
import { PROGRAMME_STATUSES } from '../inputs/list-programmes.input';
import { isAction, statusOf, type ProgrammeStatus } from '../programme-choice';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export class ProgrammeOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PROGRAMME_KINDS, enumName: 'ProgrammeKind' }) kind: ProgrammeKind;
  @ApiProperty({ enum: AUDIENCES, enumName: 'Audience', isArray: true }) audiences: Audience[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startsAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt: string | null;
  @ApiProperty({ description: 'A time-boxed referral action (has endsAt) rather than an ongoing programme' }) isAction: boolean;
  @ApiProperty({ enum: PROGRAMME_STATUSES, enumName: 'ProgrammeStatus' }) status: ProgrammeStatus;
  @ApiProperty({ enum: VACANCY_SCOPES, enumName: 'VacancyScope' }) vacancyScope: VacancyScope;
  @ApiProperty({ type: String, format: 'uuid', isArray: true }) vacancyIds: string[];
  @ApiProperty() ownershipDays: number;
  @ApiProperty({ enum: OWNERSHIP_SCOPES, enumName: 'OwnershipScope' }) ownershipScope: OwnershipScope;
  @ApiProperty() consentTimeoutDays: number;
  @ApiProperty() allowHiringTeamReferrals: boolean;
  @ApiProperty() termsMarkdown: string;
  @ApiProperty({ description: 'Sanitised HTML rendered from termsMarkdown' }) termsHtml: string;
  @ApiProperty() rewardSummary: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(p: ProgrammeEntity, vacancyIds: string[], now: Date): ProgrammeOutput {
    return {
      id: p.id,
      name: p.name,
      kind: p.kind,
      audiences: p.audiences,
      startsAt: iso(p.startsAt),
      endsAt: iso(p.endsAt),
      isAction: isAction(p),
      status: statusOf(p, now),
      vacancyScope: p.vacancyScope,
      vacancyIds,
      ownershipDays: p.ownershipDays,
      ownershipScope: p.ownershipScope,
      consentTimeoutDays: p.consentTimeoutDays,
      allowHiringTeamReferrals: p.allowHiringTeamReferrals,
      termsMarkdown: p.termsMarkdown,
      termsHtml: renderMarkdown(p.termsMarkdown),
      rewardSummary: p.rewardSummary,
      archivedAt: iso(p.archivedAt),
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
    };
  }
}

export class ProgrammeListOutput {
  @ApiProperty({ type: ProgrammeOutput, isArray: true }) items: ProgrammeOutput[];
  @ApiProperty() total: number;
}
