import { Injectable } from '@nestjs/common';

/** ERM events: crons that enqueue singleton jobs, and their handlers. */
@Injectable()
export class ErmEventsWorker {}
