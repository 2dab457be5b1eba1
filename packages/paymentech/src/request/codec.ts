/** Encode, decode and trace UTF197 requests: framing + the compiled record of the transaction code. */
import {
  asciiSlice,
  ErrorCode,
  maskPansInText,
  type RecordValues,
  redactRecord,
  STX,
  type TraceEntry,
} from '@paywire/core';
import { TRANSACTION_CODES } from '../codes/transaction-code.js';
import { paymentechError, unsupported } from '../errors.js';
import { endFrame, frameTrace, readFrame, scratch } from '../frame.js';
import { amountText, parseAmountText } from './card-fields.js';
import { PREAMBLE_OFFSETS } from './preamble.js';
import { REQUEST_RECORDS, type RequestRecord } from './records.js';
import type { AmountFormat, TampaRequest } from './types.js';

function recordFor(code: unknown, offset?: number): RequestRecord {
  const rec = typeof code === 'string' ? REQUEST_RECORDS.get(code) : undefined;
  if (rec) return rec;
  if (typeof code === 'string' && Object.hasOwn(TRANSACTION_CODES, code)) {
    throw unsupported(
      'transactionCode',
      `the body layout of transaction code ${code} (${TRANSACTION_CODES[code]})`,
    );
  }
  throw paymentechError(
    ErrorCode.OUT_OF_RANGE,
    'transactionCode',
    `unknown transaction code ${JSON.stringify(code)}`,
    {
      ...(offset === undefined ? {} : { offset }),
      expected: [...REQUEST_RECORDS.keys()].join('|'),
      actual: String(code),
    },
  );
}

function fromWire(rec: RecordValues): void {
  const text = rec.amount;
  if (typeof text === 'string') {
    const explicit = text.includes('.');
    const format: AmountFormat = explicit ? 'explicit' : 'implied';
    const amount = parseAmountText(text);
    rec.amountFormat = format;
    rec.amount = amount;
    if (amountText(amount, format) !== text) rec.amountText = text;
  }
}

/** Validates without producing bytes: throws exactly what `encodeRequest` would. */
export function validateRequest(value: TampaRequest): void {
  encodeRequest(value);
}

/** Frames and encodes a request: STX, preamble, body, ETX [, LRC]. */
export function encodeRequest(value: TampaRequest): Uint8Array {
  if (typeof value !== 'object' || value === null) {
    throw paymentechError(ErrorCode.INVALID_ARGUMENT, undefined, 'request: expected an object');
  }
  const rec = recordFor(value.transactionCode);
  const w = scratch.reset();
  w.byte(STX);
  // the amount field converts minor units to its wire text itself (AMOUNT.encodeValue): no copy
  rec.codec.encodeInto(w, value as unknown as RecordValues);
  endFrame(w, 0, value.trailingLrc);
  return w.toBytes();
}

function readCode(bytes: Uint8Array, etx: number): RequestRecord {
  const at = PREAMBLE_OFFSETS.transactionCode;
  if (etx < at + 2) {
    throw paymentechError(
      ErrorCode.TRUNCATED,
      'transactionCode',
      `request ends at byte ${etx}, before the transaction code`,
      {
        offset: etx,
      },
    );
  }
  return recordFor(asciiSlice(bytes, at, at + 2), at);
}

/** Decodes a framed request; throws a `paymentech` PaywireError for anything else. */
export function decodeRequest(bytes: Uint8Array): TampaRequest {
  const frame = readFrame(bytes, 'request');
  const rec = readCode(bytes, frame.etx);
  const value = rec.codec.decode(bytes, { offset: 1, end: frame.etx });
  fromWire(value);
  if (frame.trailingLrc) value.trailingLrc = true;
  return value as unknown as TampaRequest;
}

/** Decodes and returns the annotated trace (card data masked). */
export function traceRequest(bytes: Uint8Array): { value: TampaRequest; entries: TraceEntry[] } {
  const frame = readFrame(bytes, 'request');
  const rec = readCode(bytes, frame.etx);
  const r = rec.codec.trace(bytes, { offset: 1, end: frame.etx });
  fromWire(r.value);
  if (frame.trailingLrc) r.value.trailingLrc = true;
  const entries = r.entries.map((e) => (KEPT_AS_RECEIVED.test(e.path) ? maskUnknownEntry(e) : e));
  return { value: r.value as unknown as TampaRequest, entries: frameTrace(bytes, frame, entries) };
}

/** FS fields whose meaning is not public (`unknown4`, `unknown11`, ...): kept as received. */
const UNKNOWN_FIELD = /^unknown\d+$/;
/** Trace paths of data kept as received: unknown FS fields and tokens of an id not known here. */
const KEPT_AS_RECEIVED = /^(?:unknown\d+|tokens\.\d+\.raw)$/;

/**
 * What an unknown field or token holds is not known, so a card number found there (a sender's mistake, a
 * shifted field) is masked like one: every Luhn-valid run of 13-19 digits shows first 6 / last 4.
 */
function maskUnknownEntry(e: TraceEntry): TraceEntry {
  const out: TraceEntry = { ...e, raw: maskPansInText(e.raw) };
  if (typeof e.value === 'string') out.value = maskPansInText(e.value);
  return out;
}

/** A copy with PAN, CVV and every other sensitive field masked. */
export function redactRequest(value: TampaRequest): TampaRequest {
  const rec =
    typeof value?.transactionCode === 'string' ? REQUEST_RECORDS.get(value.transactionCode) : undefined;
  if (!rec) return value;
  const out = redactRecord(rec.fields, value) as unknown as Record<string, unknown>;
  for (const key of Object.keys(out)) {
    const v = out[key];
    if (UNKNOWN_FIELD.test(key) && typeof v === 'string') out[key] = maskPansInText(v);
  }
  if (Array.isArray(out.tokens)) {
    out.tokens = (out.tokens as Record<string, unknown>[]).map((t) =>
      t !== null && typeof t === 'object' && typeof t.raw === 'string'
        ? { ...t, raw: maskPansInText(t.raw) }
        : t,
    );
  }
  return out as unknown as TampaRequest;
}
