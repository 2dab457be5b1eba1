// Group III codec (EIS 1080 v17.6 §5.2, Tables 5.2/5.3): records joined by <GS>, each = 3-digit version + data.

import {
  asciiSlice,
  type ByteWriter,
  compileRecord,
  ErrorCode,
  ETX,
  GS,
  isPaywireError,
  maskPansInText,
  PaywireError,
  type RecordCodec,
  redactRecord,
  type TraceEntry,
  toEscaped,
} from '@paywire/core';
import { groupIIIVersions } from './registry.js';
import type { Direction, GroupIIILayout, GroupIIIRecord, GroupIIIVersionSpec } from './types.js';

const FAMILY = 'tsys';

type Fields = Record<string, unknown>;

interface CompiledLayout {
  layout: GroupIIILayout;
  codec: RecordCodec<Fields>;
  /** Top-level field names the layout knows (constants excluded). */
  names: ReadonlySet<string>;
  /** The same names in table order. */
  order: readonly string[];
  /** `layout.tag` as entries, or null for an untagged layout. */
  tagEntries: readonly (readonly [string, unknown])[] | null;
}

interface CompiledVersion {
  spec: GroupIIIVersionSpec;
  request: readonly CompiledLayout[];
  response: readonly CompiledLayout[];
}

function compileLayouts(spec: GroupIIIVersionSpec, direction: Direction): CompiledLayout[] {
  return spec[direction].map((layout) => ({
    layout,
    codec: compileRecord<Fields>(
      `Group III v${spec.version} ${direction}${layout.name ? ` (${layout.name})` : ''}`,
      layout.fields,
      { family: FAMILY },
    ),
    names: new Set(layout.fields.filter((f) => f.const === undefined).map((f) => f.name)),
    order: layout.fields.filter((f) => f.const === undefined).map((f) => f.name),
    tagEntries: layout.tag === undefined ? null : Object.entries(layout.tag),
  }));
}

/** Every version's layouts, compiled once at load. */
const compiled: ReadonlyMap<string, CompiledVersion> = new Map(
  [...groupIIIVersions.values()].map((spec) => [
    spec.version,
    { spec, request: compileLayouts(spec, 'request'), response: compileLayouts(spec, 'response') },
  ]),
);

/** The same, indexed by version number (decoding reads the digits, no string to hash). */
const byNumber: (CompiledVersion | undefined)[] = Array.from({ length: 1000 }, (_, n) =>
  compiled.get(String(n).padStart(3, '0')),
);

/** '000'..'999', so a decoded record's version is a shared string, not a new one. */
const VERSION_TEXT: readonly string[] = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));

// ---------------------------------------------------------------------------------------------
// errors

function fail(
  code: number,
  field: string,
  message: string,
  extra: { offset?: number; actual?: string } = {},
): never {
  throw new PaywireError(code, `${field}: ${message}`, { ...extra, field, family: FAMILY });
}

/** Re-issues an engine error with the record's path in front of the field path. */
function withPath(e: unknown, prefix: string): PaywireError {
  if (!isPaywireError(e)) {
    return new PaywireError(
      ErrorCode.INVALID_DATA,
      `${prefix}: ${e instanceof Error ? e.message : String(e)}`,
      {
        field: prefix,
        family: FAMILY,
        cause: e,
      },
    );
  }
  if (e.field !== undefined && (e.field === prefix || e.field.startsWith(`${prefix}.`))) return e;
  const inner = e.field;
  const field = inner === undefined ? prefix : `${prefix}.${inner}`;
  const text =
    inner !== undefined && e.message.startsWith(`${inner}: `) ? e.message.slice(inner.length + 2) : e.message;
  return new PaywireError(e.code, `${field}: ${text}`, {
    field,
    offset: e.offset,
    expected: e.expected,
    actual: e.actual,
    family: FAMILY,
  });
}

/** The number of a 3-digit version string ('000'-'999'), or -1 for anything else. */
function versionNumber(v: unknown): number {
  if (typeof v !== 'string' || v.length !== 3) return -1;
  const a = v.charCodeAt(0) - 48;
  const b = v.charCodeAt(1) - 48;
  const c = v.charCodeAt(2) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 && c >= 0 && c <= 9 ? a * 100 + b * 10 + c : -1;
}

