/**
 * name=value lines: the TCLink socket block (`BEGIN` .. `END`, notes §12.4/§12.5) and the plain
 * lines of an HTTPS POST answer (guide Appendix C). One writer and one parser serve both.
 *
 * Parsing rules (TCLink 4.2.0, plus CRLF): lines end at LF, a CR right before the LF belongs to
 * the line ending; blank lines are skipped anywhere; `BEGIN`/`END` are matched case-insensitively;
 * every other line is split at its first `=`, so values may contain `=`.
 */

import { ErrorCode } from '@paywire/core';
import { wireError } from '../errors.js';
import { TCLINK_MAX_LINE_BYTES, TCLINK_MAX_REQUEST_BYTES } from './limits.js';
import { forEachPair, type NvpInput, type NvpPair } from './pairs.js';
import { utf8Decode, utf8Write } from './utf8.js';

const LF = 0x0a;
const CR = 0x0d;
const EQ = 0x3d;

/** Default `version` line of the socket form. The real clients send `<ver>-<Lang>-<OS>-<arch>`. */
export const DEFAULT_TCLINK_VERSION = '4.2.0-TypeScript-paywire';

export interface LinesEncodeOptions {
  /** Wrap the lines in `BEGIN`/`END` (the TCLink socket form). */
  block: boolean;
  /** Enforce the TCLink 4.2.0 request limits (15,999 bytes, 1,023-byte lines). */
  limits?: boolean;
  /** Pairs written before `input` (the socket form's `version`). */
  head?: readonly NvpPair[];
  /** Pairs written after `input` (the socket form's `pass`, `time`, `dns`). */
  tail?: readonly NvpPair[];
}

/**
 * Bytes of a name or value in a line, checking what a line cannot carry: CR and LF anywhere,
 * and `=` in a name. Returns the UTF-8 length.
 */
function measure(text: string, isName: boolean, field: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === LF || c === CR) {
        throw wireError(
          ErrorCode.INVALID_FORMAT,
          `${field}: ${isName ? 'name' : 'value'} contains a line break, which name=value lines cannot carry`,
          { field, error: 'badformat', offset: i },
        );
      }
      if (c === EQ && isName) {
        throw wireError(ErrorCode.INVALID_FORMAT, `${field}: a parameter name cannot contain '='`, {
          field,
          error: 'badformat',
          offset: i,
        });
      }
      n += 1;
    } else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) throw surrogate(field);
      n += 4;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) throw surrogate(field);
    else n += 3;
  }
  return n;
}

function surrogate(field: string) {
  return wireError(ErrorCode.INVALID_FORMAT, `${field}: contains a lone UTF-16 surrogate (no UTF-8 form)`, {
    field,
    error: 'badformat',
  });
}

function safeName(name: string): string {
  // Names are shown in errors; keep them printable and short.
  const s = name.length > 40 ? `${name.slice(0, 40)}...` : name;
  return s.replace(/[^\x20-\x7e]/g, '?') || '(empty name)';
}

/** Encodes pairs as `name=value\n` lines, optionally inside `BEGIN\n` .. `END\n`. */
export function encodeLines(input: NvpInput, options: LinesEncodeOptions): Uint8Array {
  const limits = options.limits === true;
  let total = options.block ? 10 : 0; // "BEGIN\n" + "END\n"
  let count = 0;
  const sizes: number[] = [];
  const names: string[] = [];
  const values: string[] = [];
  const add = (name: string, value: string) => {
    const field = safeName(name);
    const nb = measure(name, true, field);
    const vb = measure(value, false, field);
    const line = nb + vb + 2;
    if (limits && line > TCLINK_MAX_LINE_BYTES) {
      throw wireError(
        ErrorCode.INPUT_TOO_LARGE,
        `${field}: the line is ${line} bytes; TCLink carries at most ${TCLINK_MAX_LINE_BYTES} bytes per name=value line`,
        { field, error: 'badlength', expected: `<= ${TCLINK_MAX_LINE_BYTES} bytes`, actual: `${line} bytes` },
      );
    }
    total += line;
    names.push(name);
    values.push(value);
    sizes.push(nb, vb);
    count++;
  };
  if (options.head) forEachPair(options.head, add);
  forEachPair(input, add);
  if (options.tail) forEachPair(options.tail, add);
  if (limits && total > TCLINK_MAX_REQUEST_BYTES) {
    throw wireError(
      ErrorCode.INPUT_TOO_LARGE,
      `request: ${total} bytes; TCLink carries at most ${TCLINK_MAX_REQUEST_BYTES} bytes`,
      {
        field: 'request',
        error: 'badlength',
        expected: `<= ${TCLINK_MAX_REQUEST_BYTES} bytes`,
        actual: `${total} bytes`,
      },
    );
  }
  const out = new Uint8Array(total);
  let p = 0;
  if (options.block) p = ascii(out, p, 'BEGIN\n');
  for (let i = 0; i < count; i++) {
    const name = names[i]!;
    const value = values[i]!;
    p = sizes[2 * i] === name.length ? ascii(out, p, name) : utf8Write(name, out, p);
    out[p++] = EQ;
    p = sizes[2 * i + 1] === value.length ? ascii(out, p, value) : utf8Write(value, out, p);
    out[p++] = LF;
  }
  if (options.block) ascii(out, p, 'END\n');
  return out;
}

