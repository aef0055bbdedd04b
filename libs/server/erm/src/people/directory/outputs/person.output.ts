import { ApiProperty } from '@nestjs/swagger';
import {
  CONSENT_PURPOSES,
  CONSENT_STATUSES,
  ENGAGEMENT_LEVELS,
  LOCALES,
  PERSON_SOURCES,
  PHASE_CAUSES,
  PHASES,
  type ConsentPurpose,
  type ConsentStatus,
  type EngagementLevel,
  type Locale,
  type PersonSource,
  type Phase,
  type PhaseCause,
} from '@kring/shared-domain';
import type { PersonRow } from '../people-directory.repository';

const iso = (date: Date | string | null) => (date ? new Date(date).toISOString() : null);

/** A person in HR's lists. */
export class PersonOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ enum: LOCALES, enumName: 'Locale' }) locale: Locale;
  @ApiProperty({ enum: PHASES, enumName: 'Phase' }) phase: Phase;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ type: String, nullable: true }) functionTitle: string | null;
  @ApiProperty({ type: String, nullable: true }) department: string | null;
  @ApiProperty({ type: String, isArray: true }) skills: string[];
  @ApiProperty({ type: String, isArray: true }) tags: string[];
  @ApiProperty({ type: String, isArray: true }) interests: string[];
  @ApiProperty({ enum: PERSON_SOURCES, enumName: 'PersonSource' }) source: PersonSource;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startDate: string | null;
  @ApiProperty({ format: 'date-time' }) phaseChangedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set when a former employee came back' })
  boomerangAt: string | null;
  @ApiProperty({ description: 'Recency-weighted touchpoints over the last 12 months (see docs/developer/erm-people.md)' })
  engagementScore: number;
  @ApiProperty({ enum: ENGAGEMENT_LEVELS, enumName: 'EngagementLevel' }) engagementLevel: EngagementLevel;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(row: PersonRow): PersonOutput {
    return {
      id: row.id,
      firstName: row.firstName,
      lastName: row.lastName,
      email: row.email,
      phone: row.phone,
      locale: row.locale,
      phase: row.phase,
      location: row.location,
      functionTitle: row.functionTitle,
      department: row.department,
      skills: row.skills,
      tags: row.tags,
      interests: row.interests,
      source: row.source,
      startDate: row.startDate,
      phaseChangedAt: iso(row.phaseChangedAt)!,
      boomerangAt: iso(row.boomerangAt),
      engagementScore: row.engagementScore,
      engagementLevel: row.engagementLevel,
      createdAt: iso(row.createdAt)!,
      updatedAt: iso(row.updatedAt)!,
    };
  }
}

export class PersonListOutput {
  @ApiProperty({ type: PersonOutput, isArray: true }) items: PersonOutput[];
  @ApiProperty({ description: 'How many people match the filter (all pages)' }) total: number;
}

export class PhaseTransitionOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PHASES, enumName: 'Phase', nullable: true }) fromPhase: Phase | null;
  @ApiProperty({ enum: PHASES, enumName: 'Phase' }) toPhase: Phase;
  @ApiProperty({ enum: PHASE_CAUSES, enumName: 'PhaseCause' }) cause: PhaseCause;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorUserId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
}

export class ConsentOutput {
  @ApiProperty({ enum: CONSENT_PURPOSES, enumName: 'ConsentPurpose' }) purpose: ConsentPurpose;
  @ApiProperty({ enum: CONSENT_STATUSES, enumName: 'ConsentStatus' }) status: ConsentStatus;
  @ApiProperty({ description: 'True when granted and not expired now' }) active: boolean;
  @ApiProperty() source: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) givenAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt: string | null;
}

/** One person as HR's profile page shows them: profile, engagement, phase history (oldest first) and current consents. */
export class PersonDetailOutput extends PersonOutput {
  @ApiProperty({ type: PhaseTransitionOutput, isArray: true }) phaseHistory: PhaseTransitionOutput[];
  @ApiProperty({ type: ConsentOutput, isArray: true }) consents: ConsentOutput[];
  @ApiProperty({ description: 'Has a login (user) in this organisation' }) hasAccount: boolean;
}

export class MovedPersonOutput {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ enum: PHASES, enumName: 'Phase' }) fromPhase: Phase;
  @ApiProperty({ description: 'This move brought a former employee back (exit → entry/employment)' }) boomerang: boolean;
}

export class MovePeopleOutput {
  @ApiProperty({ type: MovedPersonOutput, isArray: true }) moved: MovedPersonOutput[];
  @ApiProperty({ description: 'People of your organisation that were already in the target phase' }) unchanged: number;
  @ApiProperty({ description: 'Ids that are not people of your organisation (ignored)' }) ignored: number;
  @ApiProperty({
    type: String,
    format: 'uuid',
    isArray: true,
    description: 'People with a user account not moved because the move goes into or out of entry, employment or exit (hiring or offboarding does that)',
  })
  refused: string[];
}

export class TouchpointsLoggedOutput {
  @ApiProperty({ description: 'How many touchpoints were written (one per person)' }) recorded: number;
}

export { iso };
