/**
 * Record framing: `STX payload ETX|ETB LRC`, LRC = XOR of every byte after STX through ETX/ETB.
 * A sequence of records (EIS 1081 batches) ends every record but the last with ETB.
 */

import { ETB, ETX, STX } from './ascii.js';
import { ErrorCode, PaywireError } from './errors.js';
import { lrc } from './lrc.js';
import { applyEvenParity, checkEvenParity, stripParity } from './parity.js';

export interface FrameOptions {
  /** End byte: ETX (default) or ETB (a record that more records follow). */
  end?: typeof ETX | typeof ETB;
  /** Apply even parity to every byte, LRC included. */
  parity?: boolean;
}

/** Frames one record. The payload must not contain STX, ETX or ETB. */
export function frame(payload: Uint8Array, options: FrameOptions = {}): Uint8Array {
  const end = options.end ?? ETX;
  const out = new Uint8Array(payload.length + 3);
  out[0] = STX;
  let x = 0;
  for (let i = 0; i < payload.length; i++) {
    const b = payload[i]!;
    if (b === STX || b === ETX || b === ETB) {
      throw new PaywireError(ErrorCode.INVALID_FORMAT, `payload byte at ${i} is a framing character`, {
        offset: i,
      });
    }
    out[i + 1] = b;
    x ^= b;
  }
  out[payload.length + 1] = end;
  out[payload.length + 2] = x ^ end;
  return options.parity ? applyEvenParity(out) : out;
}

export interface Unframed {
  /** The bytes between STX and the end byte (a view into the input). */
  payload: Uint8Array;
  /** ETX or ETB. */
  end: number;
  /** The LRC byte as received. */
  lrc: number;
  /** Offset just past the LRC byte. */
  next: number;
}

export interface UnframeOptions {
  /** Input carries even parity: check it and strip it before reading. */
  parity?: boolean;
  /** Where the STX is expected (default 0). */
  offset?: number;
  /** Skip LRC verification (diagnostic tools only). */
  skipLrcCheck?: boolean;
  /** The record must end exactly at the end of the input (LENGTH_MISMATCH 517 otherwise). */
  exact?: boolean;
}

/** Reads one framed record starting at `offset`; verifies STX, the end byte and the LRC. */
export function unframe(input: Uint8Array, options: UnframeOptions = {}): Unframed {
  let bytes = input;
  if (options.parity) {
    checkEvenParity(input);
    bytes = stripParity(input);
  }
  const start = options.offset ?? 0;
  if (bytes.length - start <= 0) throw new PaywireError(ErrorCode.EMPTY_RESPONSE, 'no data to unframe');
  if (bytes[start] !== STX) {
    throw new PaywireError(ErrorCode.CORRUPT_RESPONSE, 'record does not start with STX', {
      offset: start,
      expected: '<STX>',
      actual: `0x${bytes[start]!.toString(16).padStart(2, '0')}`,
    });
  }
  let endAt = -1;
  for (let i = start + 1; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === ETX || b === ETB) {
      endAt = i;
      break;
    }
    if (b === STX) {
      throw new PaywireError(ErrorCode.CORRUPT_RESPONSE, 'STX inside a record', { offset: i });
    }
  }
  if (endAt < 0) {
    throw new PaywireError(ErrorCode.TRUNCATED, 'record has no ETX/ETB', { offset: bytes.length });
  }
  if (endAt + 1 >= bytes.length) {
    throw new PaywireError(ErrorCode.TRUNCATED, 'record ends before its LRC byte', { offset: endAt + 1 });
  }
  const got = bytes[endAt + 1]!;
  if (!options.skipLrcCheck) {
    const want = lrc(bytes, start + 1, endAt + 1);
    if (want !== got) {
      throw new PaywireError(ErrorCode.LRC_CHECK_FAILED, 'LRC check failed', {
        offset: endAt + 1,
        expected: `0x${want.toString(16).padStart(2, '0')}`,
        actual: `0x${got.toString(16).padStart(2, '0')}`,
      });
    }
  }
  if (options.exact && endAt + 2 !== bytes.length) {
    throw new PaywireError(ErrorCode.LENGTH_MISMATCH, `${bytes.length - endAt - 2} bytes after the LRC`, {
      offset: endAt + 2,
    });
  }
  return { payload: bytes.subarray(start + 1, endAt), end: bytes[endAt]!, lrc: got, next: endAt + 2 };
}

/** Frames a sequence: every record ends with ETB except the last, which ends with ETX. */
export function frameSequence(
  records: readonly Uint8Array[],
  options: { parity?: boolean } = {},
): Uint8Array {
  if (records.length === 0) throw new PaywireError(ErrorCode.INVALID_ARGUMENT, 'no records to frame');
  let total = 0;
  for (const r of records) total += r.length + 3;
  const out = new Uint8Array(total);
  let p = 0;
  for (let k = 0; k < records.length; k++) {
    const f = frame(records[k]!, { end: k === records.length - 1 ? ETX : ETB });
    out.set(f, p);
    p += f.length;
  }
  return options.parity ? applyEvenParity(out) : out;
}

/** Splits a framed sequence; stops after the record that ends with ETX. Trailing bytes are an error. */
export function unframeSequence(
  input: Uint8Array,
  options: Omit<UnframeOptions, 'offset' | 'exact'> = {},
): Uint8Array[] {
  let bytes = input;
  if (options.parity) {
    checkEvenParity(input);
    bytes = stripParity(input);
  }
  if (bytes.length === 0) throw new PaywireError(ErrorCode.EMPTY_RESPONSE, 'no data to unframe');
  const out: Uint8Array[] = [];
  let offset = 0;
  for (;;) {
    const r = unframe(bytes, { offset, ...(options.skipLrcCheck ? { skipLrcCheck: true } : {}) });
    out.push(r.payload);
    offset = r.next;
    if (r.end === ETX) break;
    if (offset >= bytes.length) {
      throw new PaywireError(ErrorCode.TRUNCATED, `sequence ended after ${out.length} records without ETX`, {
        offset,
      });
    }
  }
  if (offset !== bytes.length) {
    throw new PaywireError(
      ErrorCode.LENGTH_MISMATCH,
      `${bytes.length - offset} bytes after the final ETX record`,
      {
        offset,
      },
    );
  }
  return out;
}
