// Temporary Group III link: raw records only, until src/auth/group-3 exports its codec.

import { asciiSlice, type ByteWriter, ErrorCode, GS, PaywireError, type TraceEntry } from '@paywire/core';

export type Direction = 'request' | 'response';
export interface GroupIIIRecord {
  version: string;
  fields?: Record<string, unknown>;
  raw?: string;
}

export function encodeGroupIII(
  w: ByteWriter,
  records: readonly GroupIIIRecord[],
  _direction: Direction,
): void {
  for (let i = 0; i < records.length; i++) {
    if (i > 0) w.byte(GS);
    const r = records[i]!;
    if (!/^\d{3}$/.test(r.version)) {
      throw new PaywireError(ErrorCode.INVALID_FORMAT, `groupIII.${i}.version: must be 3 digits`, {
        family: 'tsys',
      });
    }
    w.ascii(r.version).ascii(r.raw ?? '');
  }
}

export function decodeGroupIII(
  bytes: Uint8Array,
  start: number,
  end: number,
  _direction: Direction,
  _trace?: TraceEntry[] | null,
): GroupIIIRecord[] {
  const out: GroupIIIRecord[] = [];
  let p = start;
  while (p < end) {
    let q = bytes.indexOf(GS, p);
    if (q < 0 || q > end) q = end;
    if (q - p < 3)
      throw new PaywireError(ErrorCode.TRUNCATED, 'groupIII: record shorter than 3 bytes', {
        offset: p,
        family: 'tsys',
      });
    out.push({ version: asciiSlice(bytes, p, p + 3), raw: asciiSlice(bytes, p + 3, q) });
    p = q + 1;
  }
  return out;
}

export const groupIIIVersions: Readonly<Record<string, unknown>> = {};

export function redactGroupIII(records: readonly GroupIIIRecord[], _direction: Direction): GroupIIIRecord[] {
  return records.map((r) =>
    r.raw === undefined ? { ...r } : { ...r, raw: r.raw.replace(/\d{12,19}/g, (d) => '*'.repeat(d.length)) },
  );
}
