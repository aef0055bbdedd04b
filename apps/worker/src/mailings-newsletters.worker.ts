import { Injectable } from '@nestjs/common';

/** Mailings, newsletters: crons that enqueue singleton jobs, and their handlers. */
@Injectable()
export class MailingsNewslettersWorker {}
