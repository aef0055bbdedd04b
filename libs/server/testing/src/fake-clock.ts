import { Clock } from '@kring/server-config';

/** A clock tests move by hand. */
export class FakeClock extends Clock {
  private current: Date;

  constructor(start: Date | string = '2026-01-15T09:00:00Z') {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(date: Date | string): void {
    this.current = new Date(date);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