// ---------------------------------------------------------------------------------------------
// encode

function encodeRaw(w: ByteWriter, raw: unknown, path: string): void {
  if (typeof raw !== 'string') fail(ErrorCode.INVALID_FORMAT, path, 'expected a string');
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c > 0xff || c === GS || c === ETX) {
      fail(ErrorCode.INVALID_FORMAT, path, `character ${i + 1} cannot be sent inside a Group III record`);
    }
  }
  w.ascii(raw);
}

function definedKeys(fields: Fields): string[] {
  return Object.keys(fields).filter((k) => fields[k] !== undefined);
}

/**
 * True when every defined field of `values` is a field of the layout (own enumerable keys, as
 * `Object.keys`). Keys in table order (objects made by the builders or the decoder) are matched by
 * walking the table alongside, which compares interned strings; the rest are looked up in the set.
 */
function knowsAll(c: CompiledLayout, values: Fields): boolean {
  const keys = Object.keys(values);
  const order = c.order;
  let j = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    while (j < order.length && order[j] !== k) j++;
    if (j < order.length) {
      j++;
      continue;
    }
    if (!c.names.has(k) && values[k] !== undefined) return false;
  }
  return true;
}

/**
 * Encodes `fields` with the first layout of the version that knows every given field and accepts
 * the values. A tagged layout (its `tag` values given) is the only candidate, and its tag fields are
 * not written as data. No allocation unless a tag matches or the record is refused.
 */
function encodeKnown(
  w: ByteWriter,
  version: CompiledVersion,
  direction: Direction,
  fields: unknown,
  index: number,
): void {
  if (fields !== undefined && (typeof fields !== 'object' || fields === null || Array.isArray(fields))) {
    fail(ErrorCode.INVALID_FORMAT, `groupIII.${index}.fields`, 'expected an object');
  }
  let values: Fields = (fields as Fields | undefined) ?? EMPTY;
  const layouts = version[direction];
  let tagged: CompiledLayout | undefined;
  for (const c of layouts) {
    const tag = c.tagEntries;
    if (tag === null) continue;
    let all = true;
    for (const [k, v] of tag) if (values[k] !== v) all = false;
    if (all) {
      tagged = c;
      break;
    }
  }
  if (tagged !== undefined) {
    values = { ...values };
    for (const [k] of tagged.tagEntries!) delete values[k];
  }
  let firstCandidate = -1;
  for (let i = 0; i < layouts.length && firstCandidate < 0; i++) {
    if (isCandidate(layouts[i]!, tagged, values)) firstCandidate = i;
  }
  if (firstCandidate < 0) refuseUnknown(version, direction, layouts, values, index);
  const check = version.spec.check?.(values, direction);
  if (check !== undefined) fail(ErrorCode.INVALID_DATA, `groupIII.${index}.fields`, check);
  const mark = w.length;
  let first: unknown;
  for (let i = firstCandidate; i < layouts.length; i++) {
    const c = layouts[i]!;
    if (i !== firstCandidate && !isCandidate(c, tagged, values)) continue;
    try {
      c.codec.encodeInto(w, values);
      return;
    } catch (e) {
      w.length = mark;
      first ??= e;
    }
  }
  throw withPath(first, `groupIII.${index}.fields`);
}

const EMPTY: Fields = Object.freeze({});

/** A layout may encode `values`: the matched tagged layout, or (no tag matched) an untagged one knowing every field. */
function isCandidate(c: CompiledLayout, tagged: CompiledLayout | undefined, values: Fields): boolean {
  return (tagged === undefined ? c.tagEntries === null : c === tagged) && knowsAll(c, values);
}

/** The error for a field no candidate layout of the version knows. */
function refuseUnknown(
  version: CompiledVersion,
  direction: Direction,
  layouts: readonly CompiledLayout[],
  values: Fields,
  index: number,
): never {
  const keys = definedKeys(values);
  const known = new Set(layouts.flatMap((c) => [...c.names]));
  const stranger = keys.find((k) => !known.has(k)) ?? keys[0] ?? '';
  fail(
    ErrorCode.INVALID_ARGUMENT,
    `groupIII.${index}.fields.${stranger}`,
    `is not a field of the Group III v${version.spec.version} ${direction} (known: ${[...known].join(', ') || 'none'})`,
  );
}

