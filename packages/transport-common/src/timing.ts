/** Timeout and deadline checks shared by connect and read. */

import { TransportError, TransportErrorCode, type TransportOutcome } from './errors.js';

/** Largest delay `setTimeout` honours (about 24.8 days). */
export const MAX_TIMEOUT_MS = 2_147_483_647;

/** Validates an optional timeout: a finite number of milliseconds, 1 .. MAX_TIMEOUT_MS. */
export function checkTimeout(name: string, value: number | undefined): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_TIMEOUT_MS) {
    throw new TransportError(
      TransportErrorCode.INVALID_TIMEOUT,
      `${name} must be a number of milliseconds between 1 and ${MAX_TIMEOUT_MS}`,
      { outcome: 'not-sent', field: name, actual: String(value) },
    );
  }
}

/** Normalises a deadline (epoch milliseconds or Date) to epoch milliseconds. */
export function deadlineMs(value: number | Date | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms !== 'number' || Number.isNaN(ms)) {
    throw new TransportError(
      TransportErrorCode.INVALID_TIMEOUT,
      'deadline must be a Date or epoch milliseconds',
      { outcome: 'not-sent', field: 'deadline', actual: String(value) },
    );
  }
  return ms;
}

/** The earliest of several optional instants. */
export function earliest(...instants: Array<number | undefined>): number | undefined {
  let out: number | undefined;
  for (const t of instants) if (t !== undefined && (out === undefined || t < out)) out = t;
  return out;
}

export function deadlineError(outcome: TransportOutcome, what: string): TransportError {
  return new TransportError(TransportErrorCode.DEADLINE_EXCEEDED, `deadline passed ${what}`, { outcome });
}

export function abortError(outcome: TransportOutcome, what: string, reason: unknown): TransportError {
  return new TransportError(TransportErrorCode.ABORTED, `aborted ${what}`, {
    outcome,
    cause: reason instanceof Error ? reason : undefined,
  });
}

/**
 * A one-shot guard around an operation: a timer for the earliest of a timeout and a deadline, and
 * an abort listener. `fire` is called at most once; `clear` removes everything.
 */
export class Guard {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly signal: AbortSignal | undefined;
  private readonly onAbort: (() => void) | undefined;
  private done = false;

  constructor(
    options: {
      timeoutMs?: number | undefined;
      deadline?: number | undefined;
      signal?: AbortSignal | undefined;
    },
    fire: (why: 'timeout' | 'deadline' | 'abort', reason?: unknown) => void,
  ) {
    const now = Date.now();
    const timeoutAt = options.timeoutMs === undefined ? undefined : now + options.timeoutMs;
    const at = earliest(timeoutAt, options.deadline);
    const once = (why: 'timeout' | 'deadline' | 'abort', reason?: unknown) => {
      if (this.done) return;
      this.clear();
      fire(why, reason);
    };
    if (at !== undefined) {
      const why = options.deadline !== undefined && at === options.deadline ? 'deadline' : 'timeout';
      this.timer = setTimeout(() => once(why), Math.min(Math.max(0, at - now), MAX_TIMEOUT_MS));
    }
    this.signal = options.signal;
    if (this.signal !== undefined) {
      const signal = this.signal;
      this.onAbort = () => once('abort', signal.reason);
      signal.addEventListener('abort', this.onAbort, { once: true });
    }
  }

  clear(): void {
    if (this.done) return;
    this.done = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.signal !== undefined && this.onAbort !== undefined) {
      this.signal.removeEventListener('abort', this.onAbort);
    }
  }
}
