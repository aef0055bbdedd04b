import { describe, expect, it } from 'vitest';
import { IMPORT_POLL_MAX_MS, importPollDelay } from './get-employee-import';

describe('importPollDelay', () => {
  it('polls every second at first, then backs off to at most 15 seconds', () => {
    expect([0, 1, 10].map(importPollDelay)).toEqual([1000, 1000, 1000]);
    expect(importPollDelay(11)).toBe(1250);
    expect(importPollDelay(14)).toBeGreaterThan(importPollDelay(12));
    expect(importPollDelay(200)).toBe(IMPORT_POLL_MAX_MS);
  });
});
