// The short load run: every client (and the gateway example), 300 calls at concurrency 20, against its simulator in a child
// process (as `pnpm load` runs it), with the same lost / duplicated / mismatched checks.

import { describe, expect, it } from 'vitest';
import { CLIENT_NAMES, runLoad, targets } from '../src/index.js';

describe('short load run per client (300 calls, concurrency 20)', () => {
  for (const client of CLIENT_NAMES) {
    it(`${client}: nothing lost, duplicated or mismatched; one host transaction and one log entry per call`, async () => {
      const r = await runLoad(targets[client], {
        count: 300,
        concurrency: 20,
        warmup: 20,
        timeLimitMs: 30_000,
      });
      expect(r.stoppedBy).toBe('count');
      expect(r.simulator).toBe('child');
      expect(r.errors).toEqual({});
      expect(r.checks).toMatchObject({
        calls: 320,
        resolved: 320,
        rejected: 0,
        lost: 0,
        duplicated: 0,
        mismatched: 0,
        unrecorded: 0,
        hostTransactions: 320,
        logEntries: 320,
        logMatches: true,
      });
      expect(r.checks.examples).toEqual([]);
      expect(r.audit).toEqual([]);
      expect(r.throughput).toBeGreaterThan(0);
      expect(r.latency.p99).toBeGreaterThanOrEqual(r.latency.p50);
      expect(Object.values(r.statuses).reduce((a, b) => a + b, 0)).toBe(300);
    });
  }
});
