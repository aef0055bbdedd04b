import { ApiProperty } from '@nestjs/swagger';

export class InvitationPreviewOutput {
  @ApiProperty() email: string;
  @ApiProperty() firstName: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ description: 'Whether a password must be chosen to accept' }) passwordRequired: boolean;
}
