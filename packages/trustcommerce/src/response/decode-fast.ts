/**
 * Fast path of `decodeResponse`: one pass over the bytes that reads the lines and fills the typed
 * answer directly (no pair arrays, no lower-cased name strings for the documented names). It never
 * throws: anything the general path would reject or treat specially (a stray CR, a line without
 * `=`, BEGIN/END out of place, invalid UTF-8, no `status`) gives `undefined`, and
 * `decodeResponse` runs the general path, which raises exactly the error it always did.
 */

import { asciiSlice, utf8Decode } from '@paywire/core';
import { detectForm } from '../wire/document.js';
import { setOwn } from '../wire/pairs.js';
import { RETURN_BY_NAME, RETURNS } from './table.js';
import type { TcResponse } from './types.js';

const LF = 0x0a;
const CR = 0x0d;
const EQ = 0x3d;

const TYPED_STRING = 0;
const TYPED_INTEGER = 1;
const TYPED_LIST = 2;

const PROPS: readonly string[] = RETURNS.map((r) => r.prop);
const TYPED: readonly number[] = RETURNS.map((r) =>
  r.typed === 'integer' ? TYPED_INTEGER : r.typed === 'list' ? TYPED_LIST : TYPED_STRING,
);
/** Lower-case wire names as char codes, grouped by length (index = length). */
const BY_LENGTH: number[][] = [];
RETURNS.forEach((r, i) => {
  for (let k = 0; k < r.name.length; k++) {
    const c = r.name.charCodeAt(k);
    if (c < 0x61 || c > 0x7a) throw new Error(`answer name ${r.name} is not lower-case letters`);
  }
  (BY_LENGTH[r.name.length] ??= []).push(i);
});
if (RETURNS.length > 30) throw new Error('the seen-set of the fast answer decoder holds 30 names');
const STATUS = RETURNS.findIndex((r) => r.name === 'status');

/** Index in RETURNS of the ASCII name in bytes[s, e), matched case-insensitively, or -1. */
function knownName(bytes: Uint8Array, s: number, e: number): number {
  const candidates = BY_LENGTH[e - s];
  if (candidates === undefined) return -1;
  for (let j = 0; j < candidates.length; j++) {
    const idx = candidates[j]!;
    const name = RETURNS[idx]!.name;
    let k = 0;
    for (; k < e - s; k++) {
      const b = bytes[s + k]!;
      const c = name.charCodeAt(k);
      if (b !== c && b !== c - 0x20) break;
    }
    if (k === e - s) return idx;
  }
  return -1;
}

function isWord(bytes: Uint8Array, s: number, e: number, word: string): boolean {
  if (e - s !== word.length) return false;
  for (let i = 0; i < word.length; i++) if ((bytes[s + i]! | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

/** The typed answer, or undefined when the general path has to decide (see the module comment). */
export function decodeResponseFast(bytes: Uint8Array): TcResponse | undefined {
  try {
    return run(bytes);
  } catch {
    // invalid UTF-8 in a line: the general path reports it
    return undefined;
  }
}

function run(bytes: Uint8Array): TcResponse | undefined {
  const n = bytes.length;
  const block = detectForm(bytes) === 'tclink';
  const out: Record<string, unknown> = {};
  let extra: Record<string, string> | undefined;
  let seen = 0;
  // 0: before BEGIN, 1: inside, 2: after END
  let state = block ? 0 : 1;
  let nonBlank = false;
  let pos = 0;
  while (pos < n) {
    const start = pos;
    let i = pos;
    let eq = -1;
    let odd = 0; // OR of the line's bytes: bit 7 set = non-ASCII
    let cr = -1;
    for (; i < n; i++) {
      const b = bytes[i]!;
      if (b === LF) break;
      odd |= b;
      if (b === EQ) {
        if (eq < 0) eq = i;
      } else if (b === CR && cr < 0) cr = i;
    }
    const hasLf = i < n;
    pos = hasLf ? i + 1 : n;
    let end = i;
    if (hasLf && end > start && bytes[end - 1] === CR) end--;
    if (end === start) continue;
    nonBlank = true;
    if (cr >= 0 && cr < end) return undefined;
    if (eq < 0) {
      if (block && state === 0 && isWord(bytes, start, end, 'begin')) state = 1;
      else if (block && state === 1 && isWord(bytes, start, end, 'end')) state = 2;
      else return undefined;
      continue;
    }
    if (state !== 1) return undefined;
    if ((odd & 0x80) !== 0) {
      // A line with non-ASCII bytes: decoded (strictly) and read as parseResponse reads it.
      const nameText = utf8Decode(bytes, start, eq, true);
      const value = utf8Decode(bytes, eq + 1, end, true);
      if (nameText === '' || value === '') continue;
      const name = nameText.toLowerCase();
      const known = RETURN_BY_NAME.get(name);
      if (known !== undefined) {
        const idx = RETURNS.indexOf(known);
        const bit = 1 << idx;
        if ((seen & bit) !== 0) continue;
        seen |= bit;
        const typed = TYPED[idx]!;
        if (typed === TYPED_STRING) out[PROPS[idx]!] = value;
        else if (typed === TYPED_LIST) out[PROPS[idx]!] = value.split(',');
        else if (/^\d{1,15}$/.test(value)) out[PROPS[idx]!] = Number(value);
        else {
          extra ??= {};
          setOwn(extra, name, value);
        }
      } else {
        extra ??= {};
        if (!Object.hasOwn(extra, name)) setOwn(extra, name, value);
      }
      continue;
    }
    // parseResponse: empty names and values are absent; the first occurrence of a name wins.
    if (eq === start || eq + 1 === end) continue;
    const idx = knownName(bytes, start, eq);
    if (idx < 0) {
      const name = asciiSlice(bytes, start, eq).toLowerCase();
      extra ??= {};
      if (!Object.hasOwn(extra, name)) setOwn(extra, name, asciiSlice(bytes, eq + 1, end));
      continue;
    }
    const bit = 1 << idx;
    if ((seen & bit) !== 0) continue;
    seen |= bit;
    const typed = TYPED[idx]!;
    if (typed === TYPED_STRING) out[PROPS[idx]!] = asciiSlice(bytes, eq + 1, end);
    else if (typed === TYPED_LIST) out[PROPS[idx]!] = asciiSlice(bytes, eq + 1, end).split(',');
    else {
      const value = digitsValue(bytes, eq + 1, end);
      if (value >= 0) out[PROPS[idx]!] = value;
      else {
        extra ??= {};
        setOwn(extra, RETURNS[idx]!.name, asciiSlice(bytes, eq + 1, end));
      }
    }
  }
  if (!nonBlank || state === 0 || (block && state !== 2) || (seen & (1 << STATUS)) === 0) return undefined;
  if (extra) out['extra'] = extra;
  return out as unknown as TcResponse;
}

/** The value of 1 to 15 ASCII digits in [s, e), or -1 (parseResponse's `/^\d{1,15}$/`). */
function digitsValue(bytes: Uint8Array, s: number, e: number): number {
  if (e - s < 1 || e - s > 15) return -1;
  let v = 0;
  for (let i = s; i < e; i++) {
    const d = bytes[i]! - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}
