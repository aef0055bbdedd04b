import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { RSVP_ANSWERS, type RsvpAnswer } from '../event-rules';

export class RsvpTokenInput {
  @ApiProperty({ minLength: 20, maxLength: 100 })
  @IsString()
  @Length(20, 100)
  token: string;
}

export class RsvpAnswerInput extends RsvpTokenInput {
  @ApiProperty({ enum: RSVP_ANSWERS, enumName: 'RsvpAnswer' })
  @IsIn(RSVP_ANSWERS)
  answer: RsvpAnswer;
}
