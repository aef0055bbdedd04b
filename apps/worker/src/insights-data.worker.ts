import { Injectable } from '@nestjs/common';

/** Insights, data: crons that enqueue singleton jobs, and their handlers. */
@Injectable()
export class InsightsDataWorker {}
