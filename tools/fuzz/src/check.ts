/**
 * The oracle: what a decoder may do with an input. Only a value or a paywire error; bounded time;
 * a decoded input re-encodes to the same bytes (or the encoder refuses with a paywire error);
 * trace and redact throw nothing else and never show a registered test PAN or secret.
 */

import { isPaywireError, type MessageKind, toHex } from '@paywire/core';
import { findLeaks } from '@paywire/test-guard';

/** An input that takes longer than this to decode (or trace) is a hang or a quadratic blow-up. */
export const TIME_LIMIT_MS = 50;

export interface Problem {
  reason: string;
  detail: string;
}

export type Outcome =
  | { ok: true; decoded: boolean; value?: unknown; ms: number; misplaced?: string }
  | { ok: false; problem: Problem; ms: number };

export interface CheckOptions {
  /**
   * Whether a registered PAN in a trace or redacted value fails the input (default true). Byte
   * mutations move card numbers into fields that do not carry card data (a free-text or unknown
   * field, a shifted FS field); such inputs pass `strict: false` and a leak is only reported as
   * `misplaced` (counted, not a failure).
   */
  strict?: boolean;
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`.slice(0, 300);
  return String(e).slice(0, 300);
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x) => (x instanceof Uint8Array ? toHex(x) : x)) ?? '';
  } catch (e) {
    return `unserialisable: ${describe(e)}`;
  }
}

/** Runs `fn`, measuring; a slow run is repeated so that one GC pause is not reported as a hang. */
function timed<T>(fn: () => T): { result?: T; error?: unknown; ms: number } {
  let best = Number.POSITIVE_INFINITY;
  let out: { result?: T; error?: unknown } = {};
  for (let attempt = 0; attempt < 3; attempt++) {
    const t0 = performance.now();
    try {
      out = { result: fn() };
    } catch (error) {
      out = { error };
    }
    best = Math.min(best, performance.now() - t0);
    if (best <= TIME_LIMIT_MS) break;
  }
  return { ...out, ms: best };
}

function errorLeaks(e: unknown): string[] {
  if (!(e instanceof Error)) return [];
  return findLeaks(`${e.message} ${safeJson(e)}`);
}

/** Checks every rule for one input. */
export function checkInput(
  kind: MessageKind<unknown>,
  input: Uint8Array,
  options: CheckOptions = {},
): Outcome {
  const strict = options.strict !== false;
  const d = timed(() => kind.decode(input));
  const ms = d.ms;
  let misplaced: string | undefined;
  const fail = (reason: string, detail: string): Outcome => ({ ok: false, problem: { reason, detail }, ms });
  if (ms > TIME_LIMIT_MS) return fail('slow-decode', `decode took ${ms.toFixed(1)} ms`);
  if ('error' in d && d.error !== undefined) {
    if (!isPaywireError(d.error)) return fail('decode-threw', describe(d.error));
    const leaks = errorLeaks(d.error);
    if (leaks.length > 0 && strict) return fail('error-leak', `decode error shows ${leaks.join(', ')}`);
    if (leaks.length > 0) misplaced ??= `error-leak: ${leaks.join(', ')}`;
  }
  const decoded = !('error' in d && d.error !== undefined);

  const t = timed(() => kind.trace(input));
  if (t.ms > TIME_LIMIT_MS) return fail('slow-trace', `trace took ${t.ms.toFixed(1)} ms`);
  if (t.error !== undefined) {
    if (!isPaywireError(t.error)) return fail('trace-threw', describe(t.error));
    if (decoded) return fail('trace-refuses', `decode succeeds but trace throws ${describe(t.error)}`);
    const leaks = errorLeaks(t.error);
    if (leaks.length > 0 && strict) return fail('error-leak', `trace error shows ${leaks.join(', ')}`);
    if (leaks.length > 0) misplaced ??= `error-leak: ${leaks.join(', ')}`;
  } else {
    if (!decoded) return fail('trace-accepts', 'trace succeeds but decode throws');
    const leaks = findLeaks(safeJson(t.result?.entries));
    if (leaks.length > 0 && strict) return fail('trace-leak', `trace shows ${leaks.join(', ')}`);
    if (leaks.length > 0) misplaced ??= `trace-leak: ${leaks.join(', ')}`;
  }
  if (!decoded)
    return misplaced ? { ok: true, decoded: false, ms, misplaced } : { ok: true, decoded: false, ms };

  const value = d.result;
  const done = (dec: boolean): Outcome =>
    misplaced === undefined
      ? { ok: true, decoded: dec, value, ms }
      : { ok: true, decoded: dec, value, ms, misplaced };
  try {
    const red = kind.redact(value);
    const leaks = findLeaks(safeJson(red));
    if (leaks.length > 0 && strict) return fail('redact-leak', `redacted value shows ${leaks.join(', ')}`);
    if (leaks.length > 0) misplaced ??= `redact-leak: ${leaks.join(', ')}`;
  } catch (e) {
    if (!isPaywireError(e)) return fail('redact-threw', describe(e));
  }

  let again: Uint8Array;
  try {
    again = kind.encode(value);
  } catch (e) {
    if (isPaywireError(e)) return done(true);
    return fail('encode-threw', describe(e));
  }
  const diff = firstDifference(input, again);
  if (diff >= 0) {
    return fail(
      're-encode-differs',
      `decode then encode gives different bytes at offset ${diff} (input ${input.length} bytes, output ${again.length}): ${toHex(again).slice(0, 400)}`,
    );
  }
  return done(true);
}

export function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}
