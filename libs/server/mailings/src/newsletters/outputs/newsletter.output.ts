import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LOCALES, type Locale } from '@kring/shared-domain';
import { NEWSLETTER_STATUSES, type NewsletterStatus } from '../newsletters.repository';

export class NewsletterVariantOutput {
  @ApiProperty({ enum: LOCALES }) locale: Locale;
  @ApiProperty() subject: string;
  @ApiProperty() preheader: string;
  @ApiProperty() bodyMarkdown: string;
}

export class NewsletterFiguresOutput {
  @ApiProperty() recipients: number;
  @ApiProperty() queued: number;
  @ApiProperty() sending: number;
  @ApiProperty() sent: number;
  @ApiProperty({ description: 'Includes `interrupted`' }) failed: number;
  @ApiProperty({ description: 'In flight when their worker died: maybe delivered, never resent' }) interrupted: number;
  @ApiProperty() skipped: number;
  @ApiProperty() bounced: number;
  @ApiProperty() unsubscribed: number;
}

export class NewsletterSummaryOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: NEWSLETTER_STATUSES }) status: NewsletterStatus;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) segmentId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) scheduledAt: Date | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) startedAt: Date | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) finishedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
}

export class NewsletterListOutput {
  @ApiProperty({ type: [NewsletterSummaryOutput] }) items: NewsletterSummaryOutput[];
}

export class NewsletterOutput extends NewsletterSummaryOutput {
  @ApiProperty({ type: [NewsletterVariantOutput] }) variants: NewsletterVariantOutput[];
  @ApiProperty({ type: NewsletterFiguresOutput }) figures: NewsletterFiguresOutput;
}

export class NewsletterPreviewOutput {
  @ApiProperty({ enum: LOCALES }) locale: Locale;
  @ApiProperty() subject: string;
  @ApiProperty() html: string;
  @ApiProperty() text: string;
}
