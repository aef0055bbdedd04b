import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';

export class CandidateSurveyTokenInput {
  @ApiProperty({ minLength: 20, maxLength: 200 }) @IsString() @Length(20, 200) token: string;
}

export class AnswerCandidateSurveyInput extends CandidateSurveyTokenInput {
  @ApiProperty({ minimum: 0, maximum: 10, description: 'How likely the candidate recommends the organisation (0-10)' })
  @IsInt()
  @Min(0)
  @Max(10)
  score: number;
}
