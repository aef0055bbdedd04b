import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsString, Length } from 'class-validator';
import { STAY_IN_TOUCH_PURPOSES, type StayInTouchPurpose } from '../offboarding.constants';

export class StayInTouchTokenInput {
  @ApiProperty({ maxLength: 200 }) @IsString() @Length(20, 200) token: string;
}

export class StayInTouchChoiceInput {
  @ApiProperty({ enum: STAY_IN_TOUCH_PURPOSES, enumName: 'StayInTouchPurpose', isArray: true, description: 'The purposes consented to; the others are withdrawn' })
  @IsArray()
  @ArrayMaxSize(STAY_IN_TOUCH_PURPOSES.length)
  @ArrayUnique()
  @IsIn(STAY_IN_TOUCH_PURPOSES, { each: true })
  purposes: StayInTouchPurpose[];
}

export class SubmitStayInTouchInput extends StayInTouchChoiceInput {
  @ApiProperty({ maxLength: 200 }) @IsString() @Length(20, 200) token: string;
}
