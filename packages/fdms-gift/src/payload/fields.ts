/**
 * The tagged field list shared by requests and responses: FS, two hex digits, the value, up to the
 * next FS. One pass over the bytes on decode; one exact-size allocation on encode.
 */

import { asciiSlice, ByteWriter, FS, isDigitText, mask, type TraceEntry, toEscaped } from '@paywire/core';
import { requestCodeName } from '../codes/request-codes.js';
import { responseCodeInfo } from '../codes/response-codes.js';
import { GiftErrorCode, giftError } from '../errors.js';
import { FIELD_BY_CODE, fieldByName, unknownFieldId, unknownFieldName } from '../fields/dictionary.js';
import { badCharIndex, checkFieldText, fieldText } from '../fields/format.js';
import type { FieldDef } from '../fields/types.js';
import type { SvdotFields, SvdotFieldsInput } from './types.js';

/** Largest payload accepted (every field at its maximum is far below this). */
export const MAX_PAYLOAD = 64 * 1024;
/** Largest value of a field id the dictionary does not know. */
export const MAX_UNKNOWN_FIELD = 512;

const SPEC = 'SVdot field table (notes c.3)';

function hexVal(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x41 && b <= 0x46) return b - 0x37;
  return -1;
}

/** Meaning shown in traces for a field's value. */
function meaningOf(def: FieldDef, text: string): string | undefined {
  if (def.id === '39') return responseCodeInfo(text.trim()).text;
  if (def.id === 'F6') return requestCodeName(text);
  if (def.id === 'A0' && text.length === 8)
    return Number(text.slice(4)) >= 3000 ? 'no expiration' : undefined;
  return def.values?.[text.trim()];
}

/**
 * Decodes the fields from `pos` (the first byte after a field separator) to `end`.
 * Returns whether the last field was followed by a separator with nothing after it.
 */
export function decodeFields(
  bytes: Uint8Array,
  pos: number,
  end: number,
  fields: SvdotFields,
  trace: TraceEntry[] | null,
): boolean {
  const rec = fields as Record<string, string>;
  while (true) {
    let next = pos;
    while (next < end && bytes[next] !== FS) next++;
    if (next === pos && next === end) return true; // FS right at the end
    if (next - pos < 2) {
      throw giftError(GiftErrorCode.CORRUPT_RESPONSE, `field at offset ${pos} has no two-digit hex id`, {
        offset: pos,
        expected: 'two hex digits',
      });
    }
    const hi = hexVal(bytes[pos]!);
    const lo = hexVal(bytes[pos + 1]!);
    if (hi < 0 || lo < 0) {
      throw giftError(
        GiftErrorCode.CORRUPT_RESPONSE,
        `field id at offset ${pos} is not two upper-case hex digits`,
        {
          offset: pos,
          expected: 'two hex digits 0-9A-F',
          actual: toEscaped(bytes, pos, pos + 2),
        },
      );
    }
    const def = FIELD_BY_CODE[(hi << 4) | lo];
    const id = def ? def.id : String.fromCharCode(bytes[pos]!, bytes[pos + 1]!);
    const vpos = pos + 2;
    const text = asciiSlice(bytes, vpos, next);
    const name = def ? def.name : unknownFieldName(id);
    if (Object.hasOwn(rec, name)) {
      throw giftError(GiftErrorCode.CORRUPT_RESPONSE, `field ${id} appears twice`, {
        field: name,
        offset: pos,
      });
    }
    if (def) checkFieldText(def, text, vpos);
    else if (text.length > MAX_UNKNOWN_FIELD) {
      throw giftError(
        GiftErrorCode.INVALID_LENGTH,
        `unknown field ${id} is longer than ${MAX_UNKNOWN_FIELD} bytes`,
        {
          field: name,
          offset: vpos,
        },
      );
    }
    rec[name] = text;
    if (trace) {
      const entry: TraceEntry = {
        path: `fields.${name}`,
        label: def ? `${id} ${def.label}` : `${id} (not in the field table)`,
        offset: vpos,
        length: next - vpos,
        raw: def?.sensitive ? mask(def.sensitive, text) : toEscaped(bytes, vpos, next),
        value: def?.sensitive ? mask(def.sensitive, text) : text,
        depth: 1,
        spec: SPEC,
      };
      if (def?.sensitive) entry.sensitive = def.sensitive;
      const meaning = def ? meaningOf(def, text) : undefined;
      if (meaning !== undefined) entry.meaning = meaning;
      if (next < end) entry.terminator = '<FS>';
      trace.push(entry);
    }
    if (next === end) return false;
    pos = next + 1;
  }
}

