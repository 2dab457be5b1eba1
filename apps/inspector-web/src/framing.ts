/**
 * The framing check shown for framed kinds: every `STX .. ETX|ETB LRC` record of the packet, the
 * LRC byte as received and the XOR the inspector computes itself (after STX through ETX/ETB).
 * Independent of the codec's decoder, so a bad LRC is shown even when decoding fails.
 */

import { ETB, ETX, hasEvenParity, lrc, STX, stripParity } from '@paywire/core';

export interface FramedRecord {
  /** Offset of the STX. */
  start: number;
  /** Offset of the ETX/ETB. */
  endOffset: number;
  end: 'ETX' | 'ETB';
  /** LRC computed over the bytes after STX through the end byte. */
  computed: number;
  /** The LRC byte as received; undefined when the record ends without one. */
  received: number | undefined;
  status: 'ok' | 'mismatch' | 'absent';
}

export interface FramingReport {
  /** ok: every LRC matches; mismatch: at least one differs; absent: no LRC byte (allowed by some formats); unframed: no STX..ETX found. */
  status: 'ok' | 'mismatch' | 'absent' | 'unframed';
  records: FramedRecord[];
  /** The input carried even parity (bit 7 set on some bytes); the check ran on the stripped bytes. */
  parity: boolean;
  /** Why the packet is not a framed record, or what follows the last record. */
  problem?: string;
}

/** Even parity on every byte and bit 7 set on at least one: the packet went over a 7E1 line. */
function isEvenParityCoded(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80) && hasEvenParity(bytes);
}

export function checkFraming(input: Uint8Array): FramingReport {
  const parity = isEvenParityCoded(input);
  const bytes = parity ? stripParity(input) : input;
  const records: FramedRecord[] = [];
  if (bytes[0] !== STX) {
    const first = bytes.length === 0 ? 'nothing' : `0x${bytes[0]!.toString(16).padStart(2, '0')}`;
    return { status: 'unframed', records, parity, problem: `the packet starts with ${first}, not STX` };
  }
  let pos = 0;
  let problem: string | undefined;
  while (pos < bytes.length) {
    if (bytes[pos] !== STX) {
      problem = `${bytes.length - pos} byte(s) after the last record, from offset ${pos}`;
      break;
    }
    let endAt = -1;
    for (let i = pos + 1; i < bytes.length; i++) {
      if (bytes[i] === ETX || bytes[i] === ETB) {
        endAt = i;
        break;
      }
    }
    if (endAt < 0) {
      problem = `the record at offset ${pos} has no ETX/ETB`;
      break;
    }
    const computed = lrc(bytes, pos + 1, endAt + 1);
    const next = bytes[endAt + 1];
    // A byte after ETX/ETB is the LRC, unless it is the STX of the next record (LRC left out).
    const received = next === undefined || (next === STX && bytes[endAt] === ETB) ? undefined : next;
    records.push({
      start: pos,
      endOffset: endAt,
      end: bytes[endAt] === ETX ? 'ETX' : 'ETB',
      computed,
      received,
      status: received === undefined ? 'absent' : received === computed ? 'ok' : 'mismatch',
    });
    pos = received === undefined ? endAt + 1 : endAt + 2;
    if (bytes[endAt] === ETX) {
      if (pos < bytes.length) problem = `${bytes.length - pos} byte(s) after the LRC, from offset ${pos}`;
      break;
    }
  }
  if (records.length === 0) return { status: 'unframed', records, parity, problem: problem ?? 'no record' };
  const status = records.some((r) => r.status === 'mismatch')
    ? 'mismatch'
    : records.some((r) => r.status === 'absent')
      ? 'absent'
      : 'ok';
  return problem === undefined ? { status, records, parity } : { status, records, parity, problem };
}

export function hexByte(b: number): string {
  return `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}
