/**
 * The field-table engine. `compileRecord` turns a table of `FieldSpec`s into a codec once, at
 * load time: every field becomes a small pair of closures (encode, decode) chosen for its shape,
 * so the per-message work is a straight walk with no table interpretation and no `eval`.
 * The same compiled fields validate (encode), decode, and produce annotated traces.
 */

import { controlName, toEscaped } from '../ascii.js';
import { asciiSlice, ByteWriter } from '../bytes.js';
import { ErrorCode, PaywireError } from '../errors.js';
import { mask } from '../mask.js';
import type { FieldFormat, FieldSpec, Padding, RecordValues, TraceEntry } from './spec.js';

/** Per-call decode state; `trace` is null on the fast path. */
interface DecodeContext {
  bytes: Uint8Array;
  trace: TraceEntry[] | null;
  root: RecordValues;
  family: string;
}

interface EncodeContext {
  root: RecordValues;
  family: string;
}

interface CompiledField {
  spec: FieldSpec;
  name: string;
  /** `spec.when`, read once (spec objects have many shapes; reading them per message is slow). */
  when: FieldSpec['when'];
  /** Plain scalar fields get a fast path in `encodeFields`/`decodeFields`; null for the others. */
  fast: FastScalar | null;
  /** Writes the field (value taken from `rec`). */
  enc(w: ByteWriter, rec: RecordValues, ctx: EncodeContext, path: string): void;
  /** Reads the field from [pos, end), stores it in `rec`, returns the new position. */
  dec(pos: number, end: number, rec: RecordValues, ctx: DecodeContext, path: string, depth: number): number;
}

// ---------------------------------------------------------------------------------------------
// character classes

const CLASS: Record<FieldFormat, Uint8Array> = {
  numeric: new Uint8Array(256),
  alphanumeric: new Uint8Array(256),
  alpha: new Uint8Array(256),
  hex: new Uint8Array(256),
  text: new Uint8Array(256).fill(1),
};
for (let c = 0x30; c <= 0x39; c++) {
  CLASS.numeric[c] = 1;
  CLASS.hex[c] = 1;
}
for (let c = 0x20; c <= 0x7e; c++) CLASS.alphanumeric[c] = 1;
for (let c = 0x41; c <= 0x46; c++) CLASS.hex[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) {
  CLASS.alpha[c] = 1;
  CLASS.alpha[c + 32] = 1;
}
CLASS.alpha[0x20] = 1;

const fieldClasses = new Map<string, Uint8Array>();

/**
 * The bytes a field's value may hold: its format's class without its terminator, so the fast
 * paths test one table entry per character (a character above 0xFF reads undefined: refused too).
 */
function fieldClass(format: FieldFormat, terminator: number): Uint8Array {
  const key = `${format}:${terminator}`;
  let cls = fieldClasses.get(key);
  if (cls === undefined) {
    cls = CLASS[format].slice();
    if (terminator >= 0) cls[terminator] = 0;
    fieldClasses.set(key, cls);
  }
  return cls;
}

const FORMAT_WORDS: Record<FieldFormat, string> = {
  numeric: 'digits 0-9',
  alphanumeric: 'printable ASCII',
  alpha: 'letters and spaces',
  hex: 'hex digits 0-9A-F',
  text: 'bytes',
};

// ---------------------------------------------------------------------------------------------
// helpers

function shown(spec: FieldSpec, text: string): string {
  return spec.sensitive ? mask(spec.sensitive, text) : text;
}

function err(
  code: number,
  _spec: FieldSpec,
  path: string,
  message: string,
  family: string,
  extra: { offset?: number; expected?: string; actual?: string } = {},
): PaywireError {
  return new PaywireError(code, `${path}: ${message}`, { ...extra, field: path, family });
}

/** Never passed: the branch it guards in `recordFactory`'s constructor never runs. */
const LAYOUT_ONLY = Symbol('layout only');

/**
 * A constructor for the decoded objects of one record (or one composite field). Its prototype is
 * `Object.prototype`, so what it makes are plain objects. Why a constructor: V8 gives the objects of
 * a constructor as many in-object property slots as the assignments to `this` it sees in the body
 * (64 below, in a branch that never runs, so no such property is ever made), then trims the slots to
 * what the first few objects used. A decoded record's fields are then stored in place, instead of
 * regrowing a property array three fields at a time: about 2.5x faster stores for a 40-field record
 * than on `{}`. Records of more than 64 fields still work, the rest is stored out of object.
 */
function recordFactory(): new () => RecordValues {
  // a function expression per call: each compiled record gets a constructor (and a layout) of its own
  const Make = function PaywireRecord(this: Record<string, unknown>, layoutOnly?: symbol) {
    if (layoutOnly === LAYOUT_ONLY) {
      this.s0 = undefined;
      this.s1 = undefined;
      this.s2 = undefined;
      this.s3 = undefined;
      this.s4 = undefined;
      this.s5 = undefined;
      this.s6 = undefined;
      this.s7 = undefined;
      this.s8 = undefined;
      this.s9 = undefined;
      this.s10 = undefined;
      this.s11 = undefined;
      this.s12 = undefined;
      this.s13 = undefined;
      this.s14 = undefined;
      this.s15 = undefined;
      this.s16 = undefined;
      this.s17 = undefined;
      this.s18 = undefined;
      this.s19 = undefined;
      this.s20 = undefined;
      this.s21 = undefined;
      this.s22 = undefined;
      this.s23 = undefined;
      this.s24 = undefined;
      this.s25 = undefined;
      this.s26 = undefined;
      this.s27 = undefined;
      this.s28 = undefined;
      this.s29 = undefined;
      this.s30 = undefined;
      this.s31 = undefined;
      this.s32 = undefined;
      this.s33 = undefined;
      this.s34 = undefined;
      this.s35 = undefined;
      this.s36 = undefined;
      this.s37 = undefined;
      this.s38 = undefined;
      this.s39 = undefined;
      this.s40 = undefined;
      this.s41 = undefined;
      this.s42 = undefined;
      this.s43 = undefined;
      this.s44 = undefined;
      this.s45 = undefined;
      this.s46 = undefined;
      this.s47 = undefined;
      this.s48 = undefined;
      this.s49 = undefined;
      this.s50 = undefined;
      this.s51 = undefined;
      this.s52 = undefined;
      this.s53 = undefined;
      this.s54 = undefined;
      this.s55 = undefined;
      this.s56 = undefined;
      this.s57 = undefined;
      this.s58 = undefined;
      this.s59 = undefined;
      this.s60 = undefined;
      this.s61 = undefined;
      this.s62 = undefined;
      this.s63 = undefined;
    }
  };
  Make.prototype = Object.prototype;
  return Make as unknown as new () => RecordValues;
}

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

