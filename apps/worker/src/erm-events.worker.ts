import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Clock } from '@kring/server-config';
import { EventRemindersService } from '@kring/server-erm';
import { JobQueue, QueueNames } from '@kring/server-queue';

export const ERM_EVENTS_PERIOD_SECONDS = 60 * 60;

/**
 * ERM events: an hourly cron that only enqueues one singleton job per hour (however many workers fire it),
 * and the handler that mails the day-before reminders. The handler claims each invitation once (reminded_at),
 * so reruns and parallel workers send nothing twice.
 */
@Injectable()
export class ErmEventsWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(ErmEventsWorker.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly reminders: EventRemindersService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(QueueNames.ermEvents, { batchSize: 1, pollingIntervalSeconds: 10 }, () => this.sendReminders());
  }

  @Cron('0 5 * * * *', { name: 'erm-events-reminders' })
  async enqueueReminders(): Promise<void> {
    const hour = this.clock.now().toISOString().slice(0, 13);
    await this.queue.send(QueueNames.ermEvents, { hour }, { singletonKey: `erm-events:${hour}`, singletonSeconds: ERM_EVENTS_PERIOD_SECONDS });
  }

  async sendReminders(): Promise<number> {
    const sent = await this.reminders.sendDue();
    if (sent) this.logger.log({ message: 'event reminders queued', sent });
    return sent;
  }
}
