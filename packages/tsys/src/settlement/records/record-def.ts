/**
 * The two record shapes of EIS 1081 (§3.2): records with a group map (header, detail, chip card
 * addendum, Visa line item) and base-only records (parameter, ETB, trailer, other addenda,
 * responses). A record codec starts at the 5-character record type (the prefix `K`, application
 * type, `.` and routing ID `Z` are handled by the batch, because blocked records drop part of it).
 */

import {
  type ByteWriter,
  compileRecord,
  ErrorCode,
  type FieldSpec,
  type RecordValues,
  type TraceEntry,
  toEscaped,
} from '@paywire/core';
import { FAMILY, rethrowWithin, settlementError } from '../errors.js';
import { groupsOf, readGroupMap } from '../group-map.js';
import type { GroupDef } from '../groups/group-def.js';

export interface DecodeContext {
  /** Trace entries are appended here when not null. */
  trace: TraceEntry[] | null;
  /** Path prefix for trace entries (`records.3.`). */
  path: string;
  depth: number;
}

export interface RecordDef<T> {
  /** Value of the `type` property of decoded records. */
  readonly type: string;
  /** First character of the record type. */
  readonly indicator: string;
  readonly title: string;
  /** Writes the record from its record type onwards. */
  encode(w: ByteWriter, value: T): void;
  /** Reads a record whose record type starts at `pos`. */
  decode(bytes: Uint8Array, pos: number, end: number, ctx: DecodeContext): { value: T; next: number };
}

/** A fixed or variable section (a group) with its own codec. */
export interface SectionCodec {
  readonly def: GroupDef;
  encode(w: ByteWriter, value: unknown, path: string): void;
  decode(
    bytes: Uint8Array,
    pos: number,
    end: number,
    ctx: DecodeContext,
    path: string,
  ): { value: unknown; next: number };
}

function prefixEntries(entries: TraceEntry[], prefix: string, into: TraceEntry[]): void {
  for (const e of entries) {
    e.path = prefix + e.path;
    into.push(e);
  }
}

/** Codec for a fixed-length field table (base group or optional data group). */
export function fixedSection(def: GroupDef): SectionCodec {
  const codec = compileRecord<RecordValues>(def.key, def.fields, { family: FAMILY });
  const len = def.length as number;
  return {
    def,
    encode(w, value, path) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw settlementError(ErrorCode.INVALID_FORMAT, 'expected an object', { field: path });
      }
      try {
        codec.encodeInto(w, value as RecordValues);
      } catch (e) {
        rethrowWithin(e, `${path}.`, '');
      }
    },
    decode(bytes, pos, end, ctx, path) {
      if (pos + len > end) {
        throw settlementError(ErrorCode.TRUNCATED, `needs ${len} bytes, ${end - pos} left`, {
          field: path,
          offset: pos,
        });
      }
      try {
        if (ctx.trace) {
          const head: TraceEntry = {
            path: ctx.path + path,
            label: def.title,
            offset: pos,
            length: len,
            raw: '',
            depth: ctx.depth,
            spec: `EIS 1081 ${def.spec}`,
          };
          ctx.trace.push(head);
          const r = codec.trace(bytes, { offset: pos, end: pos + len, depth: ctx.depth + 1 });
          prefixEntries(r.entries, `${ctx.path}${path}.`, ctx.trace);
          return { value: r.value, next: pos + len };
        }
        return { value: codec.decode(bytes, { offset: pos, end: pos + len }), next: pos + len };
      } catch (e) {
        rethrowWithin(e, `${path}.`, '');
      }
    },
  };
}

function recordTypeTrace(ctx: DecodeContext, bytes: Uint8Array, pos: number, groups: number[]): void {
  ctx.trace!.push({
    path: `${ctx.path}recordType`,
    label: 'Record Type',
    offset: pos,
    length: 5,
    raw: toEscaped(bytes, pos, pos + 5),
    value: String.fromCharCode(...bytes.subarray(pos, pos + 5)),
    meaning: groups.length === 0 ? 'no optional data groups' : `optional data groups ${groups.join(', ')}`,
    depth: ctx.depth,
    spec: 'EIS 1081 §4.230',
  });
}

function checkIndicator(bytes: Uint8Array, pos: number, end: number, indicator: string): void {
  if (pos + 5 > end)
    throw settlementError(ErrorCode.TRUNCATED, 'record type needs 5 bytes', {
      field: 'recordType',
      offset: pos,
    });
  if (bytes[pos] !== indicator.charCodeAt(0)) {
    throw settlementError(ErrorCode.INVALID_FORMAT, `expected record type indicator ${indicator}`, {
      field: 'recordType',
      offset: pos,
      expected: indicator,
      actual: toEscaped(bytes, pos, pos + 1),
    });
  }
}