/**
 * Writes Group III records: each record is its version number followed by its data, records are
 * separated by `<GS>`, with no `<GS>` before the first or after the last.
 * A record with `raw` is written as is (versions without a table); otherwise `fields` are encoded
 * with the version's table for `direction`.
 */
export function encodeGroupIII(
  w: ByteWriter,
  records: readonly GroupIIIRecord[],
  direction: Direction,
): void {
  if (direction !== 'request' && direction !== 'response') {
    fail(ErrorCode.INVALID_ARGUMENT, 'direction', 'must be "request" or "response"');
  }
  if (!Array.isArray(records)) fail(ErrorCode.INVALID_ARGUMENT, 'groupIII', 'expected an array of records');
  for (let i = 0; i < records.length; i++) {
    const rec = records[i] as GroupIIIRecord | undefined;
    if (typeof rec !== 'object' || rec === null)
      fail(ErrorCode.INVALID_FORMAT, `groupIII.${i}`, 'expected an object');
    const v: unknown = rec.version;
    const number = versionNumber(v);
    if (number < 0) {
      fail(ErrorCode.INVALID_FORMAT, `groupIII.${i}.version`, 'must be three digits', {
        actual: typeof v === 'string' ? v.slice(0, 8) : typeof v,
      });
    }
    if (i > 0) w.byte(GS);
    w.ascii(rec.version);
    if (rec.raw !== undefined) {
      const path = `groupIII.${i}`;
      if (rec.fields !== undefined)
        fail(ErrorCode.INVALID_ARGUMENT, path, 'give either fields or raw, not both');
      encodeRaw(w, rec.raw, `${path}.raw`);
      continue;
    }
    const version = byNumber[number];
    if (version === undefined || version[direction].length === 0) {
      if (rec.fields !== undefined && definedKeys(rec.fields).length > 0) {
        fail(
          ErrorCode.UNSUPPORTED,
          `groupIII.${i}.fields`,
          `Group III v${rec.version} has no ${direction} table in EIS 1080 v17.6; pass its data as raw`,
        );
      }
      continue;
    }
    encodeKnown(w, version, direction, rec.fields, i);
  }
}

// ---------------------------------------------------------------------------------------------
// decode

function tagValue(value: Fields, c: CompiledLayout): Fields {
  return c.layout.tag === undefined ? value : Object.assign(value, c.layout.tag);
}

interface Attempt {
  value?: Fields;
  entries?: TraceEntry[];
  error?: unknown;
}

function decodeKnown(
  bytes: Uint8Array,
  start: number,
  end: number,
  layouts: readonly CompiledLayout[],
  path: string,
  tracing: boolean,
): Attempt {
  let best: unknown;
  let bestOffset = -1;
  for (const c of layouts) {
    try {
      if (tracing) {
        const r = c.codec.trace(bytes, { offset: start, end, path, depth: 1 });
        return { value: tagValue(r.value, c), entries: r.entries };
      }
      return { value: tagValue(c.codec.decode(bytes, { offset: start, end }), c) };
    } catch (e) {
      const offset = isPaywireError(e) && e.offset !== undefined ? e.offset : start;
      if (offset > bestOffset) {
        best = e;
        bestOffset = offset;
      }
    }
  }
  return { error: best };
}

/**
 * Reads the Group III records in `bytes[start, end)`. Versions without a table for `direction`
 * (unknown numbers, 012, 047) are kept as `raw` text. Errors are `PaywireError`s of family `tsys`
 * with the field path (`groupIII.2.fields.amountType`) and the byte offset in `bytes`.
 * When `trace` is an array, annotated (masked) entries are appended to it.
 */
