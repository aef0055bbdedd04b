import { Injectable } from '@nestjs/common';

/** Mailings, job-alerts: crons that enqueue singleton jobs, and their handlers. */
@Injectable()
export class MailingsJobAlertsWorker {}
