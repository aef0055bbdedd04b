import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '@kring/server-identity';
import { JobQueue } from '@kring/server-queue';

type Status = 'ok' | 'down';

export class HealthOutput {
  @ApiProperty({ enum: ['ok', 'down'] }) status: Status;
  @ApiProperty({ enum: ['ok', 'down'] }) database: Status;
  @ApiProperty({ enum: ['ok', 'down'] }) queue: Status;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
  ) {}

  @Get()
  @HttpCode(200)
  @Public('load balancers and uptime checks')
  @ApiOperation({ operationId: 'getHealth', summary: 'Whether the database and the job queue answer' })
  @ApiOkResponse({ type: HealthOutput })
  @ApiServiceUnavailableResponse({ type: HealthOutput })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthOutput> {
    const [database, queue] = await Promise.all([this.database(), this.queue.health().catch((): Status => 'down')]);
    const status: Status = database === 'ok' && queue === 'ok' ? 'ok' : 'down';
    if (status === 'down') reply.status(503);
    return { status, database, queue };
  }

  private async database(): Promise<Status> {
    try {
      await this.dataSource.query('SELECT 1');
      return 'ok';
    } catch {
      return 'down';
    }
  }
}
