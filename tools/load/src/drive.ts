/**
 * The bounded driver: `count` calls at `concurrency`, stopping by itself at the count or at the
 * time limit. At half-way it stops issuing, lets the calls in flight finish, and samples memory at
 * rest (as at the start and the end); that pause is left out of the measured time.
 */

import type { CallOutcome } from './targets/target.js';

export interface DriveOptions {
  count: number;
  concurrency: number;
  /** Stop issuing new calls after this many ms of measured time. */
  timeLimitMs: number;
  /** How long to wait for calls in flight once issuing has stopped (then they count as lost). */
  drainMs: number;
  call(index: number): Promise<CallOutcome>;
  /** Called at rest half-way (nothing in flight). */
  atMiddle?(): void;
}

export const PENDING = 0;
export const RESOLVED = 1;
export const REJECTED = 2;

export interface DriveResult {
  /** Calls started. */
  issued: number;
  /** Per index: PENDING (never settled: lost), RESOLVED, REJECTED. */
  state: Uint8Array;
  /** Per index: ms from the call to its settling. */
  latencyMs: Float64Array;
  hostId: Float64Array;
  seq: Float64Array;
  echoMatches: Uint8Array;
  /** Status counts of resolved calls. */
  statuses: Map<string, number>;
  /** Rejections by error code/name (with the first message seen). */
  errors: Map<string, { count: number; first: string }>;
  /** Measured ms (pause left out). */
  elapsedMs: number;
  stoppedBy: 'count' | 'time';
  /** Whether the middle sample ran. */
  middleTaken: boolean;
}

function errorKey(e: unknown): { key: string; message: string } {
  if (e && typeof e === 'object') {
    const o = e as { code?: unknown; name?: unknown; message?: unknown };
    return {
      key: `${String(o.code ?? '')} ${String(o.name ?? 'Error')}`.trim(),
      message: String(o.message ?? ''),
    };
  }
  return { key: 'non-error', message: String(e) };
}

export async function drive(o: DriveOptions): Promise<DriveResult> {
  const n = o.count;
  // Everything per call lives in arrays allocated before the first call, so the runner's own
  // bookkeeping does not grow the heap while memory is measured.
  const r: DriveResult = {
    issued: 0,
    state: new Uint8Array(n),
    latencyMs: new Float64Array(n),
    hostId: new Float64Array(n).fill(Number.NaN),
    seq: new Float64Array(n).fill(Number.NaN),
    echoMatches: new Uint8Array(n),
    statuses: new Map(),
    errors: new Map(),
    elapsedMs: 0,
    stoppedBy: 'count',
    middleTaken: false,
  };
  const middle = o.atMiddle && n >= 2 ? Math.floor(n / 2) : -1;
  let next = 0;
  let inFlight = 0;
  let paused: { resume: () => void; promise: Promise<void> } | undefined;
  let pausedMs = 0;
  let stop = false;
  const t0 = performance.now();
  const measured = () => performance.now() - t0 - pausedMs;

  const checkPause = () => {
    if (paused && inFlight === 0) {
      const p = paused;
      o.atMiddle?.();
      r.middleTaken = true;
      paused = undefined;
      p.resume();
    }
  };

  async function lane(): Promise<void> {
    for (;;) {
      if (paused) await paused.promise;
      if (stop || next >= n) return;
      if (measured() >= o.timeLimitMs) {
        stop = true;
        r.stoppedBy = 'time';
        return;
      }
      if (next === middle && !r.middleTaken && !paused) {
        let resume!: () => void;
        const promise = new Promise<void>((res) => {
          resume = res;
        });
        const pauseStart = performance.now();
        paused = {
          promise,
          resume: () => {
            pausedMs += performance.now() - pauseStart;
            resume();
          },
        };
        checkPause();
        continue;
      }
      const i = next++;
      r.issued++;
      inFlight++;
      const start = performance.now();
      try {
        const out = await o.call(i);
        r.latencyMs[i] = performance.now() - start;
        r.state[i] = RESOLVED;
        r.hostId[i] = out.hostId;
        r.seq[i] = out.seq;
        r.echoMatches[i] = out.echoMatches ? 1 : 0;
        r.statuses.set(out.status, (r.statuses.get(out.status) ?? 0) + 1);
      } catch (e) {
        r.latencyMs[i] = performance.now() - start;
        r.state[i] = REJECTED;
        const { key, message } = errorKey(e);
        const seen = r.errors.get(key);
        if (seen) seen.count++;
        else r.errors.set(key, { count: 1, first: message });
      } finally {
        inFlight--;
        checkPause();
      }
    }
  }

  const lanes = Array.from({ length: Math.max(1, Math.min(o.concurrency, n)) }, () => lane());
  // Bounded wait: lanes end at the count or the time limit; calls still out after the drain
  // window are lost (their state stays PENDING).
  let finished = false;
  const all = Promise.all(lanes).then(() => {
    finished = true;
  });
  let tick: ReturnType<typeof setInterval> | undefined;
  let drainTimer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<void>((resolve) => {
    tick = setInterval(() => {
      if (finished) return;
      if (!stop && next < n && !paused && measured() >= o.timeLimitMs) {
        stop = true;
        r.stoppedBy = 'time';
      }
      if ((stop || next >= n) && drainTimer === undefined) drainTimer = setTimeout(resolve, o.drainMs);
    }, 50);
  });
  await Promise.race([all, limit]);
  clearInterval(tick);
  if (drainTimer) clearTimeout(drainTimer);
  r.elapsedMs = measured();
  return r;
}
