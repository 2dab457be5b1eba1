// EIS 1081 Table 3.6 ODG41 / §4.137 — detail extension section: 4-digit group length, then TAG(3) SIZE(2) VALUE items.
// Decision: the group length counts the tag/size/value bytes that follow it, not its own 4 digits.

import { type ByteWriter, ErrorCode, toEscaped } from '@paywire/core';
import { settlementError } from '../errors.js';
import { type DetailDetailExtension, detailExtensionTags } from '../groups/detail/g41-detail-extension.js';
import type { SectionCodec } from './record-def.js';

const NUMERIC = /^[0-9]*$/;
const PRINTABLE = /^[\x20-\x7e]*$/;

export const detailExtensionSection: SectionCodec = {
  def: {
    number: 41,
    key: 'detailExtension',
    title: 'Detail Extension',
    length: 'variable',
    spec: 'T3.6 ODG41',
    fields: [],
  },
  encode(w: ByteWriter, value: unknown, path: string) {
    const items = (value as DetailDetailExtension | null)?.items;
    if (!Array.isArray(items))
      throw settlementError(ErrorCode.INVALID_FORMAT, 'expected { items: [...] }', { field: path });
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      const at = `${path}.items.${i}`;
      if (
        typeof it !== 'object' ||
        it === null ||
        typeof it.tag !== 'string' ||
        typeof it.value !== 'string'
      ) {
        throw settlementError(ErrorCode.INVALID_FORMAT, 'expected { tag, value } strings', { field: at });
      }
      const def = detailExtensionTags[it.tag.trim() as keyof typeof detailExtensionTags];
      if (def === undefined)
        throw settlementError(ErrorCode.OUT_OF_RANGE, `tag ${JSON.stringify(it.tag)} is not in Table 4.30`, {
          field: `${at}.tag`,
        });
      if (it.value.length > def.max || it.value.length === 0) {
        throw settlementError(
          ErrorCode.INVALID_LENGTH,
          `${it.tag} value is ${it.value.length} characters, 1-${def.max} allowed`,
          { field: `${at}.value` },
        );
      }
      if (!(def.format === 'numeric' ? NUMERIC : PRINTABLE).test(it.value)) {
        throw settlementError(ErrorCode.INVALID_FORMAT, `${it.tag} value must be ${def.format}`, {
          field: `${at}.value`,
        });
      }
      total += 5 + it.value.length;
    }
    if (total > 9999)
      throw settlementError(ErrorCode.INVALID_LENGTH, 'detail extension longer than 9999 bytes', {
        field: path,
      });
    w.ascii(String(total).padStart(4, '0'));
    for (const it of items)
      w.ascii(it.tag.trim().padEnd(3, ' ')).ascii(String(it.value.length).padStart(2, '0')).ascii(it.value);
  },
  decode(bytes, pos, end, ctx, path) {
    const digits = (from: number, n: number, field: string): number => {
      if (from + n > end)
        throw settlementError(ErrorCode.TRUNCATED, `needs ${n} bytes`, { field, offset: from });
      let v = 0;
      for (let i = from; i < from + n; i++) {
        const c = bytes[i]!;
        if (c < 0x30 || c > 0x39)
          throw settlementError(ErrorCode.INVALID_FORMAT, 'expected digits', { field, offset: i });
        v = v * 10 + (c - 0x30);
      }
      return v;
    };
    const len = digits(pos, 4, `${path}.groupLength`);
    const stop = pos + 4 + len;
    if (stop > end)
      throw settlementError(ErrorCode.TRUNCATED, `group length ${len} runs past the record`, {
        field: `${path}.groupLength`,
        offset: pos,
      });
    if (ctx.trace) {
      ctx.trace.push({
        path: `${ctx.path}${path}`,
        label: 'Detail Extension (ODG41)',
        offset: pos,
        length: 4 + len,
        raw: '',
        depth: ctx.depth,
        spec: 'EIS 1081 T3.6 ODG41',
      });
      ctx.trace.push({
        path: `${ctx.path}${path}.groupLength`,
        label: 'Group Length',
        offset: pos,
        length: 4,
        raw: toEscaped(bytes, pos, pos + 4),
        value: len,
        depth: ctx.depth + 1,
        spec: 'EIS 1081 §4.138',
      });
    }
    const items: { tag: string; value: string }[] = [];
    let p = pos + 4;
    while (p < stop) {
      const at = `${path}.items.${items.length}`;
      if (p + 5 > stop)
        throw settlementError(ErrorCode.TRUNCATED, 'tag and size need 5 bytes', { field: at, offset: p });
      for (let i = p; i < p + 3; i++) {
        const c = bytes[i]!;
        if (c < 0x20 || c > 0x7e)
          throw settlementError(ErrorCode.INVALID_FORMAT, 'tag must be printable', {
            field: `${at}.tag`,
            offset: i,
          });
      }
      const tag = String.fromCharCode(bytes[p]!, bytes[p + 1]!, bytes[p + 2]!).trimEnd();
      const size = digits(p + 3, 2, `${at}.size`);
      const v0 = p + 5;
      if (v0 + size > stop)
        throw settlementError(ErrorCode.TRUNCATED, `${tag} value of ${size} runs past the group`, {
          field: `${at}.value`,
          offset: v0,
        });
      for (let i = v0; i < v0 + size; i++) {
        const c = bytes[i]!;
        if (c < 0x20 || c > 0x7e)
          throw settlementError(ErrorCode.INVALID_FORMAT, 'value must be printable', {
            field: `${at}.value`,
            offset: i,
          });
      }
      const value = String.fromCharCode(...bytes.subarray(v0, v0 + size));
      if (ctx.trace) {
        const title = detailExtensionTags[tag as keyof typeof detailExtensionTags]?.title ?? 'unknown tag';
        ctx.trace.push({
          path: `${ctx.path}${at}`,
          label: `${tag} ${title}`,
          offset: p,
          length: 5 + size,
          raw: toEscaped(bytes, p, v0 + size),
          value,
          depth: ctx.depth + 1,
          spec: 'EIS 1081 §4.137',
        });
      }
      items.push({ tag, value });
      p = v0 + size;
    }
    return { value: { items }, next: stop };
  },
};
