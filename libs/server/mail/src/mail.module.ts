import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailMessageEntity } from './mail-message.entity';
import { MailMessagesRepository } from './mail-messages.repository';
import { MailSender } from './mail-sender.service';
import { MailTransport } from './mail-transport';
import { Outbox } from './outbox.service';

/**
 * Outbox (API and worker) and delivery (worker). Needs ConfigModule, DatabaseModule and
 * QueueModule.forRoot() in the application.
 */
@Module({
  imports: [TypeOrmModule.forFeature([MailMessageEntity])],
  providers: [MailMessagesRepository, Outbox, MailSender, MailTransport],
  exports: [Outbox, MailSender, MailTransport, MailMessagesRepository],
})
export class MailModule {}
