import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { MAIL_TOPICS, type MailTopic } from '../preferences.constants';

export class MailingTokenInput {
  @ApiProperty({ maxLength: 200, description: 'The signed token from the mail link' }) @IsString() @Length(20, 200) token: string;
}

export class UnsubscribeQuery extends MailingTokenInput {
  @ApiProperty({ enum: MAIL_TOPICS, enumName: 'MailTopic' }) @IsIn(MAIL_TOPICS) topic: MailTopic;
}

export class MailTopicChoiceInput {
  @ApiProperty({ description: 'true: receive the newsletter (consent for 24 months); false: withdraw' }) @IsBoolean() newsletter: boolean;
  @ApiProperty({ description: 'true: receive job alerts (consent for 24 months); false: withdraw' }) @IsBoolean() jobAlerts: boolean;
  @ApiProperty({ description: 'true: receive event invitations (consent for 24 months); false: withdraw' }) @IsBoolean() events: boolean;
  @ApiPropertyOptional({ description: 'Mails about referral programmes (legitimate interest): false opts out, true opts in again; omitted: unchanged' })
  @IsOptional()
  @IsBoolean()
  programmeMails?: boolean;
}

export class UpdatePublicMailPreferencesInput extends MailTopicChoiceInput {
  @ApiProperty({ maxLength: 200 }) @IsString() @Length(20, 200) token: string;
}