/** Validated wire texts of a fields object, in key order: [id, text, id, text, ...]. */
export function fieldTexts(fields: SvdotFieldsInput | undefined): string[] {
  if (fields === null || typeof fields !== 'object') {
    throw giftError(GiftErrorCode.INVALID_ARGUMENT, 'fields must be an object', { field: 'fields' });
  }
  const out: string[] = [];
  for (const name of Object.keys(fields)) {
    const value = (fields as Record<string, unknown>)[name];
    if (value === undefined) continue;
    const def = fieldByName(name);
    if (def) {
      out.push(def.id, fieldText(def, value));
      continue;
    }
    const id = unknownFieldId(name);
    if (id === undefined || FIELD_BY_CODE[Number.parseInt(id, 16)] !== undefined) {
      throw giftError(
        GiftErrorCode.INVALID_ARGUMENT,
        `'${name}' is not an SVdot field name (use the dictionary names, or fieldXX for ids outside it)`,
        { field: name },
      );
    }
    if (typeof value !== 'string' || value.length > MAX_UNKNOWN_FIELD || badCharIndex('FDCD', value) >= 0) {
      throw giftError(
        GiftErrorCode.INVALID_FORMAT,
        `${name}: expected a string of at most ${MAX_UNKNOWN_FIELD} single-byte characters without FS`,
        { field: name },
      );
    }
    out.push(id, value);
  }
  return out;
}

/** Common input checks of the decoders. */
export function checkInput(bytes: unknown, what: string): asserts bytes is Uint8Array {
  if (!(bytes instanceof Uint8Array)) {
    throw giftError(GiftErrorCode.INVALID_ARGUMENT, `${what}: expected a Uint8Array`, {
      actual: typeof bytes,
    });
  }
  if (bytes.length === 0) throw giftError(GiftErrorCode.EMPTY_RESPONSE, `${what}: empty payload`);
  if (bytes.length > MAX_PAYLOAD) {
    throw giftError(
      GiftErrorCode.INPUT_TOO_LARGE,
      `${what}: ${bytes.length} bytes, at most ${MAX_PAYLOAD} accepted`,
    );
  }
}

/** A value that must be a string of exactly `length` ASCII digits; `what` names it in the message. */
export function requireDigits(value: unknown, length: number, field: string, what: string): string {
  if (typeof value !== 'string' || !isDigitText(value, length, length)) {
    throw giftError(GiftErrorCode.INVALID_FORMAT, `${what} must be exactly ${length} digits`, {
      field,
      expected: `${length} digits`,
      actual: typeof value === 'string' ? value : typeof value,
    });
  }
  return value;
}

/** Digits, hex digits (either case), printable ASCII: the types the encoder checks while writing. */
const DIGIT = new Uint8Array(128);
const HEX = new Uint8Array(128);
const PRINTABLE = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) DIGIT[c] = HEX[c] = 1;
for (let c = 0x41; c <= 0x46; c++) HEX[c] = HEX[c + 32] = 1;
for (let c = 0x20; c <= 0x7e; c++) PRINTABLE[c] = 1;

/**
 * The table a string value of this type can be written through as it stands, when every character
 * is in it (`N` without leading spaces is plain digits). Other types, and values that fail the
 * table, take `fieldText`, which pads, converts or throws.
 */
function tableOf(def: FieldDef): Uint8Array | undefined {
  switch (def.type) {
    case 'AN':
      return PRINTABLE;
    case 'N':
    case 'ZN':
      return DIGIT;
    case 'HT':
      return HEX;
    default:
      return undefined;
  }
}

/** The payload writer; a nested call (a getter on `fields` that encodes) gets its own. */
const sharedWriter = new ByteWriter(512);
let writerBusy = false;

function writeText(w: ByteWriter, text: string): void {
  w.ensure(text.length);
  const buf = w.buffer;
  let p = w.length;
  for (let i = 0; i < text.length; i++) buf[p++] = text.charCodeAt(i);
  w.length = p;
}

