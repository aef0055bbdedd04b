import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PHASES, type Phase } from '@kring/shared-domain';
import type { MatchAudience } from '../match-display.repository';
import { SCORE_PARTS, type ScorePart, type SkillKind } from '../ranking-plan';

export class ConceptOutput {
  @ApiProperty() uri: string;
  @ApiProperty({ description: 'Label in the requested language' }) label: string;
}

export class VacancyConceptOutput extends ConceptOutput {
  @ApiPropertyOptional({ enum: ['essential', 'optional'] }) kind?: SkillKind;
  @ApiProperty({ enum: ['suggested', 'confirmed'] }) status: 'suggested' | 'confirmed';
  @ApiProperty({ type: Number, nullable: true }) confidence: number | null;
  @ApiProperty({ type: Object, isArray: true, description: 'Words in the vacancy text that triggered the suggestion' }) evidence: unknown[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) confirmedAt: string | null;
}

export class VacancyMatchProfileOutput {
  @ApiProperty({ type: VacancyConceptOutput, isArray: true }) skills: VacancyConceptOutput[];
  @ApiProperty({ type: VacancyConceptOutput, isArray: true }) occupations: VacancyConceptOutput[];
  @ApiProperty({ type: String, nullable: true }) region: string | null;
  @ApiProperty({ type: Number, nullable: true }) latitude: number | null;
  @ApiProperty({ type: Number, nullable: true }) longitude: number | null;
  @ApiProperty({ type: String, isArray: true }) languages: string[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) startBy: string | null;
}

export class PersonConceptOutput extends ConceptOutput {
  @ApiProperty({ enum: ['confirmed_by_person', 'hr', 'extracted_profile', 'extracted_cv'] }) source: string;
  @ApiProperty({ type: Number, nullable: true }) confidence: number | null;
}

export class PersonSkillsOutput {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ type: PersonConceptOutput, isArray: true }) skills: PersonConceptOutput[];
  @ApiProperty({ type: PersonConceptOutput, isArray: true }) occupations: PersonConceptOutput[];
  @ApiProperty({ type: String, nullable: true }) region: string | null;
  @ApiProperty({ type: Number, nullable: true }) latitude: number | null;
  @ApiProperty({ type: Number, nullable: true }) longitude: number | null;
  @ApiProperty({ type: String, isArray: true }) languages: string[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) availableFrom: string | null;
  @ApiProperty() internalMobility: boolean;
}

export class ScorePartOutput {
  @ApiProperty({ enum: SCORE_PARTS }) part: ScorePart;
  @ApiProperty({ description: 'Weight of this part (weights sum to 1)' }) weight: number;
  @ApiProperty({ description: 'The part, 0..1' }) value: number;
  @ApiProperty({ description: 'weight × value' }) contribution: number;
}

export class MatchedSkillOutput extends ConceptOutput {
  @ApiProperty({ enum: ['essential', 'optional'] }) kind: SkillKind;
}

export class RelatedSkillOutput extends MatchedSkillOutput {
  @ApiProperty({ type: ConceptOutput, isArray: true, description: "The person's skills related to this vacancy skill" })
  via: ConceptOutput[];
}

export class MatchOutput {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ description: 'Shown to HR; never used in scoring' }) displayName: string;
  @ApiProperty({ enum: PHASES, enumName: 'Phase' }) phase: Phase;
  @ApiProperty({ enum: ['alumnus', 'employee', 'talent_pool', 'candidate', 'contact'] }) audience: MatchAudience;
  @ApiProperty({ type: String, nullable: true }) functionTitle: string | null;
  @ApiProperty({ type: String, nullable: true }) region: string | null;
  @ApiProperty({ type: Number, nullable: true }) distanceKm: number | null;
  @ApiProperty({ description: '0..1' }) score: number;
  @ApiProperty({ type: ScorePartOutput, isArray: true }) parts: ScorePartOutput[];
  @ApiProperty({ type: MatchedSkillOutput, isArray: true }) matchedSkills: MatchedSkillOutput[];
  @ApiProperty({ type: RelatedSkillOutput, isArray: true }) relatedSkills: RelatedSkillOutput[];
  @ApiProperty({ type: MatchedSkillOutput, isArray: true }) missingSkills: MatchedSkillOutput[];
  @ApiProperty({ type: ConceptOutput, isArray: true }) matchedOccupations: ConceptOutput[];
  @ApiProperty({ type: ConceptOutput, isArray: true }) relatedOccupations: ConceptOutput[];
  @ApiProperty({ type: String, isArray: true, description: 'Every person fact the ranking read for this result' }) features: string[];
}

export class MatchListOutput {
  @ApiProperty({ type: MatchOutput, isArray: true }) items: MatchOutput[];
  @ApiProperty({ description: 'People matching the same filters' }) total: number;
}
