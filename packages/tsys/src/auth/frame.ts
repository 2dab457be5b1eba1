// Authorization packet framing (EIS 1080 §5.1 Tables 5.2/5.3, LRC §7.7): STX record ETX LRC.
// Even parity is the transport's business: strip it (core `stripParity`) before decoding.

import { ByteWriter, ErrorCode, ETB, ETX, STX, type TraceEntry } from '@paywire/core';
import { FRAMING_BYTES as FRAMING, scanBody } from '../framing-bytes.js';
import { FAMILY, tsysError } from './errors.js';

export interface CodecOptions {
  /** Input/output is `STX record ETX LRC` (default true); false: the bare record. */
  framed?: boolean;
}

/**
 * Largest authorization message (request or response, framed or bare) the decoders accept: EIS 1080
 * gives no maximum, real messages are a few hundred bytes, so 8 KiB leaves room for every Group III
 * record while bounding the work on hostile input.
 */
export const MAX_AUTH_MESSAGE_BYTES = 8192;

/** Checks STX, ETX and the LRC; returns the [start, end) range of the record inside `bytes`. */
export function recordRange(bytes: Uint8Array, framed: boolean): { start: number; end: number } {
  if (!(bytes instanceof Uint8Array)) {
    throw tsysError(ErrorCode.INVALID_ARGUMENT, 'expected a Uint8Array');
  }
  if (bytes.length === 0) throw tsysError(ErrorCode.EMPTY_RESPONSE, 'no bytes to decode', { offset: 0 });
  if (bytes.length > MAX_AUTH_MESSAGE_BYTES) {
    throw tsysError(
      ErrorCode.INPUT_TOO_LARGE,
      `${bytes.length} bytes, at most ${MAX_AUTH_MESSAGE_BYTES} in an authorization message`,
      { offset: MAX_AUTH_MESSAGE_BYTES },
    );
  }
  if (!framed) return { start: 0, end: bytes.length };
  // One pass, no allocation: STX, first ETX/ETB, LRC over the bytes after STX through ETX.
  if (bytes[0] !== STX) {
    throw tsysError(ErrorCode.CORRUPT_RESPONSE, 'record does not start with STX', {
      offset: 0,
      expected: '<STX>',
      actual: `0x${bytes[0]!.toString(16).padStart(2, '0')}`,
    });
  }
  let x = 0;
  let i = 1;
  const n = bytes.length;
  for (; i < n; i++) {
    const b = bytes[i]!;
    x ^= b;
    if (FRAMING[b] === 0) continue;
    if (b === ETX) break;
    if (b === ETB) {
      throw tsysError(ErrorCode.CORRUPT_RESPONSE, 'authorization record must end with ETX, found ETB', {
        offset: i,
      });
    }
    if (b === STX) throw tsysError(ErrorCode.CORRUPT_RESPONSE, 'STX inside the record', { offset: i });
  }
  if (i >= n) throw tsysError(ErrorCode.TRUNCATED, 'record has no ETX', { offset: n });
  if (i + 1 >= n) throw tsysError(ErrorCode.TRUNCATED, 'record ends before its LRC byte', { offset: i + 1 });
  const got = bytes[i + 1]!;
  if (got !== x) {
    throw tsysError(ErrorCode.LRC_CHECK_FAILED, 'LRC check failed', {
      offset: i + 1,
      expected: `0x${x.toString(16).padStart(2, '0')}`,
      actual: `0x${got.toString(16).padStart(2, '0')}`,
    });
  }
  if (i + 2 !== n)
    throw tsysError(ErrorCode.LENGTH_MISMATCH, `${n - i - 2} bytes after the LRC`, { offset: i + 2 });
  return { start: 1, end: i };
}

/** Starts an encoding into the shared writer. */
export function begin(w: ByteWriter, framed: boolean): void {
  w.reset();
  if (framed) w.byte(STX);
}

/** Ends an encoding: checks the body holds no framing byte, appends ETX + LRC, returns a copy. */
export function finish(w: ByteWriter, framed: boolean): Uint8Array {
  const buf = w.buffer;
  const from = framed ? 1 : 0;
  const x = scanBody(buf, from, w.length);
  if (x < 0) {
    let i = from;
    while (FRAMING[buf[i]!] === 0) i++;
    throw tsysError(ErrorCode.INVALID_FORMAT, 'record contains a framing character (STX/ETX/ETB)', {
      offset: i,
    });
  }
  if (framed) {
    w.byte(ETX);
    w.byte(x ^ ETX);
  }
  return w.toBytes();
}

/** Trace rows for the frame bytes. */
export function frameTrace(bytes: Uint8Array, end: number, where: 'start' | 'end'): TraceEntry[] {
  if (where === 'start')
    return [{ path: 'stx', label: 'Start of text', offset: 0, length: 1, raw: '<STX>', depth: 0 }];
  return [
    { path: 'etx', label: 'End of text', offset: end, length: 1, raw: '<ETX>', depth: 0 },
    {
      path: 'lrc',
      label: 'LRC (XOR after STX through ETX, verified)',
      offset: end + 1,
      length: 1,
      raw: `0x${bytes[end + 1]!.toString(16).padStart(2, '0')}`,
      depth: 0,
      spec: '§7.7',
    },
  ];
}

/**
 * Checks the frame (when framed), decodes the record with `body` in trace mode and returns the
 * value with the trace: STX row, the record's rows, then ETX and LRC rows.
 */
export function traceFramed<T>(
  bytes: Uint8Array,
  options: CodecOptions,
  body: (bytes: Uint8Array, start: number, end: number, trace: TraceEntry[]) => T,
): { value: T; entries: TraceEntry[] } {
  const framed = options.framed !== false;
  const { start, end } = recordRange(bytes, framed);
  const entries: TraceEntry[] = framed ? frameTrace(bytes, end, 'start') : [];
  const value = body(bytes, start, end, entries);
  if (framed) entries.push(...frameTrace(bytes, end, 'end'));
  return { value, entries };
}

export const sharedWriter = new ByteWriter(1024);
export { FAMILY };