/** FS, id, value of each field in key order, checked as `fieldTexts` checks them (same errors, same order). */
function writeFieldsChecked(w: ByteWriter, fields: SvdotFieldsInput | undefined): void {
  if (fields === null || typeof fields !== 'object') {
    throw giftError(GiftErrorCode.INVALID_ARGUMENT, 'fields must be an object', { field: 'fields' });
  }
  const rec = fields as Record<string, unknown>;
  for (const name of Object.keys(fields)) {
    const value = rec[name];
    if (value === undefined) continue;
    const def = fieldByName(name);
    if (def === undefined) {
      const texts = fieldTexts({ [name]: value } as SvdotFieldsInput); // checks (and throws) as before
      w.ensure(3);
      w.buffer[w.length++] = FS;
      writeText(w, texts[0]!);
      writeText(w, texts[1]!);
      continue;
    }
    w.ensure(3);
    const start = w.length;
    let buf = w.buffer;
    buf[start] = FS;
    buf[start + 1] = def.id.charCodeAt(0);
    buf[start + 2] = def.id.charCodeAt(1);
    w.length = start + 3;
    const table = tableOf(def);
    if (
      typeof value === 'string' &&
      table !== undefined &&
      value.length >= def.min &&
      value.length <= def.max
    ) {
      const n = value.length;
      w.ensure(n);
      buf = w.buffer;
      let p = w.length;
      let i = 0;
      for (; i < n; i++) {
        const c = value.charCodeAt(i);
        if (c >= 0x80 || table[c] === 0) break;
        buf[p++] = c;
      }
      if (i === n) {
        w.length = p;
        continue;
      }
    }
    writeText(w, fieldText(def, value));
  }
}

/**
 * Writes a payload: the already validated header `a b FS c d` (digits and 'SV.'), the fields, the
 * optional final FS. The result is a pooled copy (see core's `allocBytes`).
 */
export function encodePayload(
  a: string,
  b: string,
  c: string,
  d: string,
  fields: SvdotFieldsInput | undefined,
  trailingSeparator: boolean | undefined,
): Uint8Array {
  const nested = writerBusy;
  const w = nested ? new ByteWriter(512) : sharedWriter;
  writerBusy = true;
  try {
    w.reset();
    writeText(w, a);
    writeText(w, b);
    w.byte(FS);
    writeText(w, c);
    writeText(w, d);
    writeFieldsChecked(w, fields);
    if (trailingSeparator === true) w.byte(FS);
    return w.toBytes();
  } finally {
    if (!nested) writerBusy = false;
  }
}

/** `checkInput` plus: at least the fixed header is there. */
export function checkHeader(bytes: unknown, what: string, headerLength: number): asserts bytes is Uint8Array {
  checkInput(bytes, what);
  if (bytes.length < headerLength) {
    throw giftError(
      GiftErrorCode.TRUNCATED,
      `${what}: ${bytes.length} bytes, the header alone is ${headerLength}`,
      {
        offset: bytes.length,
      },
    );
  }
}

/**
 * Decodes what follows the fixed header: nothing, or FS and the field list.
 * `after` names the last header field in the error message. Returns whether a final FS was there.
 */
export function decodeBody(
  bytes: Uint8Array,
  headerLength: number,
  what: string,
  after: string,
  fields: SvdotFields,
  trace: TraceEntry[] | null,
): boolean {
  if (bytes.length === headerLength) return false;
  if (bytes[headerLength] !== FS) {
    throw giftError(GiftErrorCode.CORRUPT_RESPONSE, `${what}: field separator expected after ${after}`, {
      offset: headerLength,
      expected: '<FS>',
      actual: toEscaped(bytes, headerLength, headerLength + 1),
    });
  }
  return decodeFields(bytes, headerLength + 1, bytes.length, fields, trace);
}

/** Trace entry of a fixed header field (its raw text is its value). */
export function headerEntry(
  path: string,
  label: string,
  offset: number,
  raw: string,
  terminator?: string,
): TraceEntry {
  return terminator === undefined
    ? { path, label, offset, length: raw.length, raw, value: raw, depth: 0 }
    : { path, label, offset, length: raw.length, raw, value: raw, terminator, depth: 0 };
}