/** First byte in [pos, end) not allowed by `cls`, or -1. */
function badByte(bytes: Uint8Array, pos: number, end: number, cls: Uint8Array, terminator: number): number {
  for (let i = pos; i < end; i++) {
    const b = bytes[i]!;
    if (cls[b] === 0 || b === terminator) return i;
  }
  return -1;
}

function badChar(text: string, cls: Uint8Array, terminator: number): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff || cls[c] === 0 || c === terminator) return i;
  }
  return -1;
}

function describeByte(b: number): string {
  const n = controlName(b);
  return n ? `<${n}>` : b >= 0x20 && b < 0x7f ? `'${String.fromCharCode(b)}'` : `0x${b.toString(16)}`;
}

// ---------------------------------------------------------------------------------------------
// scalar fields

interface Scalar {
  spec: FieldSpec;
  fixed: number; // fixed length, or -1
  min: number;
  max: number;
  cls: Uint8Array;
  format: FieldFormat;
  pad: Padding;
  padByte: number;
  integer: boolean;
  terminator: number; // -1 when none
  absentFill: string;
  /** `spec.values` compiled for the per-message check: a byte table when every value is one character. */
  oneChar: Uint8Array | null;
  /** `spec.values` as a set when some value is longer than one character. */
  valueSet: ReadonlySet<string> | null;
}

/** Membership of `text` in the field's `values` (true when the field has none). */
function allowedValue(s: Scalar, text: string): boolean {
  const one = s.oneChar;
  if (one !== null) {
    if (text.length !== 1) return false;
    const c = text.charCodeAt(0);
    return c < 256 && one[c] === 1;
  }
  return s.valueSet === null || s.valueSet.has(text);
}

function compileValues(values: FieldSpec['values']): Pick<Scalar, 'oneChar' | 'valueSet'> {
  if (values === undefined) return { oneChar: null, valueSet: null };
  const keys = Object.keys(values);
  if (keys.length > 0 && keys.every((k) => k.length === 1 && k.charCodeAt(0) < 256)) {
    const one = new Uint8Array(256);
    for (const k of keys) one[k.charCodeAt(0)] = 1;
    return { oneChar: one, valueSet: null };
  }
  return { oneChar: null, valueSet: new Set(keys) };
}

function scalarInfo(spec: FieldSpec): Scalar {
  const format = spec.format ?? 'alphanumeric';
  const fixed = spec.length ?? -1;
  const pad: Padding = spec.pad ?? (fixed < 0 ? 'none' : format === 'numeric' ? 'zero-left' : 'space-right');
  const integer = spec.type === 'integer';
  if (integer && format !== 'numeric')
    throw new Error(`field ${spec.name}: integer type needs numeric format`);
  const max = fixed >= 0 ? fixed : (spec.max ?? (spec.lengthPrefix ? 10 ** spec.lengthPrefix - 1 : 9999999));
  return {
    spec,
    fixed,
    min: spec.min ?? (fixed >= 0 && pad === 'none' ? fixed : 0),
    max,
    cls: CLASS[format],
    format,
    pad,
    padByte: pad === 'zero-left' || pad === 'zero-right' ? 0x30 : 0x20,
    integer,
    terminator: spec.terminator ?? -1,
    absentFill: spec.absentFill ?? ' ',
    ...compileValues(spec.values),
  };
}

/** Turns a record's value into the field's text, validating it; undefined when absent. */
function valueText(s: Scalar, v: unknown, path: string, family: string): string | undefined {
  const spec = s.spec;
  if (v === undefined || v === null) {
    if (spec.default !== undefined) v = spec.default;
    else if (spec.optional) return undefined;
    else throw err(ErrorCode.MISSING_VALUE, spec, path, 'is required', family);
  }
  let text: string;
  if (typeof v === 'string') text = v;
  else if (typeof v === 'number' && s.format === 'numeric') {
    if (!Number.isSafeInteger(v) || v < 0) {
      throw err(ErrorCode.OUT_OF_RANGE, spec, path, 'must be a non-negative integer', family, {
        actual: String(v),
      });
    }
    text = String(v);
  } else {
    throw err(ErrorCode.INVALID_FORMAT, spec, path, `expected a ${s.integer ? 'number' : 'string'}`, family, {
      actual: typeof v,
    });
  }
  const n = text.length;
  if (n > s.max) {
    throw err(ErrorCode.INVALID_LENGTH, spec, path, `is ${n} characters, at most ${s.max} allowed`, family, {
      expected: s.fixed >= 0 ? `${s.fixed}` : `${s.min}-${s.max}`,
      actual: String(n),
    });
  }
  if (n < s.min) {
    throw err(
      ErrorCode.INVALID_LENGTH,
      spec,
      path,
      `is ${n} characters, at least ${s.min} required`,
      family,
      {
        expected: s.fixed >= 0 ? `${s.fixed}` : `${s.min}-${s.max}`,
        actual: String(n),
      },
    );
  }
  const bad = badChar(text, s.cls, s.terminator);
  if (bad >= 0) {
    throw err(
      ErrorCode.INVALID_FORMAT,
      spec,
      path,
      `character ${bad + 1} is not allowed (${FORMAT_WORDS[s.format]})`,
      family,
      {
        expected: FORMAT_WORDS[s.format],
        actual: shown(spec, text),
      },
    );
  }
  return text;
}

