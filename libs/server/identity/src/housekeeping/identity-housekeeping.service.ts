import { Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** How long spent credentials are kept for support questions ("was I logged out?") before they are deleted. */
export const SPENT_CREDENTIAL_RETENTION_DAYS = 30;
/** Rate-limit windows are at most 15 minutes; a day of counters is plenty. */
export const RATE_LIMIT_RETENTION_HOURS = 24;

export interface HousekeepingResult {
  sessions: number;
  loginTokens: number;
  rateLimitCounters: number;
}

/**
 * Deletes what identity no longer needs: expired or revoked sessions, used or expired login tokens, and old
 * rate-limit counters. It spans all organisations by nature (maintenance, no tenant data is read or returned).
 */
@Injectable()
export class IdentityHousekeeping {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async purge(now: Date): Promise<HousekeepingResult> {
    const spent = new Date(now.getTime() - SPENT_CREDENTIAL_RETENTION_DAYS * 86_400_000);
    const counters = new Date(now.getTime() - RATE_LIMIT_RETENTION_HOURS * 3_600_000);
    const count = async (sql: string, params: unknown[]) => ((await this.dataSource.query(sql, params)) as [unknown, number])[1];
    return {
      sessions: await count(`DELETE FROM sessions WHERE expires_at < $1 OR revoked_at < $1`, [spent]),
      loginTokens: await count(`DELETE FROM login_tokens WHERE expires_at < $1 OR used_at < $1`, [spent]),
      rateLimitCounters: await count(`DELETE FROM rate_limit_counters WHERE window_start < $1`, [counters]),
    };
  }
}

/** For the worker: housekeeping without the identity controllers and guards. */
@Module({ providers: [IdentityHousekeeping], exports: [IdentityHousekeeping] })
export class IdentityHousekeepingModule {}
