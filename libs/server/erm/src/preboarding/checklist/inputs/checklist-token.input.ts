import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, IsUUID, Length } from 'class-validator';

export class PreboardingTokenInput {
  @ApiProperty({ minLength: 20, maxLength: 100 }) @IsString() @Length(20, 100) token: string;
}

export class StarterSetTaskDoneInput extends PreboardingTokenInput {
  @ApiProperty() @IsBoolean() done: boolean;
}

export class StarterTaskIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) taskId: string;
}