/** Allowed values and the custom check; `rec` is passed to `check` when known. */
function checkValue(
  s: Scalar,
  text: string,
  path: string,
  family: string,
  offset: number | undefined,
  decoding: boolean,
  rec?: RecordValues,
): void {
  const spec = s.spec;
  const values = spec.values;
  if (values !== undefined && !(decoding && spec.openValues) && !allowedValue(s, text)) {
    throw err(
      ErrorCode.OUT_OF_RANGE,
      spec,
      path,
      `value ${JSON.stringify(shown(spec, text))} is not allowed`,
      family,
      {
        ...(offset === undefined ? {} : { offset }),
        expected: Object.keys(values).slice(0, 20).join('|'),
        actual: shown(spec, text),
      },
    );
  }
  if (spec.check !== undefined && rec !== undefined) {
    const problem = spec.check(text, rec);
    if (problem !== undefined) {
      throw err(spec.checkCode ?? ErrorCode.INVALID_FORMAT, spec, path, problem, family, {
        ...(offset === undefined ? {} : { offset }),
        actual: shown(spec, text),
      });
    }
  }
}

function writePadded(w: ByteWriter, s: Scalar, text: string): void {
  const fill = s.fixed - text.length;
  if (fill <= 0) {
    w.ascii(text);
    return;
  }
  if (s.pad === 'zero-left' || s.pad === 'space-left') w.fill(s.padByte, fill).ascii(text);
  else w.ascii(text).fill(s.padByte, fill);
}

function unpad(s: Scalar, raw: string): string {
  switch (s.pad) {
    case 'space-right': {
      let e = raw.length;
      while (e > 0 && raw.charCodeAt(e - 1) === 0x20) e--;
      return e === raw.length ? raw : raw.slice(0, e);
    }
    case 'space-left': {
      let b = 0;
      while (b < raw.length && raw.charCodeAt(b) === 0x20) b++;
      return b === 0 ? raw : raw.slice(b);
    }
    default:
      // zero padding is kept for numeric strings (merchant numbers, codes keep their digits)
      return raw;
  }
}

