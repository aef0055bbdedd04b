import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LOCALES, type Locale } from '@kring/shared-domain';
import type { NewsletterKind } from '../eligibility';
import { NEWSLETTER_KINDS, NEWSLETTER_STATUSES, type NewsletterStatus } from '../newsletters.repository';

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
  @ApiProperty({ type: Number, nullable: true, description: 'Deliveries opened at least once; null when the organisation does not track opens and clicks' })
  opened: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Deliveries with at least one click; null when the organisation does not track opens and clicks' })
  clicked: number | null;
}

export class NewsletterSummaryOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: NEWSLETTER_STATUSES }) status: NewsletterStatus;
  @ApiProperty({ enum: NEWSLETTER_KINDS, enumName: 'NewsletterKind', description: 'newsletter: to a segment; activation: to the eligible referrers of a programme' })
  kind: NewsletterKind;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) segmentId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Activation mails: the programme' }) programmeId: string | null;
  @ApiProperty({ nullable: true, type: String }) programmeName: string | null;
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
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Activation mails not sent yet: how many referrers it would reach now (eligible, reachable, not opted out); else null',
  })
  eligibleRecipients: number | null;
}

export class NewsletterPreviewOutput {
  @ApiProperty({ enum: LOCALES }) locale: Locale;
  @ApiProperty() subject: string;
  @ApiProperty() html: string;
  @ApiProperty() text: string;
}

export class ResendInterruptedOutput {
  @ApiProperty({ description: 'Rows queued again (0 when nothing was interrupted, e.g. on a repeat)' }) resent: number;
  @ApiProperty({ type: NewsletterOutput }) newsletter: NewsletterOutput;
}
