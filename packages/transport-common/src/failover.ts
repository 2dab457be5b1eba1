/** The bookkeeping of trying hosts in turn until one connects (shared by the TLS and HTTPS transports). */

import { errorNameOf } from '@paywire/core';
import { type ConnectAttempt, TransportError, TransportErrorCode } from './errors.js';
import { abortError, deadlineError } from './timing.js';

/**
 * Why no further attempt may start, or undefined when one may: the signal aborted, or the connect
 * budget (`budgetEnd`, the earlier of the deadline and the total connect time) is used up at `now`.
 * `when` finishes the message (`before sending`, `while connecting`).
 */
export function stopBeforeAttempt(
  signal: AbortSignal | undefined,
  budgetEnd: number | undefined,
  deadline: number | undefined,
  when: string,
  now: number,
): TransportError | undefined {
  if (signal?.aborted) return abortError('not-sent', when, signal.reason);
  if (budgetEnd !== undefined && now >= budgetEnd) {
    return deadline !== undefined && budgetEnd === deadline
      ? deadlineError('not-sent', when)
      : new TransportError(TransportErrorCode.CONNECT_TIMEOUT, 'total connect time used up', {
          outcome: 'not-sent',
        });
  }
  return undefined;
}

/** The record of an attempt that failed with `error` after starting at `startedAt`. */
export function failedAttempt(
  host: string,
  port: number,
  error: TransportError,
  startedAt: number,
): ConnectAttempt {
  return { host, port, code: error.code, name: errorNameOf(error.code), elapsedMs: Date.now() - startedAt };
}

/** True when failing over is pointless: the caller aborted or the deadline passed. */
export function endsFailover(error: TransportError): boolean {
  return error.code === TransportErrorCode.ABORTED || error.code === TransportErrorCode.DEADLINE_EXCEEDED;
}

/**
 * The `not-sent` error after every attempt failed: the last failure's code and details, its
 * message after `summary` and the attempt count, every attempt, and `cause`.
 */
export function allAttemptsFailed(
  last: TransportError,
  attempts: readonly ConnectAttempt[],
  summary: string,
  cause: unknown,
): TransportError {
  return new TransportError(
    last.code,
    `${summary} (${attempts.length} attempt${attempts.length === 1 ? '' : 's'}): ${last.message}`,
    {
      outcome: 'not-sent',
      host: last.host,
      port: last.port,
      field: last.field,
      expected: last.expected,
      actual: last.actual,
      attempts,
      cause,
    },
  );
}
