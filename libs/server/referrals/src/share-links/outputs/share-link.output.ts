import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ShareChannelsOutput {
  @ApiProperty() linkedin: string;
  @ApiProperty() whatsapp: string;
  @ApiProperty() email: string;
  @ApiProperty() copy: string;
  @ApiProperty() qr: string;
}

export class ShareTextsOutput {
  @ApiProperty() nl: string;
  @ApiProperty() en: string;
}

export class ShareClicksOutput {
  @ApiProperty() total: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) byChannel: Record<string, number>;
}

/** A referrer's personal link for one vacancy, with a variant per channel so clicks can be told apart. */
export class ShareLinkOutput {
  @ApiProperty() code: string;
  @ApiProperty() url: string;
  @ApiProperty({ type: ShareChannelsOutput }) channels: ShareChannelsOutput;
  @ApiProperty({ description: 'QR code (SVG) for the qr channel' }) qrSvg: string;
  @ApiProperty({ type: ShareTextsOutput }) texts: ShareTextsOutput;
  @ApiProperty({ type: ShareClicksOutput }) clicks: ShareClicksOutput;
}

export class SharedVacancyDetailsOutput {
  @ApiProperty() title: string;
  @ApiProperty() descriptionHtml: string;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ type: String, nullable: true }) department: string | null;
  @ApiProperty() employmentType: string;
  @ApiProperty({ type: Number, nullable: true }) hoursMin: number | null;
  @ApiProperty({ type: Number, nullable: true }) hoursMax: number | null;
}

export class SharedVacancyOutput {
  @ApiProperty() organisationName: string;
  @ApiProperty() referrerFirstName: string;
  @ApiProperty({ type: SharedVacancyDetailsOutput }) vacancy: SharedVacancyDetailsOutput;
  @ApiPropertyOptional({ enum: ['nl', 'en'] }) organisationLocale?: 'nl' | 'en';
}

export class ShareApplicationOutput {
  @ApiProperty({ enum: ['received'] }) status: 'received';
}

export class ShareVisitOutput {}