export function decodeGroupIII(
  bytes: Uint8Array,
  start: number,
  end: number,
  direction: Direction,
  trace?: TraceEntry[] | null,
): GroupIIIRecord[] {
  if (!(bytes instanceof Uint8Array)) fail(ErrorCode.INVALID_ARGUMENT, 'groupIII', 'expected a Uint8Array');
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > bytes.length) {
    fail(ErrorCode.INVALID_ARGUMENT, 'groupIII', `bad range ${start}..${end} for ${bytes.length} bytes`);
  }
  if (direction !== 'request' && direction !== 'response') {
    fail(ErrorCode.INVALID_ARGUMENT, 'direction', 'must be "request" or "response"');
  }
  const out: GroupIIIRecord[] = [];
  if (start === end) return out;
  const tracing = Array.isArray(trace);
  let p = start;
  for (let i = 0; ; i++) {
    // a short scan beats the indexOf builtin call for records of a few bytes
    let q = p;
    while (q < end && bytes[q] !== GS) q++;
    if (q - p < 3) {
      fail(
        ErrorCode.TRUNCATED,
        `groupIII.${i}.version`,
        `a record needs a 3-digit version number, ${q - p} bytes found`,
        {
          offset: p,
        },
      );
    }
    let number = 0;
    for (let k = p; k < p + 3; k++) {
      const d = bytes[k]! - 0x30;
      if (d < 0 || d > 9) {
        fail(ErrorCode.INVALID_FORMAT, `groupIII.${i}.version`, 'the version number must be three digits', {
          offset: k,
          actual: toEscaped(bytes, p, p + 3),
        });
      }
      number = number * 10 + d;
    }
    const versionText = VERSION_TEXT[number]!;
    const version = byNumber[number];
    const layouts = version?.[direction] ?? [];
    // built only when needed: traces and errors
    const path = tracing ? `groupIII.${i}` : '';
    let entries: TraceEntry[] | undefined;
    if (layouts.length === 0) {
      for (let k = p + 3; k < q; k++) {
        if (bytes[k] === ETX) {
          fail(ErrorCode.INVALID_FORMAT, `groupIII.${i}.raw`, '<ETX> inside a Group III record', {
            offset: k,
          });
        }
      }
      const raw = asciiSlice(bytes, p + 3, q);
      out.push({ version: versionText, raw });
      if (tracing && q > p + 3) {
        const shown = maskPansInText(toEscaped(bytes, p + 3, q));
        entries = [
          {
            path: `${path}.raw`,
            label: 'Group III data (no table: kept raw)',
            offset: p + 3,
            length: q - p - 3,
            raw: shown,
            value: maskPansInText(raw),
            depth: 1,
          },
        ];
      }
    } else {
      const r = decodeKnown(bytes, p + 3, q, layouts, tracing ? `${path}.fields` : '', tracing);
      if (r.value === undefined) throw withPath(r.error, `groupIII.${i}.fields`);
      out.push({ version: versionText, fields: r.value });
      entries = r.entries;
    }
    if (tracing) {
      const head: TraceEntry = {
        path,
        label: `Group III v${versionText}${version ? ` ${version.spec.title}` : ' (unknown version)'}`,
        offset: p,
        length: q - p,
        raw: '',
        depth: 0,
      };
      if (q < end) head.terminator = '<GS>';
      if (version) head.spec = version.spec.reference;
      const versionEntry: TraceEntry = {
        path: `${path}.version`,
        label: 'Group III Version Number',
        offset: p,
        length: 3,
        raw: versionText,
        value: versionText,
        meaning: version ? version.spec.title : 'unknown version',
        depth: 1,
        spec: 'EIS 1080 §6.94',
      };
      trace!.push(head, versionEntry, ...(entries ?? []));
    }
    if (q >= end) break;
    p = q + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// redaction

/**
 * A copy of the records with every sensitive field masked (CVV, GenKey, tokens, encrypted blocks, ...),
 * walking the version's table; raw data of unknown versions has PAN-like digit runs masked.
 */
export function redactGroupIII(records: readonly GroupIIIRecord[], direction: Direction): GroupIIIRecord[] {
  return records.map((r) => {
    const out: GroupIIIRecord = { ...r };
    if (typeof r.raw === 'string') out.raw = maskPansInText(r.raw);
    if (r.fields !== undefined && typeof r.fields === 'object' && r.fields !== null) {
      const layouts = compiled.get(r.version)?.[direction] ?? [];
      let fields: Fields = r.fields;
      for (const c of layouts) fields = redactRecord(c.layout.fields, fields);
      out.fields = fields;
    }
    return out;
  });
}