function ascii(out: Uint8Array, p: number, s: string): number {
  for (let i = 0; i < s.length; i++) out[p++] = s.charCodeAt(i);
  return p;
}

/** Layout details of parsed lines, kept so the exact bytes can be written again. */
export interface LinesLayout {
  /**
   * One token per physical line: `B` begin, `E` end, `F` pair, `_` blank, each followed by its
   * ending `n` (LF), `r` (CRLF) or nothing (last line without a line break).
   */
  skeleton: string;
  begin?: string;
  end?: string;
}

export interface LinesDecodeOptions {
  /** Expect the `BEGIN`/`END` block (TCLink socket form). */
  block: boolean;
  /** Collect the layout (costs a string per message; used by the CLI kinds). */
  layout?: boolean;
}

export interface LinesDecoded {
  pairs: NvpPair[];
  /** Byte offset of each pair's line (same index as `pairs`). */
  offsets: number[];
  layout?: LinesLayout;
}

function isWord(bytes: Uint8Array, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    if ((bytes[start + i]! | 0x20) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** Parses name=value lines (see the module comment for the rules). */
export function decodeLines(bytes: Uint8Array, options: LinesDecodeOptions): LinesDecoded {
  const n = bytes.length;
  const block = options.block;
  const wantLayout = options.layout === true;
  const pairs: NvpPair[] = [];
  const offsets: number[] = [];
  let skeleton = '';
  let begin: string | undefined;
  let end: string | undefined;
  // 0: before BEGIN, 1: inside, 2: after END
  let state = block ? 0 : 1;
  let pos = 0;
  let nonBlank = false;
  while (pos < n) {
    // One pass over the line: its end, its first '=', and any CR inside it.
    const lineStart = pos;
    let i = pos;
    let eq = -1;
    let cr = -1;
    while (i < n) {
      const b = bytes[i]!;
      if (b === LF) break;
      if (b === EQ) {
        if (eq < 0) eq = i;
      } else if (b === CR && cr < 0) cr = i;
      i++;
    }
    const hasLf = i < n;
    let cEnd = i;
    const crlf = hasLf && cEnd > lineStart && bytes[cEnd - 1] === CR;
    if (crlf) cEnd--;
    const eol = hasLf ? (crlf ? 'r' : 'n') : '';
    pos = hasLf ? i + 1 : n;
    if (cEnd === lineStart) {
      if (wantLayout) skeleton += `_${eol}`;
      continue;
    }
    nonBlank = true;
    if (cr >= 0 && cr < cEnd) {
      throw wireError(
        ErrorCode.CORRUPT_RESPONSE,
        `line at byte ${lineStart} contains a CR that does not end it`,
        {
          offset: cr,
          field: 'input',
        },
      );
    }
    if (block && eq < 0 && isWord(bytes, lineStart, cEnd, 'begin')) {
      if (state !== 0) {
        throw wireError(ErrorCode.CORRUPT_RESPONSE, `second BEGIN at byte ${lineStart}`, {
          offset: lineStart,
          field: 'input',
        });
      }
      state = 1;
      if (wantLayout) {
        skeleton += `B${eol}`;
        begin = utf8Decode(bytes, lineStart, cEnd);
      }
      continue;
    }
    if (block && eq < 0 && isWord(bytes, lineStart, cEnd, 'end')) {
      if (state !== 1) {
        throw wireError(ErrorCode.CORRUPT_RESPONSE, `END without BEGIN at byte ${lineStart}`, {
          offset: lineStart,
          field: 'input',
        });
      }
      state = 2;
      if (wantLayout) {
        skeleton += `E${eol}`;
        end = utf8Decode(bytes, lineStart, cEnd);
      }
      continue;
    }
    if (state === 0) {
      throw wireError(ErrorCode.CORRUPT_RESPONSE, `expected BEGIN at byte ${lineStart}`, {
        offset: lineStart,
        field: 'input',
        expected: 'BEGIN',
      });
    }
    if (state === 2) {
      throw wireError(ErrorCode.CORRUPT_RESPONSE, `data after END at byte ${lineStart}`, {
        offset: lineStart,
        field: 'input',
      });
    }
    if (eq < 0) {
      throw wireError(ErrorCode.CORRUPT_RESPONSE, `line at byte ${lineStart} has no '='`, {
        offset: lineStart,
        field: 'input',
        expected: 'name=value',
      });
    }
    pairs.push([utf8Decode(bytes, lineStart, eq), utf8Decode(bytes, eq + 1, cEnd)]);
    offsets.push(lineStart);
    if (wantLayout) skeleton += `F${eol}`;
  }
  if (!nonBlank) {
    throw wireError(ErrorCode.EMPTY_RESPONSE, 'no name=value data', { field: 'input', offset: 0 });
  }
  if (block && state !== 2) {
    throw wireError(
      ErrorCode.TRUNCATED,
      state === 0 ? 'no BEGIN line' : 'no END line: the block is cut short',
      {
        field: 'input',
        offset: n,
        expected: 'END',
      },
    );
  }
  const out: LinesDecoded = { pairs, offsets };
  if (wantLayout) {
    const layout: LinesLayout = { skeleton };
    if (begin !== undefined) layout.begin = begin;
    if (end !== undefined) layout.end = end;
    out.layout = layout;
  }
  return out;
}

/** The skeleton `encodeLines` writes for `count` pairs. */
export function canonicalSkeleton(count: number, block: boolean): string {
  return (block ? 'Bn' : '') + 'Fn'.repeat(count) + (block ? 'En' : '');
}

/** Writes pairs following a layout skeleton (exact bytes of a decoded message). */
export function encodeLinesWithLayout(pairs: readonly NvpPair[], layout: LinesLayout): Uint8Array {
  const parts: string[] = [];
  let k = 0;
  const sk = layout.skeleton;
  for (let i = 0; i < sk.length; ) {
    const t = sk[i++]!;
    let eol = '';
    if (sk[i] === 'n') {
      eol = '\n';
      i++;
    } else if (sk[i] === 'r') {
      eol = '\r\n';
      i++;
    }
    if (t === 'B') parts.push((layout.begin ?? 'BEGIN') + eol);
    else if (t === 'E') parts.push((layout.end ?? 'END') + eol);
    else if (t === '_') parts.push(eol);
    else {
      const p = pairs[k++]!;
      const field = safeName(p[0]);
      measure(p[0], true, field);
      measure(p[1], false, field);
      parts.push(`${p[0]}=${p[1]}${eol}`);
    }
  }
  const text = parts.join('');
  const out = new Uint8Array(measure(text.replace(/[\r\n=]/g, ' '), false, 'input'));
  utf8Write(text, out, 0);
  return out;
}

/** True when `layout` can be applied to `count` pairs (the skeleton has exactly that many `F`). */
export function layoutFits(layout: LinesLayout, count: number): boolean {
  let f = 0;
  for (let i = 0; i < layout.skeleton.length; i++) if (layout.skeleton[i] === 'F') f++;
  return (
    f === count &&
    /^(?:[BEF_][nr])*[BEF]?$/.test(layout.skeleton) &&
    (layout.begin === undefined || /^begin$/i.test(layout.begin)) &&
    (layout.end === undefined || /^end$/i.test(layout.end))
  );
}
