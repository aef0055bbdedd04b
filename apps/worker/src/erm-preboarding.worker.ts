import { Injectable } from '@nestjs/common';

/** ERM preboarding: crons that enqueue singleton jobs, and their handlers. */
@Injectable()
export class ErmPreboardingWorker {}
