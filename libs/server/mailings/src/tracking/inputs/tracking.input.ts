import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_TRACKED_URL_LENGTH } from '../tracking-links';

/** HR's choice: open and click tracking of newsletters on or off. */
export class MailSettingsInput {
  @ApiProperty({ description: 'Record first opens and first clicks of newsletters (off by default)' })
  @IsBoolean()
  tracking: boolean;
}

/** The open pixel: only the signed mailing-link token. Anything unreadable still gets the image. */
export class OpenPixelQuery {
  @ApiProperty({ required: false, maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) t?: string;
}

/** The click redirect: token, exact target and the signature binding the two. */
export class ClickQuery {
  @ApiProperty({ maxLength: 200, description: 'The signed mailing-link token (organisation, person, delivery)' })
  @IsString()
  @MaxLength(200)
  t: string;

  @ApiProperty({ maxLength: MAX_TRACKED_URL_LENGTH, description: 'The target URL, exactly as in the mail' })
  @IsString()
  @MaxLength(MAX_TRACKED_URL_LENGTH)
  u: string;

  @ApiProperty({ maxLength: 64, description: 'HMAC of token and target with the organisation link secret' })
  @IsString()
  @MaxLength(64)
  s: string;
}
