import { ApiProperty } from '@nestjs/swagger';
import { LOCALES, ROLES, type Locale, type Role } from '@kring/shared-domain';
import type { UserRow } from '../users/users.repository';

export class SessionUserOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ enum: ROLES, isArray: true, enumName: 'Role' }) roles: Role[];
  @ApiProperty({ enum: LOCALES, enumName: 'Locale' }) locale: Locale;
}

export class OrganisationOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
  @ApiProperty({ enum: LOCALES, enumName: 'Locale' }) defaultLocale: Locale;
}

export class SessionOutput {
  @ApiProperty({ type: SessionUserOutput }) user: SessionUserOutput;
  @ApiProperty({ type: OrganisationOutput }) organisation: OrganisationOutput;
  @ApiProperty({ description: 'Send as the x-csrf-token header on every write' }) csrfToken: string;

  static from(user: UserRow, csrfToken: string): SessionOutput {
    return {
      user: {
        id: user.id,
        email: user.email,
        firstName: user.firstName,
        lastName: user.lastName,
        roles: user.roles,
        locale: user.locale,
      },
      organisation: {
        id: user.organisationId,
        name: user.organisationName,
        slug: user.organisationSlug,
        defaultLocale: user.organisationDefaultLocale,
      },
      csrfToken,
    };
  }
}

export class AcceptedOutput {}