function allSame(bytes: Uint8Array, pos: number, end: number, c: number): boolean {
  for (let i = pos; i < end; i++) if (bytes[i] !== c) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// bounds shared by scalars and groups (same checks, same errors; `what` is 'field' or 'group')

/** End of a fixed-length field or group of `n` bytes from `pos`; TRUNCATED when fewer are left. */
function fixedEnd(
  spec: FieldSpec,
  ctx: DecodeContext,
  pos: number,
  n: number,
  end: number,
  path: string,
): number {
  if (pos + n > end) {
    throw err(ErrorCode.TRUNCATED, spec, path, `needs ${n} bytes, ${end - pos} left`, ctx.family, {
      offset: pos,
    });
  }
  return pos + n;
}

/**
 * Where the terminator after `pos` stands (before `end`); `end` when there is none and the spec lets
 * the data end without it, TRUNCATED otherwise.
 */
function terminatorStop(
  spec: FieldSpec,
  ctx: DecodeContext,
  pos: number,
  end: number,
  path: string,
  terminator: number,
  what: 'field' | 'group',
): number {
  const stop = ctx.bytes.indexOf(terminator, pos);
  if (stop >= 0 && stop < end) return stop;
  if (spec.terminatorOptionalAtEnd) return end;
  throw err(ErrorCode.TRUNCATED, spec, path, `no ${describeByte(terminator)} after the ${what}`, ctx.family, {
    offset: end,
  });
}

/**
 * Position after the terminator that must follow at `at` (or `at` itself when the data ends there and
 * the spec allows that); INVALID_FORMAT otherwise.
 */
function afterTerminator(
  spec: FieldSpec,
  ctx: DecodeContext,
  at: number,
  end: number,
  path: string,
  terminator: number,
  what: 'field' | 'group',
): number {
  if (at < end && ctx.bytes[at] === terminator) return at + 1;
  if (at >= end && spec.terminatorOptionalAtEnd) return at;
  throw err(
    ErrorCode.INVALID_FORMAT,
    spec,
    path,
    `expected ${describeByte(terminator)} after the ${what}`,
    ctx.family,
    {
      offset: at,
      actual: at < end ? describeByte(ctx.bytes[at]!) : 'end of data',
    },
  );
}

function compileScalar(spec: FieldSpec): CompiledField {
  const s = scalarInfo(spec);
  const name = spec.name;
  const label = spec.label ?? name;
  const prefix = spec.lengthPrefix ?? 0;
  const rest = spec.rest === true;
  const fillCode = s.absentFill.charCodeAt(0);
  const needsCheck = spec.values !== undefined || spec.check !== undefined;

  function trace(
    ctx: DecodeContext,
    path: string,
    depth: number,
    start: number,
    end: number,
    value: unknown,
    text: string | undefined,
  ): void {
    const raw = toEscaped(ctx.bytes, start, end);
    const entry: TraceEntry = {
      path,
      label,
      offset: start,
      length: end - start,
      raw: spec.sensitive ? mask(spec.sensitive, raw) : raw,
      depth,
    };
    if (value !== undefined)
      entry.value = spec.sensitive && typeof value === 'string' ? mask(spec.sensitive, value) : value;
    if (text !== undefined && spec.values !== undefined) {
      const meaning = spec.values[text];
      entry.meaning = meaning ?? 'unknown value';
    }
    if (s.terminator >= 0 && end < ctx.bytes.length && ctx.bytes[end] === s.terminator) {
      entry.terminator = describeByte(s.terminator);
    }
    if (spec.sensitive) entry.sensitive = spec.sensitive;
    if (spec.spec) entry.spec = spec.spec;
    ctx.trace!.push(entry);
  }

  function decodeText(
    ctx: DecodeContext,
    start: number,
    end: number,
    rec: RecordValues,
    path: string,
    depth: number,
    fixedField: boolean,
  ): void {
    const bytes = ctx.bytes;
    if (fixedField && spec.optional && allSame(bytes, start, end, fillCode)) {
      if (ctx.trace) trace(ctx, path, depth, start, end, undefined, undefined);
      return;
    }
    const n = end - start;
    if (!fixedField && n === 0 && spec.optional) {
      if (ctx.trace) trace(ctx, path, depth, start, end, undefined, undefined);
      return;
    }
    const bad = badByte(bytes, start, end, s.cls, s.terminator);
    if (bad >= 0) {
      throw err(
        ErrorCode.INVALID_FORMAT,
        spec,
        path,
        `byte ${describeByte(bytes[bad]!)} is not allowed (${FORMAT_WORDS[s.format]})`,
        ctx.family,
        {
          offset: bad,
          expected: FORMAT_WORDS[s.format],
        },
      );
    }
    if (!fixedField && (n < s.min || n > s.max)) {
      throw err(
        ErrorCode.INVALID_LENGTH,
        spec,
        path,
        `is ${n} bytes, expected ${s.min}-${s.max}`,
        ctx.family,
        {
          offset: start,
          expected: `${s.min}-${s.max}`,
          actual: String(n),
        },
      );
    }
    const raw = asciiSlice(bytes, start, end);
    const text = fixedField ? unpad(s, raw) : raw;
    if (fixedField && text.length < s.min) {
      throw err(
        ErrorCode.INVALID_LENGTH,
        spec,
        path,
        `holds ${text.length} characters, at least ${s.min} required`,
        ctx.family,
        {
          offset: start,
        },
      );
    }
    if (needsCheck) checkValue(s, text, path, ctx.family, start, true, rec);
    let value: unknown = text;
    if (s.integer) value = text === '' ? 0 : Number(text);
    rec[name] = value;
    if (ctx.trace) trace(ctx, path, depth, start, end, value, text);
  }

  const encodeValue = spec.encodeValue;
  const enc = (w: ByteWriter, rec: RecordValues, ectx: EncodeContext, parent: string): void => {
    const path = join(parent, name);
    const given = rec[name];
    const text = valueText(s, encodeValue === undefined ? given : encodeValue(given, rec), path, ectx.family);
    if (text !== undefined && needsCheck) checkValue(s, text, path, ectx.family, undefined, false, rec);
    if (s.fixed >= 0) {
      if (text === undefined) w.fill(fillCode, s.fixed);
      else writePadded(w, s, text);
    } else {
      const t = text ?? '';
      if (prefix > 0) w.ascii(String(t.length).padStart(prefix, '0'));
      w.ascii(t);
    }
    if (s.terminator >= 0) w.byte(s.terminator);
  };

  const dec: CompiledField['dec'] = (pos, end, rec, ctx, parent, depth) => {
    const path = join(parent, name);
    const bytes = ctx.bytes;
    if (s.fixed >= 0) {
      const stop = fixedEnd(spec, ctx, pos, s.fixed, end, path);
      decodeText(ctx, pos, stop, rec, path, depth, true);
      return s.terminator >= 0 ? afterTerminator(spec, ctx, stop, end, path, s.terminator, 'field') : stop;
    }
    if (prefix > 0) {
      if (pos + prefix > end) {
        throw err(ErrorCode.TRUNCATED, spec, path, 'length prefix cut short', ctx.family, { offset: pos });
      }
      let n = 0;
      for (let i = pos; i < pos + prefix; i++) {
        const d = bytes[i]! - 0x30;
        if (d < 0 || d > 9) {
          throw err(ErrorCode.INVALID_FORMAT, spec, path, 'length prefix is not numeric', ctx.family, {
            offset: i,
          });
        }
        n = n * 10 + d;
      }
      const start = pos + prefix;
      if (start + n > end) {
        throw err(
          ErrorCode.TRUNCATED,
          spec,
          path,
          `length prefix says ${n} bytes, ${end - start} left`,
          ctx.family,
          {
            offset: pos,
          },
        );
      }
      decodeText(ctx, start, start + n, rec, path, depth, false);
      return s.terminator >= 0
        ? afterTerminator(spec, ctx, start + n, end, path, s.terminator, 'field')
        : start + n;
    }
    if (rest) {
      decodeText(ctx, pos, end, rec, path, depth, false);
      return end;
    }
    // terminated
    const stop = terminatorStop(spec, ctx, pos, end, path, s.terminator, 'field');
    decodeText(ctx, pos, stop, rec, path, depth, false);
    return stop < end ? stop + 1 : stop;
  };

  const fast: FastScalar | null =
    prefix > 0 || rest || (s.fixed < 0 && s.terminator < 0)
      ? null
      : {
          name,
          s,
          fixed: s.fixed,
          terminator: s.terminator,
          terminatorOptionalAtEnd: spec.terminatorOptionalAtEnd === true,
          cls: fieldClass(s.format, s.terminator),
          min: s.min,
          max: s.max,
          optional: spec.optional === true,
          hasDefault: spec.default !== undefined,
          fillCode,
          integer: s.integer,
          converts: encodeValue !== undefined,
          encodeValues: spec.values !== undefined,
          decodeValues: spec.values !== undefined && spec.openValues !== true,
          check: spec.check ?? null,
          trimRight: s.fixed >= 0 && s.pad === 'space-right',
          trimLeft: s.fixed >= 0 && s.pad === 'space-left',
          padLeft: s.pad === 'zero-left' || s.pad === 'space-left',
          padByte: s.padByte,
        };
  return { spec, name, when: spec.when, fast, enc, dec };
}

// ---------------------------------------------------------------------------------------------
// the fast path: one loop over the fields of a record, plain scalars handled inline (no closure
// call, no reads of the spec objects). Anything unusual (absent required value, wrong length or
// character, a number for a numeric field, a missing terminator, ...) is handed to the field's
// own closure, which does the full work and raises the same error it always did.

interface FastScalar {
  name: string;
  s: Scalar;
  fixed: number;
  terminator: number;
  terminatorOptionalAtEnd: boolean;
  /** The format's class without the terminator (`fieldClass`). */
  cls: Uint8Array;
  min: number;
  max: number;
  optional: boolean;
  hasDefault: boolean;
  fillCode: number;
  integer: boolean;
  /** The field has an `encodeValue`: encoding goes through the closure. */
  converts: boolean;
  /** `values` checked when encoding / when decoding (not for `openValues`). */
  encodeValues: boolean;
  decodeValues: boolean;
  check: NonNullable<FieldSpec['check']> | null;
  trimRight: boolean;
  trimLeft: boolean;
  padLeft: boolean;
  padByte: number;
}

function encodeFields(
  fields: readonly CompiledField[],
  w: ByteWriter,
  rec: RecordValues,
  ectx: EncodeContext,
  path: string,
): void {
  const count = fields.length;
  for (let i = 0; i < count; i++) {
    const c = fields[i]!;
    const when = c.when;
    if (when !== undefined && !when(rec, ectx.root)) {
      if (rec[c.name] !== undefined) notCarried(c, rec, ectx, path);
      continue;
    }
    const f = c.fast;
    if (f === null || f.converts) {
      c.enc(w, rec, ectx, path);
      continue;
    }
    const v = rec[f.name];
    if (typeof v === 'string') {
      const n = v.length;
      if (n > f.max || n < f.min) {
        c.enc(w, rec, ectx, path); // throws the length error
        continue;
      }
      const fill = f.fixed - n;
      const need = (fill > 0 ? f.fixed : n) + 1;
      if (w.length + need > w.buffer.length) w.ensure(need);
      // Write and check the characters in one pass; `w.length` moves only when all is well, so a
      // bad character leaves the writer as it was and the closure raises the usual error.
      const buf = w.buffer;
      const cls = f.cls;
      const term = f.terminator;
      let o = w.length;
      // short runs: a loop beats the TypedArray fill builtin call
      if (fill > 0 && f.padLeft) for (let k = 0; k < fill; k++) buf[o++] = f.padByte;
      let k = 0;
      for (; k < n; k++) {
        const ch = v.charCodeAt(k);
        if (cls[ch] !== 1) break;
        buf[o++] = ch;
      }
      if (k < n) {
        c.enc(w, rec, ectx, path); // throws the format error
        continue;
      }
      if ((f.encodeValues && !allowedValue(f.s, v)) || (f.check !== null && f.check(v, rec) !== undefined)) {
        c.enc(w, rec, ectx, path); // throws the value error
        continue;
      }
      if (fill > 0 && !f.padLeft) for (let j = 0; j < fill; j++) buf[o++] = f.padByte;
      if (term >= 0) buf[o++] = term;
      w.length = o;
    } else if ((v === undefined || v === null) && f.optional && !f.hasDefault) {
      if (f.fixed >= 0) w.fill(f.fillCode, f.fixed);
      if (f.terminator >= 0) w.byte(f.terminator);
    } else c.enc(w, rec, ectx, path);
  }
}

/** A value given for a field its record does not carry (its `when` is false): refused, never dropped. */
function notCarried(c: CompiledField, rec: RecordValues, ectx: EncodeContext, path: string): never {
  const fieldPath = join(path, c.name);
  throw new PaywireError(
    ErrorCode.INVALID_ARGUMENT,
    `${fieldPath}: has a value, but this record does not carry the field with the other values given`,
    { field: fieldPath, family: ectx.family, actual: c.spec.sensitive ? undefined : shownValue(rec[c.name]) },
  );
}

function shownValue(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : typeof v;
}

function decodeFields(
  fields: readonly CompiledField[],
  pos: number,
  end: number,
  rec: RecordValues,
  ctx: DecodeContext,
  path: string,
  depth: number,
  root: RecordValues,
): number {
  const bytes = ctx.bytes;
  const count = fields.length;
  let p = pos;
  for (let i = 0; i < count; i++) {
    const c = fields[i]!;
    const when = c.when;
    if (when !== undefined && !when(rec, root)) continue;
    const f = c.fast;
    if (f === null) {
      p = c.dec(p, end, rec, ctx, path, depth);
      continue;
    }
    const term = f.terminator;
    let stop: number;
    let next: number;
    if (f.fixed >= 0) {
      stop = p + f.fixed;
      if (stop > end) {
        p = c.dec(p, end, rec, ctx, path, depth); // throws TRUNCATED
        continue;
      }
      if (term < 0) next = stop;
      else if (stop < end && bytes[stop] === term) next = stop + 1;
      else if (stop >= end && f.terminatorOptionalAtEnd) next = stop;
      else {
        p = c.dec(p, end, rec, ctx, path, depth);
        continue;
      }
      if (f.optional && allSame(bytes, p, stop, f.fillCode)) {
        p = next;
        continue;
      }
    } else {
      // terminated: find the terminator and check the characters in one scan
      const cls = f.cls;
      let k = p;
      for (; k < end; k++) {
        const b = bytes[k]!;
        if (cls[b] === 0) break;
      }
      if (k >= end ? !f.terminatorOptionalAtEnd : bytes[k] !== term) {
        p = c.dec(p, end, rec, ctx, path, depth);
        continue;
      }
      stop = k;
      next = k < end ? k + 1 : k;
      const n = stop - p;
      if (n === 0 && f.optional) {
        p = next;
        continue;
      }
      if (n < f.min || n > f.max) {
        p = c.dec(p, end, rec, ctx, path, depth);
        continue;
      }
    }
    if (f.fixed >= 0 && badByte(bytes, p, stop, f.cls, -1) >= 0) {
      p = c.dec(p, end, rec, ctx, path, depth);
      continue;
    }
    // fixed fields: the padding is trimmed on the bytes (what `unpad` does to the text), so the
    // value is sliced once
    let from = p;
    let to = stop;
    if (f.trimRight) while (to > from && bytes[to - 1] === 0x20) to--;
    else if (f.trimLeft) while (from < to && bytes[from] === 0x20) from++;
    if (f.fixed >= 0 && to - from < f.min) {
      p = c.dec(p, end, rec, ctx, path, depth);
      continue;
    }
    const text = asciiSlice(bytes, from, to);
    if (
      (f.decodeValues && !allowedValue(f.s, text)) ||
      (f.check !== null && f.check(text, rec) !== undefined)
    ) {
      p = c.dec(p, end, rec, ctx, path, depth); // throws the value error
      continue;
    }
    rec[f.name] = f.integer ? (text === '' ? 0 : Number(text)) : text;
    p = next;
  }
  return p;
}

// ---------------------------------------------------------------------------------------------
// constants

function compileConst(spec: FieldSpec): CompiledField {
  const literal = spec.const!;
  const n = literal.length;
  const label = spec.label ?? spec.name;
  const codes = Array.from(literal, (c) => c.charCodeAt(0));
  return {
    spec,
    name: spec.name,
    when: spec.when,
    fast: null,
    enc(w) {
      w.ascii(literal);
    },
    dec(pos, end, _rec, ctx, parent, depth) {
      const path = join(parent, spec.name);
      if (pos + n > end) {
        throw err(ErrorCode.TRUNCATED, spec, path, `expected ${JSON.stringify(literal)}`, ctx.family, {
          offset: pos,
        });
      }
      for (let i = 0; i < n; i++) {
        if (ctx.bytes[pos + i] !== codes[i]) {
          throw err(
            ErrorCode.INVALID_FORMAT,
            spec,
            path,
            `expected ${toEscaped(Uint8Array.from(codes))}`,
            ctx.family,
            {
              offset: pos + i,
              expected: toEscaped(Uint8Array.from(codes)),
              actual: toEscaped(ctx.bytes, pos, pos + n),
            },
          );
        }
      }
      if (ctx.trace) {
        const entry: TraceEntry = {
          path,
          label,
          offset: pos,
          length: n,
          raw: toEscaped(ctx.bytes, pos, pos + n),
          depth,
        };
        if (spec.spec) entry.spec = spec.spec;
        ctx.trace.push(entry);
      }
      return pos + n;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// composites and repeats

function windowEnd(spec: FieldSpec, ctx: DecodeContext, pos: number, end: number, path: string): number {
  if (spec.length !== undefined) return fixedEnd(spec, ctx, pos, spec.length, end, path);
  if (spec.terminator !== undefined)
    return terminatorStop(spec, ctx, pos, end, path, spec.terminator, 'group');
  return end;
}

function compileComposite(spec: FieldSpec): CompiledField {
  const children = compileFields(spec.fields!);
  const name = spec.name;
  const label = spec.label ?? name;
  const fixed = spec.length;
  const terminator = spec.terminator;
  const bounded = fixed !== undefined || terminator !== undefined || spec.rest === true;
  const repeat = spec.repeat;
  const MakeItem = recordFactory();

  function encodeOne(w: ByteWriter, item: unknown, ectx: EncodeContext, path: string): void {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw err(ErrorCode.INVALID_FORMAT, spec, path, 'expected an object', ectx.family);
    }
    const start = w.length;
    encodeFields(children, w, item as RecordValues, ectx, path);
    if (fixed !== undefined && !repeat) padToFixed(w, start, fixed, ectx, path);
  }

  /** Space-fills a fixed-length group written from `start`; INVALID_LENGTH when it is already longer. */
  function padToFixed(w: ByteWriter, start: number, length: number, ectx: EncodeContext, path: string): void {
    const n = w.length - start;
    if (n > length)
      throw err(ErrorCode.INVALID_LENGTH, spec, path, `is ${n} bytes, ${length} allowed`, ectx.family);
    w.fill(0x20, length - n);
  }

  function decodeOne(
    pos: number,
    end: number,
    ctx: DecodeContext,
    path: string,
    depth: number,
    index: number,
  ): [RecordValues, number] {
    const item = new MakeItem();
    let entry: TraceEntry | undefined;
    if (ctx.trace) {
      entry = {
        path,
        label: index < 0 ? label : `${label} [${index}]`,
        offset: pos,
        length: 0,
        raw: '',
        depth,
      };
      if (spec.spec) entry.spec = spec.spec;
      ctx.trace.push(entry);
    }
    let p = pos;
    if (ctx.trace === null) p = decodeFields(children, pos, end, item, ctx, path, depth + 1, ctx.root);
    else
      for (const c of children) {
        if (c.when !== undefined && !c.when(item, ctx.root)) continue;
        p = c.dec(p, end, item, ctx, path, depth + 1);
      }
    if (entry) entry.length = p - pos;
    return [item, p];
  }

  const enc = (w: ByteWriter, rec: RecordValues, ectx: EncodeContext, parent: string): void => {
    const path = join(parent, name);
    const v = rec[name];
    if (v === undefined || v === null) {
      if (!spec.optional && !(repeat && (repeat.min ?? 0) === 0)) {
        throw err(ErrorCode.MISSING_VALUE, spec, path, 'is required', ectx.family);
      }
      if (fixed !== undefined && !repeat) w.fill(0x20, fixed);
      if (terminator !== undefined) w.byte(terminator);
      return;
    }
    if (repeat) {
      if (!Array.isArray(v))
        throw err(ErrorCode.INVALID_FORMAT, spec, path, 'expected an array', ectx.family);
      const min = repeat.min ?? 0;
      if (v.length < min || v.length > repeat.max) {
        throw err(
          ErrorCode.OUT_OF_RANGE,
          spec,
          path,
          `has ${v.length} items, ${min}-${repeat.max} allowed`,
          ectx.family,
        );
      }
      if (repeat.countField !== undefined && Number(rec[repeat.countField]) !== v.length) {
        throw err(
          ErrorCode.LENGTH_MISMATCH,
          spec,
          path,
          `has ${v.length} items but ${repeat.countField} is ${String(rec[repeat.countField])}`,
          ectx.family,
        );
      }
      const start = w.length;
      for (let i = 0; i < v.length; i++) encodeOne(w, v[i], ectx, `${path}.${i}`);
      if (fixed !== undefined) padToFixed(w, start, fixed, ectx, path);
    } else encodeOne(w, v, ectx, path);
    if (terminator !== undefined) w.byte(terminator);
  };

  const dec: CompiledField['dec'] = (pos, end, rec, ctx, parent, depth) => {
    const path = join(parent, name);
    const stop = bounded ? windowEnd(spec, ctx, pos, end, path) : end;
    let p = pos;
    if (repeat) {
      const items: RecordValues[] = [];
      const count = repeat.countField !== undefined ? Number(rec[repeat.countField]) : -1;
      if (count > repeat.max) {
        throw err(ErrorCode.OUT_OF_RANGE, spec, path, `count ${count} exceeds ${repeat.max}`, ctx.family, {
          offset: pos,
        });
      }
      while (
        count >= 0
          ? items.length < count
          : p < stop && !(fixed !== undefined && allSame(ctx.bytes, p, stop, 0x20))
      ) {
        if (items.length >= repeat.max) {
          throw err(ErrorCode.OUT_OF_RANGE, spec, path, `more than ${repeat.max} items`, ctx.family, {
            offset: p,
          });
        }
        const [item, next] = decodeOne(p, stop, ctx, `${path}.${items.length}`, depth, items.length);
        if (next === p)
          throw err(ErrorCode.CORRUPT_RESPONSE, spec, path, 'item consumed no bytes', ctx.family, {
            offset: p,
          });
        items.push(item);
        p = next;
      }
      if (items.length < (repeat.min ?? 0)) {
        throw err(
          ErrorCode.OUT_OF_RANGE,
          spec,
          path,
          `has ${items.length} items, at least ${repeat.min} required`,
          ctx.family,
          { offset: p },
        );
      }
      rec[name] = items;
      if (fixed !== undefined) p = stop;
    } else {
      if (
        spec.optional &&
        bounded &&
        (p === stop || (fixed !== undefined && allSame(ctx.bytes, p, stop, 0x20)))
      ) {
        p = stop;
      } else {
        const [item, next] = decodeOne(p, stop, ctx, path, depth, -1);
        rec[name] = item;
        p = next;
        if (fixed !== undefined && p < stop) {
          if (!allSame(ctx.bytes, p, stop, 0x20)) {
            throw err(
              ErrorCode.LENGTH_MISMATCH,
              spec,
              path,
              `${stop - p} unread bytes in the group`,
              ctx.family,
              { offset: p },
            );
          }
          p = stop;
        }
      }
    }
    if (!bounded) return p;
    if (p !== stop) {
      throw err(ErrorCode.LENGTH_MISMATCH, spec, path, `${stop - p} unread bytes in the group`, ctx.family, {
        offset: p,
      });
    }
    if (terminator === undefined) return stop;
    return afterTerminator(spec, ctx, stop, end, path, terminator, 'group');
  };

  return { spec, name, when: spec.when, fast: null, enc, dec };
}

function compileField(spec: FieldSpec): CompiledField {
  if (spec.const !== undefined) return compileConst(spec);
  if (spec.fields !== undefined) return compileComposite(spec);
  if (
    spec.length === undefined &&
    spec.terminator === undefined &&
    spec.lengthPrefix === undefined &&
    !spec.rest
  ) {
    throw new Error(`field ${spec.name}: needs length, terminator, lengthPrefix or rest`);
  }
  return compileScalar(spec);
}

function compileFields(specs: readonly FieldSpec[]): CompiledField[] {
  const seen = new Set<string>();
  for (const s of specs) {
    if (s.const === undefined) {
      if (seen.has(s.name)) throw new Error(`duplicate field name ${s.name}`);
      seen.add(s.name);
    }
  }
  return specs.map(compileField);
}

// ---------------------------------------------------------------------------------------------
// the record codec

export interface DecodeOptions {
  /** Start of the record in `bytes` (offsets in errors and traces are relative to `bytes`). */
  offset?: number;
  /** End of the record (exclusive); default the end of `bytes`. */
  end?: number;
  /** Allow bytes after the last field (use `decodePartial` to learn where the record ended). */
  allowTrailing?: boolean;
}

export interface RecordCodec<T> {
  readonly name: string;
  readonly fields: readonly FieldSpec[];
  /** Encodes and returns a fresh byte array. */
  encode(value: T): Uint8Array;
  /** Appends the record to a writer (compose records without copies). */
  encodeInto(writer: ByteWriter, value: T, root?: RecordValues): void;
  /** Encodes into a scratch buffer and discards: throws what `encode` would. */
  validate(value: T): void;
  decode(bytes: Uint8Array, options?: DecodeOptions): T;
  /**
   * Decodes from `offset`; returns the value and the offset where it stopped. With `into`, the
   * fields are stored on that object (its own properties stay first) instead of a fresh one:
   * `decodePartial(b, o, e, { type: 'detail' })` gives what `{ type: 'detail', ...decoded }` gives,
   * without the copy.
   */
  decodePartial(
    bytes: Uint8Array,
    offset?: number,
    end?: number,
    into?: RecordValues,
  ): { value: T; next: number };
  /**
   * A new empty plain object laid out for this record's decoded values: seed it (e.g. with a `type`)
   * and pass it to `decodePartial` as `into`; stores into it are faster than into a literal.
   */
  newValue(): RecordValues;
  /** Decodes and returns the annotated trace with it (masked). */
  trace(
    bytes: Uint8Array,
    options?: DecodeOptions & { path?: string; depth?: number },
  ): { value: T; next: number; entries: TraceEntry[] };
}

export interface CompileOptions {
  /** Error family for errors raised by this record (`tsys`, `paymentech`, ...). */
  family?: string;
}

const scratch = new ByteWriter(1024);

/** Compiles a table of field specs into an encoder/decoder. Do this once, at module load. */
export function compileRecord<T extends object = RecordValues>(
  name: string,
  fields: readonly FieldSpec[],
  options: CompileOptions = {},
): RecordCodec<T> {
  const compiled = compileFields(fields);
  const family = options.family ?? 'core';
  const Make = recordFactory();
  const count = compiled.length;

  function encodeInto(w: ByteWriter, value: T, root?: RecordValues): void {
    if (typeof value !== 'object' || value === null) {
      throw new PaywireError(ErrorCode.INVALID_ARGUMENT, `${name}: expected an object`, { family });
    }
    const rec = value as RecordValues;
    const ectx: EncodeContext = { root: root ?? rec, family };
    encodeFields(compiled, w, rec, ectx, '');
  }

  function run(
    bytes: Uint8Array,
    pos: number,
    end: number,
    trace: TraceEntry[] | null,
    path: string,
    depth: number,
    into?: RecordValues,
  ) {
    if (!(bytes instanceof Uint8Array)) {
      throw new PaywireError(ErrorCode.INVALID_ARGUMENT, `${name}: expected a Uint8Array`, { family });
    }
    const rec: RecordValues = into ?? new Make();
    const ctx: DecodeContext = { bytes, trace, root: rec, family };
    let p = pos;
    if (trace === null) p = decodeFields(compiled, pos, end, rec, ctx, path, depth, rec);
    else
      for (let i = 0; i < count; i++) {
        const c = compiled[i]!;
        if (c.when !== undefined && !c.when(rec, rec)) continue;
        p = c.dec(p, end, rec, ctx, path, depth);
      }
    return { value: rec as T, next: p };
  }

  function checkTrailing(next: number, end: number, options: DecodeOptions | undefined): void {
    if (next < end && !options?.allowTrailing) {
      throw new PaywireError(ErrorCode.LENGTH_MISMATCH, `${name}: ${end - next} bytes after the last field`, {
        offset: next,
        family,
      });
    }
  }

  return {
    name,
    fields,
    encode(value) {
      scratch.reset();
      encodeInto(scratch, value);
      return scratch.toBytes();
    },
    encodeInto,
    validate(value) {
      encodeInto(new ByteWriter(256), value);
    },
    decode(bytes, options) {
      const end = options?.end ?? bytes.length;
      const r = run(bytes, options?.offset ?? 0, end, null, '', 0);
      checkTrailing(r.next, end, options);
      return r.value;
    },
    decodePartial(bytes, offset = 0, end = bytes.length, into) {
      return run(bytes, offset, end, null, '', 0, into);
    },
    newValue() {
      return new Make();
    },
    trace(bytes, options) {
      const entries: TraceEntry[] = [];
      const end = options?.end ?? bytes.length;
      const r = run(bytes, options?.offset ?? 0, end, entries, options?.path ?? '', options?.depth ?? 0);
      checkTrailing(r.next, end, options);
      return { value: r.value, next: r.next, entries };
    },
  };
}

/**
 * A copy of a decoded value with every sensitive field masked, walking the same field table.
 * Use it for JSON output and logs.
 */
export function redactRecord<T>(fields: readonly FieldSpec[], value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const out: RecordValues = { ...(value as RecordValues) };
  for (const f of fields) {
    const v = out[f.name];
    if (v === undefined) continue;
    if (f.sensitive && typeof v === 'string') out[f.name] = mask(f.sensitive, v);
    else if (f.fields !== undefined) {
      out[f.name] = Array.isArray(v)
        ? v.map((item) => redactRecord(f.fields!, item))
        : redactRecord(f.fields, v);
    }
  }
  return out as T;
}

/** Renders trace entries as an aligned text table (the CLI's and inspector's default view). */
export function formatTrace(entries: readonly TraceEntry[]): string {
  const rows = entries.map((e) => {
    const value =
      e.value === undefined ? '' : typeof e.value === 'string' ? e.value : JSON.stringify(e.value);
    return [
      String(e.offset).padStart(5),
      String(e.length).padStart(4),
      `${'  '.repeat(e.depth)}${e.label}`,
      e.raw + (e.terminator ?? ''),
      e.meaning ? `${value} (${e.meaning})` : value,
    ];
  });
  const widths = [5, 4, 0, 0];
  for (const r of rows)
    for (let i = 2; i < 4; i++) widths[i] = Math.min(48, Math.max(widths[i]!, r[i]!.length));
  const head = ['  off', ' len', 'field'.padEnd(widths[2]!), 'raw'.padEnd(widths[3]!), 'value'];
  return [
    head.join('  '),
    ...rows.map((r) => r.map((c, i) => (i < 4 ? c.padEnd(widths[i]!) : c)).join('  ')),
  ].join('\n');
}
