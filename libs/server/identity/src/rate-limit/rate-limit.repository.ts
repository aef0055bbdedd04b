import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * Fixed-window counters shared by every API instance. Keys are not tenant data (they are derived from
 * client addresses and login names before any organisation is known), so they are not scoped.
 */
@Injectable()
export class RateLimitRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Counts one hit and returns the hits in the current window and when that window ends. */
  async hit(key: string, windowSeconds: number, now: Date): Promise<{ hits: number; resetAt: Date }> {
    const rows: Array<{ hits: number; window_start: Date }> = await this.dataSource.query(
      `INSERT INTO rate_limit_counters AS c (key, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN c.window_start <= $2::timestamptz - make_interval(secs => $3) THEN 1 ELSE c.hits + 1 END,
         window_start = CASE WHEN c.window_start <= $2::timestamptz - make_interval(secs => $3) THEN $2 ELSE c.window_start END
       RETURNING hits, window_start`,
      [key, now, windowSeconds],
    );
    const row = rows[0]!;
    return { hits: row.hits, resetAt: new Date(new Date(row.window_start).getTime() + windowSeconds * 1000) };
  }
}
