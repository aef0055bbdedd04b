import { Injectable } from '@nestjs/common';

/** Insights, kpis: crons that enqueue singleton jobs, and their handlers. */
@Injectable()
export class InsightsKpisWorker {}
