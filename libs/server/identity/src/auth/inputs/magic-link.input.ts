import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

export class RequestMagicLinkInput {
  @ApiProperty({ example: 'alumnus@demo.kring.localhost', maxLength: 320 })
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(320)
  email: string;
}

export class TokenInput {
  @ApiProperty({ description: 'The token from the link in the mail', minLength: 20, maxLength: 100 })
  @IsString()
  @Length(20, 100)
  token: string;
}
