import { Injectable } from '@nestjs/common';

/** Mailings, preferences: crons that enqueue singleton jobs, and their handlers. */
@Injectable()
export class MailingsPreferencesWorker {}
