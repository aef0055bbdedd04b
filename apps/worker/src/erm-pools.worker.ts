import { Injectable } from '@nestjs/common';

/** ERM pools: crons that enqueue singleton jobs, and their handlers. */
@Injectable()
export class ErmPoolsWorker {}
