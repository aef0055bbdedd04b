import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSENT_STATUSES, type ConsentStatus } from '@kring/shared-domain';
import { PROFILE_FIELDS } from '../profile-evidence';

export class StoredEvidenceOutput {
  @ApiProperty({ description: 'The words that triggered the suggestion' }) text: string;
  @ApiProperty({ description: 'A few words around them (at most 120 characters)' }) snippet: string;
  @ApiProperty({ enum: ['cv', ...PROFILE_FIELDS], description: 'The CV, or the profile field the words are in' }) origin: string;
  @ApiProperty({ enum: ['label', 'tool', 'skill'] }) via: 'label' | 'tool' | 'skill';
}

export class MyConceptOutput {
  @ApiProperty() uri: string;
  @ApiProperty({ description: 'Label in the requested language' }) label: string;
  @ApiProperty({ enum: ['confirmed_by_person', 'hr', 'extracted_profile', 'extracted_cv'] }) source: string;
  @ApiProperty({ enum: ['confirmed', 'suggested'], description: 'confirmed: by the person or HR; suggested: read from a CV or profile' })
  status: 'confirmed' | 'suggested';
  @ApiProperty({ type: Number, nullable: true }) confidence: number | null;
  @ApiProperty({ type: StoredEvidenceOutput, isArray: true }) evidence: StoredEvidenceOutput[];
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export class MatchingConsentOutput {
  @ApiProperty({ enum: [...CONSENT_STATUSES, 'none'], description: 'none: never asked' }) status: ConsentStatus | 'none';
  @ApiProperty({ description: 'Counts as consent now: Kring may suggest this person for vacancies' }) active: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) givenAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt: string | null;
}

export class SkillProfileOutput {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ type: MyConceptOutput, isArray: true }) skills: MyConceptOutput[];
  @ApiProperty({ type: MyConceptOutput, isArray: true }) occupations: MyConceptOutput[];
  @ApiProperty({ type: MatchingConsentOutput }) matchingConsent: MatchingConsentOutput;
}

export class ExtractedFileOutput {
  @ApiProperty({ enum: ['pdf', 'docx'] }) type: 'pdf' | 'docx';
  @ApiPropertyOptional({ description: 'PDF only' }) pages?: number;
  @ApiProperty({ description: 'Characters of text read' }) characters: number;
}

export class SkillExtractionOutput {
  @ApiProperty({ enum: ['nl', 'en'], description: 'Dominant language of the text read' }) language: 'nl' | 'en';
  @ApiPropertyOptional({ type: ExtractedFileOutput, description: 'CV uploads only; the file itself is not kept' }) file?: ExtractedFileOutput;
  @ApiProperty({ type: MyConceptOutput, isArray: true, description: 'Skills suggested by this read (confirmed ones stay confirmed)' })
  suggestedSkills: MyConceptOutput[];
  @ApiProperty({ type: MyConceptOutput, isArray: true }) suggestedOccupations: MyConceptOutput[];
  @ApiProperty({ type: SkillProfileOutput, description: 'The whole profile after this read' }) profile: SkillProfileOutput;
}

export class SkillSearchResultOutput {
  @ApiProperty() uri: string;
  @ApiProperty({ description: 'Preferred label in the requested language' }) label: string;
  @ApiProperty({ description: 'The label (Dutch or English, preferred or alternative) that matched the search' }) matchedLabel: string;
}
