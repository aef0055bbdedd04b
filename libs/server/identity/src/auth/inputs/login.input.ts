import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginInput {
  @ApiProperty({ example: 'hr@demo.kring.localhost', maxLength: 320 })
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ format: 'password', maxLength: 256 })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}
