/** Core engine cases: LRC throughput and a wide fixed-width record through the field engine. */

import { compileRecord, type FieldSpec, lrc } from '@paywire/core';
import { type Group, keep } from '../harness.js';

const block = new Uint8Array(64 * 1024);
for (let i = 0; i < block.length; i++) block[i] = (i * 31 + 7) & 0x7f;
const copyTarget = new Uint8Array(block.length);

export const lrcGroup: Group = {
  name: 'core: LRC 64 KiB',
  description: 'XOR of 64 KiB vs copying the same bytes',
  cases: [
    { name: 'lrc', role: 'subject', bytes: block.length, fn: () => keep(lrc(block)) },
    { name: 'copy (floor)', role: 'floor', bytes: block.length, fn: () => keep(copyTarget.set(block)) },
  ],
  targets: [
    (r) => {
      const bps = r.get('lrc')?.bytesPerSec ?? 0;
      return bps < 1e9 ? `LRC ${(bps / 1e9).toFixed(2)} GB/s, target ≥ 1 GB/s` : undefined;
    },
  ],
};

// 40 fixed-width fields, alternating numeric and alphanumeric: 400 bytes.
const wideFields: FieldSpec[] = Array.from({ length: 40 }, (_, i) =>
  i % 2 === 0
    ? { name: `n${i}`, length: 10, format: 'numeric' as const }
    : { name: `a${i}`, length: 10, format: 'alphanumeric' as const },
);
const wide = compileRecord<Record<string, string>>('wide', wideFields);
const wideValue: Record<string, string> = Object.fromEntries(
  wideFields.map((f, i) => [f.name, f.format === 'numeric' ? String(i * 1234567) : `FIELD ${i}`]),
);
const wideBytes = wide.encode(wideValue);
const wideOut = new Uint8Array(wideBytes.length);
const encoder = new TextEncoder();
const decoder = new TextDecoder('latin1');

function naiveEncode(v: Record<string, string>): Uint8Array {
  let s = '';
  for (const f of wideFields) {
    const t = v[f.name] ?? '';
    s += f.format === 'numeric' ? t.padStart(10, '0') : t.padEnd(10, ' ');
  }
  return encoder.encode(s);
}

function naiveDecode(bytes: Uint8Array): Record<string, string> {
  const s = decoder.decode(bytes);
  const out: Record<string, string> = {};
  wideFields.forEach((f, i) => {
    const t = s.slice(i * 10, i * 10 + 10);
    out[f.name] = f.format === 'numeric' ? t : t.trimEnd();
  });
  return out;
}

export const wideGroup: Group = {
  name: 'core: wide record (40 fields, 400 bytes)',
  description: 'field engine encode/decode vs string concatenation + TextEncoder and slice-based decoding',
  cases: [
    {
      name: 'engine encode',
      role: 'subject',
      pair: 'encode',
      bytes: wideBytes.length,
      fn: () => keep(wide.encode(wideValue)),
    },
    {
      name: 'engine decode',
      role: 'subject',
      pair: 'decode',
      bytes: wideBytes.length,
      fn: () => keep(wide.decode(wideBytes)),
    },
    { name: 'naive encode', role: 'naive', pair: 'encode', fn: () => keep(naiveEncode(wideValue)) },
    { name: 'naive decode', role: 'naive', pair: 'decode', fn: () => keep(naiveDecode(wideBytes)) },
    { name: 'copy (floor)', role: 'floor', fn: () => keep(wideOut.set(wideBytes)) },
  ],
};
