import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ProblemFieldError {
  @ApiProperty({ example: 'email' }) field: string;
  @ApiProperty({ example: 'must be a valid email address' }) message: string;
}

/** RFC 9457 problem details, as every error is answered. */
export class Problem {
  @ApiProperty({ example: 'https://kring.dev/problems/validation_failed' }) type: string;
  @ApiProperty({ example: 'Validation failed' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty({ example: 'The request has invalid fields' }) detail: string;
  @ApiProperty({ description: 'Stable machine-readable code', example: 'validation_failed' }) code: string;
  @ApiPropertyOptional({ type: ProblemFieldError, isArray: true }) errors?: ProblemFieldError[];
  @ApiProperty({ description: 'Quote this when reporting a problem' }) requestId: string;
  @ApiPropertyOptional({ description: 'With rate_limited: seconds until a retry may succeed' }) retryAfterSeconds?: number;
}
