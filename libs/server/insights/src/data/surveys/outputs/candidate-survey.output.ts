import { ApiProperty } from '@nestjs/swagger';

export class CandidateSurveyOutput {
  @ApiProperty() organisationName: string;
  @ApiProperty({ type: String, nullable: true }) vacancyTitle: string | null;
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 10 }) score: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt: string | null;
  @ApiProperty({ format: 'date-time', description: 'Until when the answer can still be given or changed' }) expiresAt: string;
}
