import { ApiProperty } from '@nestjs/swagger';
import { LOCALES, type Locale } from '@kring/shared-domain';
import { PreboardingTaskOutput } from '../../starters/outputs/starter.output';

/** What the starter sees through their link: no HR notes, no other people. */
export class StarterChecklistOutput {
  @ApiProperty() organisationName: string;
  @ApiProperty() firstName: string;
  @ApiProperty({ enum: LOCALES, enumName: 'Locale' }) locale: Locale;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ type: PreboardingTaskOutput, isArray: true }) tasks: PreboardingTaskOutput[];
  @ApiProperty() done: number;
  @ApiProperty() total: number;
}
