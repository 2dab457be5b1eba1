/** Byte-level mutators: each takes a packet and returns a changed copy. */

import { lrc } from '@paywire/core';
import type { Rng } from './prng.js';

/** Separators of the wire formats: STX ETX ETB FS GS, and `|` `=` `<` `>` `&` `/` LF `"` of the text formats. */
export const SEPARATORS = [0x02, 0x03, 0x17, 0x1c, 0x1d, 0x7c, 0x3d, 0x3c, 0x3e, 0x26, 0x2f, 0x0a, 0x22];
const INTERESTING = [
  0x00,
  0x01,
  0x7f,
  0x80,
  0xff,
  0xc3,
  0xe2,
  0xf0,
  0xed,
  0x30,
  0x39,
  0x20,
  0x2e,
  0x25,
  0x2b,
  0x3b,
  0x0d,
  0x3f,
  0x21,
  ...SEPARATORS,
];
const CONTROL = [
  0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x0a, 0x0d, 0x10, 0x15, 0x17, 0x1c, 0x1d, 0x1e, 0x1f,
];

const enc = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0) & 0xff);

type Mutator = (rng: Rng, b: number[]) => void;

function digitRuns(b: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < b.length; ) {
    if (b[i]! >= 0x30 && b[i]! <= 0x39) {
      const s = i;
      while (i < b.length && b[i]! >= 0x30 && b[i]! <= 0x39) i++;
      runs.push([s, i]);
    } else i++;
  }
  return runs;
}

function positionsOf(b: number[], set: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < b.length; i++) if (set.includes(b[i]!)) out.push(i);
  return out;
}