/** A record without optional data groups: record type is the indicator + `@@@@`. */
export function baseRecord<T>(
  type: string,
  indicator: string,
  title: string,
  fields: readonly FieldSpec[],
): RecordDef<T> {
  const codec = compileRecord<RecordValues>(type, fields, { family: FAMILY });
  const recordType = `${indicator}@@@@`;
  return {
    type,
    indicator,
    title,
    encode(w, value) {
      if (typeof value !== 'object' || value === null)
        throw settlementError(ErrorCode.INVALID_ARGUMENT, `${title}: expected an object`);
      w.ascii(recordType);
      try {
        codec.encodeInto(w, value as RecordValues);
      } catch (e) {
        rethrowWithin(e, '', '');
      }
    },
    decode(bytes, pos, end, ctx) {
      checkIndicator(bytes, pos, end, indicator);
      const bits = readGroupMap(bytes, pos + 1, 'recordType');
      if (bits !== 0) {
        throw settlementError(ErrorCode.INVALID_FORMAT, `${title} has no optional data groups`, {
          field: 'recordType',
          offset: pos + 1,
          expected: recordType,
        });
      }
      if (ctx.trace) recordTypeTrace(ctx, bytes, pos, []);
      if (ctx.trace) {
        const r = codec.trace(bytes, { offset: pos + 5, end, allowTrailing: true, depth: ctx.depth });
        prefixEntries(r.entries, ctx.path, ctx.trace);
        return { value: { type, ...r.value } as T, next: r.next };
      }
      const seed = codec.newValue();
      seed.type = type;
      const r = codec.decodePartial(bytes, pos + 5, end, seed);
      return { value: r.value as T, next: r.next };
    },
  };
}

export interface GroupedOptions {
  type: string;
  indicator: string;
  title: string;
  base: readonly FieldSpec[];
  /** Group codecs in group-number order. */
  groups: readonly SectionCodec[];
  /** Group 23 carries the extension map for groups 25-48 (detail records). */
  extension?: boolean;
  /** Group numbers that must not be set, with the reason. */
  reserved?: Readonly<Record<number, string>>;
}

