/** The host's batch answer as one framed record: STX K app . Z R@@@@ ... ETX LRC (EIS 1081 §3.2.18-§3.2.20). */

import {
  applyEvenParity,
  ByteWriter,
  ErrorCode,
  ETX,
  STX,
  stripParity,
  type TraceEntry,
} from '@paywire/core';
import { readBatchFrame } from './batch.js';
import { type ApplicationType, applicationTypes } from './codes/header-codes.js';
import { rethrowWithin, settlementError } from './errors.js';
import { type BatchResponse, batchResponseRecord } from './records/response.js';

export type SettlementResponse = BatchResponse & { applicationType: ApplicationType };

/** Largest batch response the decoders accept: one response record is under 100 bytes. */
export const MAX_BATCH_RESPONSE_BYTES = 8192;

function decodeResponse(input: Uint8Array, trace: TraceEntry[] | null, parity: boolean): SettlementResponse {
  if (!(input instanceof Uint8Array))
    throw settlementError(ErrorCode.INVALID_ARGUMENT, 'expected a Uint8Array');
  if (input.length === 0) throw settlementError(ErrorCode.EMPTY_RESPONSE, 'no data');
  if (input.length > MAX_BATCH_RESPONSE_BYTES) {
    throw settlementError(
      ErrorCode.INPUT_TOO_LARGE,
      `${input.length} bytes, at most ${MAX_BATCH_RESPONSE_BYTES} in a batch response`,
      { offset: MAX_BATCH_RESPONSE_BYTES },
    );
  }
  let bytes = input;
  if (parity) {
    try {
      bytes = stripParity(input);
    } catch (e) {
      rethrowWithin(e, '', '');
    }
  }
  const fr = readBatchFrame(bytes, 0, 0);
  if (!fr.last)
    throw settlementError(ErrorCode.INVALID_FORMAT, 'a batch response ends with ETX', { offset: fr.end });
  if (fr.end + 2 !== bytes.length)
    throw settlementError(ErrorCode.LENGTH_MISMATCH, 'bytes after the response record', {
      offset: fr.end + 2,
    });
  const p = fr.start + 1;
  if (fr.end - p < 5)
    throw settlementError(ErrorCode.TRUNCATED, 'response shorter than its prefix', { offset: p });
  if (bytes[p] !== 0x4b)
    throw settlementError(ErrorCode.INVALID_FORMAT, 'record format must be K', {
      field: 'recordFormat',
      offset: p,
    });
  const app = String.fromCharCode(bytes[p + 1]!);
  if (!Object.hasOwn(applicationTypes, app))
    throw settlementError(ErrorCode.OUT_OF_RANGE, 'application type must be 1, 3, 5 or 6', {
      field: 'applicationType',
      offset: p + 1,
    });
  if (bytes[p + 2] !== 0x2e)
    throw settlementError(ErrorCode.INVALID_FORMAT, 'message delimiter must be .', {
      field: 'messageDelimiter',
      offset: p + 2,
    });
  if (bytes[p + 3] !== 0x5a)
    throw settlementError(ErrorCode.INVALID_FORMAT, 'X.25 routing ID must be Z', {
      field: 'routingId',
      offset: p + 3,
    });
  if (trace)
    trace.push({
      path: 'prefix',
      label: 'Record Format / Application Type / Delimiter / Routing ID',
      offset: p,
      length: 4,
      raw: String.fromCharCode(...bytes.subarray(p, p + 4)),
      depth: 0,
      spec: 'EIS 1081 §4.229 §4.33 §4.191 §4.327',
    });
  let r: { value: BatchResponse; next: number };
  try {
    r = batchResponseRecord.decode(bytes, p + 4, fr.end, { trace, path: '', depth: 0 });
  } catch (e) {
    rethrowWithin(e, '', 'batch response: ');
  }
  if (r.next !== fr.end)
    throw settlementError(ErrorCode.LENGTH_MISMATCH, `${fr.end - r.next} bytes after the response fields`, {
      offset: r.next,
    });
  return { ...r.value, applicationType: app as ApplicationType };
}

/** Decodes the host's GB / RB / QD answer. */
export function decodeBatchResponse(
  bytes: Uint8Array,
  options: { parity?: boolean } = {},
): SettlementResponse {
  return decodeResponse(bytes, null, options.parity === true);
}

export function traceBatchResponse(bytes: Uint8Array): { value: SettlementResponse; entries: TraceEntry[] } {
  const entries: TraceEntry[] = [];
  return { value: decodeResponse(bytes, entries, false), entries };
}

/** Encodes a batch response (simulators, tests). */
export function encodeBatchResponse(
  value: SettlementResponse,
  options: { parity?: boolean } = {},
): Uint8Array {
  if (typeof value !== 'object' || value === null)
    throw settlementError(ErrorCode.INVALID_ARGUMENT, 'expected a batch response object');
  const app = value.applicationType ?? '1';
  if (!Object.hasOwn(applicationTypes, app))
    throw settlementError(ErrorCode.OUT_OF_RANGE, 'must be 1, 3, 5 or 6', { field: 'applicationType' });
  const w = new ByteWriter(96);
  w.byte(STX).ascii('K').ascii(app).ascii('.Z');
  try {
    batchResponseRecord.encode(w, value);
  } catch (e) {
    rethrowWithin(e, '', 'batch response: ');
  }
  w.byte(ETX);
  const out = w.view();
  let x = 0;
  for (let i = 1; i < out.length; i++) x ^= out[i]!;
  w.byte(x);
  const bytes = w.toBytes();
  return options.parity ? applyEvenParity(bytes) : bytes;
}
