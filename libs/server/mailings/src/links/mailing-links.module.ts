import { Module } from '@nestjs/common';
import { MailingLinks } from './mailing-links.service';

/** Signed unsubscribe / preference links; import it where mail is built or links are checked. */
@Module({ providers: [MailingLinks], exports: [MailingLinks] })
export class MailingLinksModule {}
