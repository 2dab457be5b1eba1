/**
 * EIS 1081 §4.230.1 group map: four bytes after the record type indicator. Each byte is
 * 0x40 | six group flags (bit 7 always 1 keeps it out of the control range; bit 8 is the link's even
 * parity and is 0 in the record as this package handles it). The 4th byte holds groups 1-6
 * (group 1 = lowest bit), the 3rd 7-12, the 2nd 13-18, the 1st 19-24. The extension map
 * (group 23's data) has the same layout for groups 25-48.
 */

import { ErrorCode } from '@paywire/core';
import { settlementError } from './errors.js';

/** Writes the 4 map bytes for groups `first`..`first+23` from a bit set (bit n-1 = group n). */
export function writeGroupMap(buf: Uint8Array, at: number, bits: number): void {
  buf[at + 3] = 0x40 | (bits & 0x3f);
  buf[at + 2] = 0x40 | ((bits >>> 6) & 0x3f);
  buf[at + 1] = 0x40 | ((bits >>> 12) & 0x3f);
  buf[at] = 0x40 | ((bits >>> 18) & 0x3f);
}

/** The 4 map characters as text (for record type strings such as `D@@@B`). */
export function groupMapText(bits: number): string {
  const b = new Uint8Array(4);
  writeGroupMap(b, 0, bits);
  return String.fromCharCode(b[0]!, b[1]!, b[2]!, b[3]!);
}

/** Reads 4 map bytes at `at`; returns the 24-bit set. */
export function readGroupMap(bytes: Uint8Array, at: number, field: string): number {
  let bits = 0;
  for (let i = 0; i < 4; i++) {
    const c = bytes[at + i]!;
    if ((c & 0xc0) !== 0x40) {
      throw settlementError(
        ErrorCode.INVALID_FORMAT,
        `group map byte ${i + 1} is 0x${c.toString(16).padStart(2, '0')}, not 0x40-0x7F`,
        {
          field,
          offset: at + i,
          expected: '0x40-0x7F',
        },
      );
    }
    bits |= (c & 0x3f) << (6 * (3 - i));
  }
  return bits;
}

/** Group numbers present in a bit set, ascending, offset by `base` (0 for groups 1-24, 24 for 25-48). */
export function groupsOf(bits: number, base = 0): number[] {
  const out: number[] = [];
  for (let g = 0; g < 24; g++) if (bits & (1 << g)) out.push(g + 1 + base);
  return out;
}