const mutators: Record<string, Mutator> = {
  bitFlip(rng, b) {
    if (b.length === 0) return;
    const n = rng.range(1, 4);
    for (let k = 0; k < n; k++) {
      const i = rng.int(b.length);
      b[i] = b[i]! ^ (1 << rng.int(8));
    }
  },
  byteReplace(rng, b) {
    if (b.length === 0) return;
    const n = rng.range(1, 3);
    for (let k = 0; k < n; k++) b[rng.int(b.length)] = rng.chance(0.5) ? rng.pick(INTERESTING) : rng.int(256);
  },
  truncate(rng, b) {
    b.length = rng.int(b.length);
  },
  extend(rng, b) {
    const n = rng.pick([1, 2, 8, 64, 700]);
    const src = rng.chance(0.5) && b.length > 0 ? b.slice(rng.int(b.length)) : Array.from(rng.bytes(n));
    for (let i = 0; i < n; i++) b.push(src[i % Math.max(1, src.length)] ?? 0x41);
  },
  insertBytes(rng, b) {
    const at = rng.int(b.length + 1);
    const n = rng.range(1, 8);
    b.splice(at, 0, ...Array.from({ length: n }, () => rng.pick(INTERESTING)));
  },
  deleteBytes(rng, b) {
    if (b.length === 0) return;
    const at = rng.int(b.length);
    b.splice(at, rng.range(1, Math.min(16, b.length - at)));
  },
  insertControl(rng, b) {
    b.splice(rng.int(b.length + 1), 0, rng.pick(CONTROL));
  },
  duplicateSeparator(rng, b) {
    const at = positionsOf(b, SEPARATORS);
    if (at.length === 0) return;
    const i = rng.pick(at);
    b.splice(i, 0, ...Array(rng.pick([1, 1, 2, 30])).fill(b[i]));
  },
  swapSeparator(rng, b) {
    const at = positionsOf(b, SEPARATORS);
    if (at.length === 0) return;
    if (rng.chance(0.5) && at.length > 1) {
      const i = rng.pick(at);
      const j = rng.pick(at);
      const t = b[i]!;
      b[i] = b[j]!;
      b[j] = t;
    } else b[rng.pick(at)] = rng.pick(SEPARATORS);
  },
  removeSeparator(rng, b) {
    const at = positionsOf(b, SEPARATORS);
    if (at.length > 0) b.splice(rng.pick(at), 1);
  },
  hugeNumber(rng, b) {
    const runs = digitRuns(b);
    if (runs.length === 0) return;
    const [s, e] = rng.pick(runs);
    const choice = rng.int(5);
    const text =
      choice === 0
        ? '7'.repeat(rng.pick([10, 19, 20, 40, 400])) // not a registered test PAN
        : choice === 1
          ? String(2 ** 53 + rng.int(1000))
          : choice === 2
            ? '-1'
            : choice === 3
              ? '1e309'
              : '0'.repeat(e - s);
    b.splice(s, e - s, ...enc(text));
  },
  changeNumber(rng, b) {
    const runs = digitRuns(b);
    if (runs.length === 0) return;
    const [s, e] = rng.pick(runs);
    for (let i = s; i < e; i++) if (rng.chance(0.5)) b[i] = 0x30 + rng.int(10);
  },
  repeatSegment(rng, b) {
    if (b.length < 2) return;
    const s = rng.int(b.length);
    const e = Math.min(b.length, s + rng.range(1, 64));
    const seg = b.slice(s, e);
    const times = rng.pick([1, 2, 10, 100]);
    const ins: number[] = [];
    for (let k = 0; k < times && ins.length < 32768; k++) ins.push(...seg);
    b.splice(e, 0, ...ins);
  },
  repeatBetweenSeparators(rng, b) {
    const at = positionsOf(b, SEPARATORS);
    if (at.length < 2) return;
    const i = rng.int(at.length - 1);
    const seg = b.slice(at[i]!, at[i + 1]!);
    const times = rng.pick([1, 3, 50, 500]);
    const ins: number[] = [];
    for (let k = 0; k < times && ins.length < 65536; k++) ins.push(...seg);
    b.splice(at[i + 1]!, 0, ...ins);
  },
  swapSegments(rng, b) {
    if (b.length < 4) return;
    const a = rng.int(b.length - 1);
    const len = rng.range(1, Math.min(32, b.length - a));
    const seg = b.splice(a, len);
    b.splice(rng.int(b.length + 1), 0, ...seg);
  },
  textTricks(rng, b) {
    const tricks = [
      '&#99999999;',
      '&#x110000;',
      '&#0;',
      '&lt;',
      '&amp;amp;',
      '&unknown;',
      '<![CDATA[x]]>',
      '<!-- c -->',
      '<?pi x?>',
      '<!DOCTYPE a [<!ENTITY e "x">]>',
      '<!ENTITY x SYSTEM "file:///etc/passwd">',
      '&e;',
      `${'<a>'.repeat(200)}`,
      ' a="1" a="2"',
      '%zz',
      '%',
      '%F0%9F',
      '%C3',
      '+',
      '==',
      '&&',
      '\r\n',
      'BEGIN\n',
      'END\n',
      '\uFEFF',
      '\u00e9',
    ];
    const t = rng.pick(tricks);
    const bytes = Array.from(new TextEncoder().encode(t));
    b.splice(rng.int(b.length + 1), 0, ...bytes);
  },
};

export const MUTATOR_NAMES = Object.keys(mutators);

/**
 * Recomputes the LRC after every ETX/ETB (the byte after it is the XOR of the block after its STX
 * through the ETX/ETB), so that mutations get past the frame check and reach the field decoders.
 */
export function fixLrc(bytes: Uint8Array): Uint8Array {
  let start = -1;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === 0x02 && start < 0) start = i;
    else if ((c === 0x03 || c === 0x17) && start >= 0) {
      if (i + 1 < bytes.length) bytes[i + 1] = lrc(bytes, start + 1, i + 1);
      start = -1;
      i++;
    }
  }
  return bytes;
}

/** Applies 1 to 4 random mutators to a copy of `input`; returns the bytes and the mutators used. */
export function mutate(rng: Rng, input: Uint8Array, framed: boolean): { bytes: Uint8Array; how: string } {
  const b = Array.from(input);
  const n = rng.chance(0.6) ? 1 : rng.range(2, 4);
  const used: string[] = [];
  for (let k = 0; k < n; k++) {
    const name = rng.pick(MUTATOR_NAMES);
    mutators[name]!(rng, b);
    used.push(name);
  }
  const bytes = Uint8Array.from(b);
  if (framed && rng.chance(0.75)) {
    fixLrc(bytes);
    used.push('fixLrc');
  }
  return { bytes, how: used.join('+') };
}
