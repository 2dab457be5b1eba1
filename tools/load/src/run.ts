/** One load run of one client: simulator up, warm-up, measured drive with memory samples, checks. */

import { type CheckResult, check, clean } from './checks.js';
import { type DriveResult, drive, PENDING } from './drive.js';
import type { HostName } from './host-records.js';
import { type SimHandle, startChild, startInProcess } from './sim-handle.js';
import { canCollect, heapAfterGc, type LatencySummary, summarize } from './stats.js';
import type { ClientName, TargetDefinition } from './targets/target.js';

export interface RunOptions {
  /** Measured calls (default 10 000). */
  count?: number;
  /** Calls in flight (default 50). */
  concurrency?: number;
  /** Calls before the measurement, checked like the others (default min(500, count / 10)). */
  warmup?: number;
  /** Stop issuing after this many ms of the measured part (default 300 000). */
  timeLimitMs?: number;
  /** Per-call answer timeout (default 15 000). */
  responseTimeoutMs?: number;
  /** Where the simulator runs (default `child`). */
  simulator?: 'child' | 'in-process';
  /** Label for the report (default the client name). */
  label?: string;
}

export interface MemoryReport {
  /** heapUsed after GC, bytes: after the warm-up, at rest half-way, at the end. */
  start: number;
  middle: number;
  end: number;
  /** end - start. */
  growth: number;
  /** The allowed growth for this run (see `memoryBound`). */
  bound: number;
  /** False when --expose-gc was missing (figures are then not after a GC and not judged). */
  afterGc: boolean;
  flat: boolean;
  /** The simulator's heapUsed at the end (its own process when it runs in a child). */
  simulatorHeapUsed: number;
}

export interface LoadReport {
  label: string;
  client: ClientName;
  host: HostName;
  description: string;
  simulator: 'child' | 'in-process';
  count: number;
  concurrency: number;
  warmup: number;
  stoppedBy: 'count' | 'time';
  elapsedMs: number;
  /** Settled calls per second of the measured part. */
  throughput: number;
  latency: LatencySummary;
  statuses: Record<string, number>;
  errors: Record<string, { count: number; first: string }>;
  checks: CheckResult;
  /** What the target's own audit found wrong (the gateway: its store, replayed keys); empty when clean. */
  audit: string[];
  memory: MemoryReport;
  /** All checks clean, the count reached and memory flat. */
  ok: boolean;
}

/**
 * Heap growth allowed between the start and end samples: 4 MiB plus 64 bytes per measured call.
 * The runner keeps nothing per call on the heap (typed arrays allocated before the start sample),
 * so a client that keeps even a small object per transaction (a pending-map entry, a listener, a
 * result) goes past it on a 10 000-call run, while V8's own noise (code, inline caches, pools)
 * stays well inside.
 */
export function memoryBound(count: number): number {
  return 4 * 1024 * 1024 + 64 * count;
}

export async function startSimulator(
  def: TargetDefinition,
  where: 'child' | 'in-process',
  options: { concurrency: number; responseTimeoutMs: number },
): Promise<SimHandle> {
  const spec = def.sim(options);
  return where === 'child' ? startChild(spec) : startInProcess(spec);
}

export async function runLoad(def: TargetDefinition, options: RunOptions = {}): Promise<LoadReport> {
  const count = options.count ?? 10_000;
  const concurrency = options.concurrency ?? 50;
  const warmup = options.warmup ?? Math.min(500, Math.floor(count / 10));
  const timeLimitMs = options.timeLimitMs ?? 300_000;
  const responseTimeoutMs = options.responseTimeoutMs ?? 15_000;
  const where = options.simulator ?? 'child';
  const targetOptions = { concurrency, responseTimeoutMs };
  const sim = await startSimulator(def, where, targetOptions);
  try {
    const target = await def.create(sim.endpoints, targetOptions);
    try {
      const drain = responseTimeoutMs + 5_000;
      // Warm-up: call numbers after the measured ones, so every amount stays unique.
      let warm: DriveResult | undefined;
      if (warmup > 0)
        warm = await drive({
          count: warmup,
          concurrency,
          timeLimitMs,
          drainMs: drain,
          call: (i) => target.call(count + i),
        });
      const samples = { start: heapAfterGc(), middle: Number.NaN };
      const main = await drive({
        count,
        concurrency,
        timeLimitMs,
        drainMs: drain,
        call: (i) => target.call(i),
        atMiddle: () => {
          samples.middle = heapAfterGc();
        },
      });
      const end = heapAfterGc();
      const audit = target.audit ? await target.audit(main.issued + (warm?.issued ?? 0)) : [];
      const records = await sim.records(def.host);
      const parts = [{ result: main, base: 0 }, ...(warm ? [{ result: warm, base: count }] : [])];
      const checks = check(parts, records, {
        keepsSeq: target.hostKeepsSeq,
        ...(def.host === 'datawire' ? { logKind: 'Transaction' } : {}),
      });
      for (const p of audit) if (checks.examples.length < 10) checks.examples.push(`audit: ${p}`);
      const settled: number[] = [];
      for (let i = 0; i < main.issued; i++) if (main.state[i] !== PENDING) settled.push(main.latencyMs[i]!);
      const bound = memoryBound(count);
      const afterGc = canCollect();
      const memory: MemoryReport = {
        start: samples.start,
        middle: samples.middle,
        end,
        growth: end - samples.start,
        bound,
        afterGc,
        flat: afterGc && end - samples.start <= bound,
        simulatorHeapUsed: records.heapUsed,
      };
      const report: LoadReport = {
        label: options.label ?? def.client,
        client: def.client,
        host: def.host,
        description: target.description,
        simulator: sim.where,
        count,
        concurrency,
        warmup,
        stoppedBy: main.stoppedBy,
        elapsedMs: main.elapsedMs,
        throughput: settled.length / (main.elapsedMs / 1000),
        latency: summarize(Float64Array.from(settled)),
        statuses: Object.fromEntries(main.statuses),
        errors: Object.fromEntries(main.errors),
        checks,
        audit,
        memory,
        ok: false,
      };
      report.ok =
        clean(checks) &&
        audit.length === 0 &&
        main.stoppedBy === 'count' &&
        main.issued === count &&
        memory.flat;
      return report;
    } finally {
      await target.close();
    }
  } finally {
    await sim.close();
  }
}
