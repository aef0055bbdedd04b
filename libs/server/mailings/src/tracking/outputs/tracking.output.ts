import { ApiProperty } from '@nestjs/swagger';

/** The organisation's mail settings. */
export class MailSettingsOutput {
  @ApiProperty({ description: 'First opens and first clicks of newsletters are recorded (off by default)' }) tracking: boolean;
}
