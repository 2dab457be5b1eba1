/**
 * UTF197 framing: STX, the message, ETX, then optionally one LRC byte (XOR of every byte after STX
 * through ETX) when NetConnect's message integrity check is on (PT-SDK; the range is inferred).
 */
import { ByteWriter, ErrorCode, ETX, lrc, STX, type TraceEntry, toEscaped } from '@paywire/core';
import { paymentechError } from './errors.js';

/** Largest message the decoders accept (a UTF197 message is a few hundred bytes). */
export const MAX_MESSAGE_LENGTH = 8192;

export interface FrameInfo {
  /** Index of the ETX byte. */
  etx: number;
  trailingLrc: boolean;
}

export function readFrame(bytes: Uint8Array, kind: 'request' | 'response'): FrameInfo {
  if (!(bytes instanceof Uint8Array)) {
    throw paymentechError(ErrorCode.INVALID_ARGUMENT, undefined, `${kind}: expected a Uint8Array`);
  }
  if (bytes.length === 0) throw paymentechError(ErrorCode.EMPTY_RESPONSE, undefined, `${kind}: no bytes`);
  if (bytes.length > MAX_MESSAGE_LENGTH) {
    throw paymentechError(
      ErrorCode.INPUT_TOO_LARGE,
      undefined,
      `${kind}: ${bytes.length} bytes, at most ${MAX_MESSAGE_LENGTH}`,
    );
  }
  if (bytes[0] !== STX) {
    throw paymentechError(ErrorCode.CORRUPT_RESPONSE, 'stx', `${kind} does not start with STX`, {
      offset: 0,
      expected: '<STX>',
      actual: toEscaped(bytes, 0, 1),
    });
  }
  const etx = bytes.indexOf(ETX, 1);
  if (etx < 0)
    throw paymentechError(ErrorCode.TRUNCATED, 'etx', `${kind} has no ETX`, { offset: bytes.length });
  const after = bytes.length - etx - 1;
  if (after > 1) {
    throw paymentechError(
      ErrorCode.LENGTH_MISMATCH,
      'etx',
      `${after} bytes after ETX (at most one LRC byte)`,
      {
        offset: etx + 1,
      },
    );
  }
  if (after === 1) {
    const want = lrc(bytes, 1, etx + 1);
    const got = bytes[etx + 1]!;
    if (want !== got) {
      throw paymentechError(ErrorCode.LRC_CHECK_FAILED, 'lrc', 'LRC check failed', {
        offset: etx + 1,
        expected: `0x${want.toString(16).padStart(2, '0')}`,
        actual: `0x${got.toString(16).padStart(2, '0')}`,
      });
    }
  }
  return { etx, trailingLrc: after === 1 };
}

/** Writes ETX and, when asked, the LRC over everything after the STX at `start`. */
export function endFrame(w: ByteWriter, start: number, trailingLrc: boolean | undefined): void {
  w.byte(ETX);
  if (trailingLrc) w.byte(lrc(w.buffer, start + 1, w.length));
}

/** Trace entries for the framing bytes around the record's own entries. */
export function frameTrace(bytes: Uint8Array, frame: FrameInfo, inner: TraceEntry[]): TraceEntry[] {
  const out: TraceEntry[] = [{ path: 'stx', label: 'STX', offset: 0, length: 1, raw: '<STX>', depth: 0 }];
  for (const e of inner) out.push(e);
  out.push({ path: 'etx', label: 'ETX', offset: frame.etx, length: 1, raw: '<ETX>', depth: 0 });
  if (frame.trailingLrc) {
    out.push({
      path: 'lrc',
      label: 'LRC',
      offset: frame.etx + 1,
      length: 1,
      raw: toEscaped(bytes, frame.etx + 1),
      depth: 0,
    });
  }
  return out;
}

/** A writer reused by the encoders (one copy out per message). */
export const scratch = new ByteWriter(1024);
