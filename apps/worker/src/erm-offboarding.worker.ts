import { Injectable } from '@nestjs/common';

/** ERM offboarding: crons that enqueue singleton jobs, and their handlers. */
@Injectable()
export class ErmOffboardingWorker {}
