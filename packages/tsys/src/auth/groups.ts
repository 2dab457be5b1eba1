// Group I, then Group II when the record format carries one (§5.1), then Group III: the decode path
// that authorization requests and responses share.

import type { RecordCodec, TraceEntry } from '@paywire/core';
import { hasGroupII } from './codes/record-format.js';
import { decodeGroupIII } from './group-3/index.js';

type Rec = Record<string, unknown>;

/** How one direction decodes its groups. */
export interface GroupCodecs {
  groupI: RecordCodec<Rec>;
  groupII: RecordCodec<Rec>;
  direction: 'request' | 'response';
  /** Turns the decoded Group II table into the public shape (default: as it is). */
  groupIIValue?: (table: Rec) => unknown;
}

/** Decodes Groups I, II (when present) and III of the record in [start, end); traces when `trace` is given. */
export function decodeGroups(
  bytes: Uint8Array,
  start: number,
  end: number,
  trace: TraceEntry[] | null,
  codecs: GroupCodecs,
): Rec {
  let value: Rec;
  let next: number;
  if (trace) {
    const r = codecs.groupI.trace(bytes, { offset: start, end, allowTrailing: true });
    trace.push(...r.entries);
    value = r.value;
    next = r.next;
  } else {
    const r = codecs.groupI.decodePartial(bytes, start, end);
    value = r.value;
    next = r.next;
  }
  if (hasGroupII(value.recordFormat as string)) {
    let table: Rec;
    if (trace) {
      const r = codecs.groupII.trace(bytes, {
        offset: next,
        end,
        allowTrailing: true,
        path: 'groupII',
        depth: 1,
      });
      trace.push(
        { path: 'groupII', label: 'Group II', offset: next, length: r.next - next, raw: '', depth: 0 },
        ...r.entries,
      );
      table = r.value;
      next = r.next;
    } else {
      const r = codecs.groupII.decodePartial(bytes, next, end);
      table = r.value;
      next = r.next;
    }
    value.groupII = codecs.groupIIValue ? codecs.groupIIValue(table) : table;
  }
  if (trace)
    trace.push({ path: 'groupIII', label: 'Group III', offset: next, length: end - next, raw: '', depth: 0 });
  value.groupIII = decodeGroupIII(bytes, next, end, codecs.direction, trace);
  return value;
}