/** A record with a group map: base fields, then each present group in group-number order. */
export function groupedRecord<T extends { groups?: object }>(o: GroupedOptions): RecordDef<T> {
  const base = compileRecord<RecordValues>(o.type, o.base, { family: FAMILY });
  const byNumber: (SectionCodec | undefined)[] = [];
  const byKey = new Map<string, SectionCodec>();
  for (const g of o.groups) {
    byNumber[g.def.number] = g;
    byKey.set(g.def.key, g);
  }
  const ordered = [...o.groups].sort((a, b) => a.def.number - b.def.number);
  const low = ordered.filter((g) => g.def.number < 23);
  const high = ordered.filter((g) => g.def.number > 24);
  const ind = o.indicator.charCodeAt(0);

  function presentBits(groups: Record<string, unknown> | undefined): { lowBits: number; highBits: number } {
    let lowBits = 0;
    let highBits = 0;
    if (groups === undefined) return { lowBits, highBits };
    if (typeof groups !== 'object' || groups === null || Array.isArray(groups)) {
      throw settlementError(ErrorCode.INVALID_FORMAT, 'expected an object of optional data groups', {
        field: 'groups',
      });
    }
    for (const key in groups) {
      if (groups[key] === undefined) continue;
      if (key === 'groupMapExtension' && o.extension) {
        if (groups[key] !== true)
          throw settlementError(ErrorCode.INVALID_FORMAT, 'must be true when given', {
            field: 'groups.groupMapExtension',
          });
        lowBits |= 1 << 22;
        continue;
      }
      const g = byKey.get(key);
      if (g === undefined)
        throw settlementError(ErrorCode.INVALID_ARGUMENT, `${o.title} has no optional data group "${key}"`, {
          field: `groups.${key}`,
        });
      const n = g.def.number;
      if (n <= 24) lowBits |= 1 << (n - 1);
      else highBits |= 1 << (n - 25);
    }
    if (highBits !== 0) lowBits |= 1 << 22; // group 23: extension map follows
    return { lowBits, highBits };
  }

  function writeMap(w: ByteWriter, bits: number): void {
    w.byte(0x40 | ((bits >>> 18) & 0x3f))
      .byte(0x40 | ((bits >>> 12) & 0x3f))
      .byte(0x40 | ((bits >>> 6) & 0x3f))
      .byte(0x40 | (bits & 0x3f));
  }

  function checkBits(bits: number, offsetBase: number, pos: number, field: string): void {
    for (let g = 0; g < 24; g++) {
      if ((bits & (1 << g)) === 0) continue;
      const n = g + 1 + offsetBase;
      if (n === 23 && o.extension) continue;
      const why = o.reserved?.[n];
      if (why !== undefined || byNumber[n] === undefined) {
        throw settlementError(
          ErrorCode.INVALID_FORMAT,
          `group ${n} is set in the group map (${why ?? 'not defined for this record'})`,
          {
            field,
            offset: pos + 3 - Math.floor(g / 6),
          },
        );
      }
    }
  }

  return {
    type: o.type,
    indicator: o.indicator,
    title: o.title,
    encode(w, value) {
      if (typeof value !== 'object' || value === null)
        throw settlementError(ErrorCode.INVALID_ARGUMENT, `${o.title}: expected an object`);
      const groups = (value as { groups?: Record<string, unknown> }).groups;
      const { lowBits, highBits } = presentBits(groups);
      w.byte(ind);
      writeMap(w, lowBits);
      try {
        base.encodeInto(w, value as unknown as RecordValues);
      } catch (e) {
        rethrowWithin(e, '', '');
      }
      if (groups === undefined) return;
      for (const g of low) {
        const v = groups[g.def.key];
        if (v !== undefined) g.encode(w, v, `groups.${g.def.key}`);
      }
      if ((lowBits & (1 << 22)) === 0) return;
      writeMap(w, highBits);
      for (const g of high) {
        const v = groups[g.def.key];
        if (v !== undefined) g.encode(w, v, `groups.${g.def.key}`);
      }
    },
    decode(bytes, pos, end, ctx) {
      checkIndicator(bytes, pos, end, o.indicator);
      const lowBits = readGroupMap(bytes, pos + 1, 'recordType');
      checkBits(lowBits, 0, pos + 1, 'recordType');
      if (ctx.trace) recordTypeTrace(ctx, bytes, pos, groupsOf(lowBits));
      let value: RecordValues;
      let p: number;
      if (ctx.trace) {
        const r = base.trace(bytes, { offset: pos + 5, end, allowTrailing: true, depth: ctx.depth });
        prefixEntries(r.entries, ctx.path, ctx.trace);
        value = { type: o.type, ...r.value };
        p = r.next;
      } else {
        const seed = base.newValue();
        seed.type = o.type;
        const r = base.decodePartial(bytes, pos + 5, end, seed);
        value = r.value;
        p = r.next;
      }
      if (lowBits === 0) return { value: value as T, next: p };
      const groups: Record<string, unknown> = {};
      for (const g of low) {
        if ((lowBits & (1 << (g.def.number - 1))) === 0) continue;
        const r = g.decode(bytes, p, end, ctx, `groups.${g.def.key}`);
        groups[g.def.key] = r.value;
        p = r.next;
      }
      if (o.extension && lowBits & (1 << 22)) {
        if (p + 4 > end)
          throw settlementError(ErrorCode.TRUNCATED, 'group map extension needs 4 bytes', {
            field: 'groupMapExtension',
            offset: p,
          });
        const highBits = readGroupMap(bytes, p, 'groupMapExtension');
        checkBits(highBits, 24, p, 'groupMapExtension');
        if (ctx.trace) {
          ctx.trace.push({
            path: `${ctx.path}groupMapExtension`,
            label: 'Group Map Extension (ODG23)',
            offset: p,
            length: 4,
            raw: toEscaped(bytes, p, p + 4),
            meaning:
              highBits === 0
                ? 'no groups 25-48'
                : `optional data groups ${groupsOf(highBits, 24).join(', ')}`,
            depth: ctx.depth,
            spec: 'EIS 1081 T3.6 ODG23',
          });
        }
        p += 4;
        if (highBits === 0) groups.groupMapExtension = true;
        for (const g of high) {
          if ((highBits & (1 << (g.def.number - 25))) === 0) continue;
          const r = g.decode(bytes, p, end, ctx, `groups.${g.def.key}`);
          groups[g.def.key] = r.value;
          p = r.next;
        }
      }
      value.groups = groups;
      return { value: value as T, next: p };
    },
  };
}
