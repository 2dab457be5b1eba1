/**
 * The inspector's whole logic, free of the DOM: pasted text in, everything the page shows out.
 * Never throws: bad input comes back as `error` (code, name, offset, field, masked values).
 */

import {
  ErrorCode,
  errorNameOf,
  isPaywireError,
  type MessageKind,
  maskPansInText,
  type TraceEntry,
} from '@paywire/core';
import { checkFraming, type FramingReport } from './framing.js';
import { findKind, type KindScore, scoreKinds } from './kinds.js';
import { detectNotation, type Notation, parsePacket } from './notation.js';

export interface InspectOptions {
  /** `auto` guesses from the text. */
  notation?: Notation | 'auto';
  /** `auto` takes the kind whose detector scores highest. */
  kind?: string;
}

export interface InspectError {
  code: number;
  name: string;
  message: string;
  family?: string;
  field?: string;
  offset?: number;
  expected?: string;
  actual?: string;
}

/** One row of the field table; every text already masked by the codec's trace. */
export interface FieldRow {
  offset: number;
  length: number;
  depth: number;
  path: string;
  label: string;
  raw: string;
  terminator: string;
  value: string;
  meaning: string;
  sensitive: string;
  spec: string;
  composite: boolean;
}

export interface InspectResult {
  notation: Notation;
  notationAuto: boolean;
  /** Byte count of the parsed packet (undefined when the notation could not be parsed). */
  size?: number;
  kind?: MessageKind<unknown>;
  kindAuto: boolean;
  /** Detector scores above 0, highest first. */
  scores: KindScore[];
  rows: FieldRow[];
  /** The decoded value with card data masked (the kind's `redact`), as JSON. */
  json?: string;
  /** For framed kinds: the LRC / framing check. */
  framing?: FramingReport;
  /** The decoded value re-encodes to the identical bytes. */
  roundTrip?: boolean;
  error?: InspectError;
}

/** Last line of defence: any Luhn-valid 13-19 digit run left in a text is masked. */
function safe(text: string): string {
  return maskPansInText(text);
}

function show(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}

export function toRows(entries: readonly TraceEntry[]): FieldRow[] {
  return entries.map((e) => ({
    offset: e.offset,
    length: e.length,
    depth: e.depth,
    path: e.path,
    label: e.label,
    raw: safe(e.raw),
    terminator: e.terminator ?? '',
    value: safe(show(e.value)),
    meaning: safe(e.meaning ?? ''),
    sensitive: e.sensitive ?? '',
    spec: e.spec ?? '',
    composite: e.value === undefined && e.raw === '' && e.length > 0,
  }));
}

export function toInspectError(e: unknown): InspectError {
  if (isPaywireError(e)) {
    const out: InspectError = { code: e.code, name: e.name, message: safe(e.message), family: e.family };
    if (e.field !== undefined) out.field = e.field;
    if (e.offset !== undefined) out.offset = e.offset;
    if (e.expected !== undefined) out.expected = safe(e.expected);
    if (e.actual !== undefined) out.actual = safe(e.actual);
    return out;
  }
  // A codec must only throw its own errors; anything else is shown as such, never swallowed.
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { code: 0, name: 'UNEXPECTED', message: safe(message) };
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function inspectPacket(input: string, options: InspectOptions = {}): InspectResult {
  const notationAuto = (options.notation ?? 'auto') === 'auto';
  const notation = notationAuto ? detectNotation(input) : (options.notation as Notation);
  const kindAuto = (options.kind ?? 'auto') === 'auto';
  const result: InspectResult = { notation, notationAuto, kindAuto, scores: [], rows: [] };
  let bytes: Uint8Array;
  try {
    bytes = parsePacket(input, notation);
  } catch (e) {
    result.error = toInspectError(e);
    return result;
  }
  result.size = bytes.length;
  if (bytes.length === 0) {
    result.error = {
      code: ErrorCode.EMPTY_RESPONSE,
      name: errorNameOf(ErrorCode.EMPTY_RESPONSE) ?? 'EMPTY_RESPONSE',
      message: 'nothing to inspect: paste a packet or pick an example',
      field: 'input',
    };
    return result;
  }
  result.scores = scoreKinds(bytes);
  const kind = kindAuto ? result.scores[0]?.kind : findKind(options.kind as string);
  if (!kind) {
    result.error = {
      code: ErrorCode.UNKNOWN_KIND,
      name: errorNameOf(ErrorCode.UNKNOWN_KIND) ?? 'UNKNOWN_KIND',
      message: kindAuto
        ? `could not recognise the ${bytes.length}-byte packet as any registered kind (pick one to see why it does not decode)`
        : `unknown kind '${options.kind}'`,
      field: 'kind',
    };
    return result;
  }
  result.kind = kind;
  if (kind.framed) result.framing = checkFraming(bytes);
  try {
    const { value, entries } = kind.trace(bytes);
    result.rows = toRows(entries);
    result.json = safe(JSON.stringify(kind.redact(value), null, 2) ?? '');
    try {
      result.roundTrip = bytesEqual(kind.encode(value), bytes);
    } catch {
      result.roundTrip = false;
    }
  } catch (e) {
    result.error = toInspectError(e);
  }
  return result;
}
