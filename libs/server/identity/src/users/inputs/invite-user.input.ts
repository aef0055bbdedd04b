import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEmail, IsIn, IsString, Length, MaxLength } from 'class-validator';
import { LOCALES, ROLES, type Locale, type Role } from '@kring/shared-domain';

export class InviteUserInput {
  @ApiProperty({ example: 'jan.jansen@example.nl', maxLength: 320 })
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ maxLength: 100 })
  @IsString()
  @Length(1, 100)
  firstName: string;

  @ApiProperty({ maxLength: 100 })
  @IsString()
  @Length(0, 100)
  lastName: string;

  @ApiProperty({ enum: ROLES, isArray: true, enumName: 'Role' })
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];

  @ApiProperty({ enum: LOCALES, enumName: 'Locale' })
  @IsIn(LOCALES)
  locale: Locale;
}
