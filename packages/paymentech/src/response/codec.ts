/** Encode, decode, trace and interpret UTF197 responses. */
import { ErrorCode, FS, type RecordValues, STX, type TraceEntry } from '@paywire/core';
import { ACTION_CODES } from '../codes/action-code.js';
import { AVS_RESULTS } from '../codes/avs-result.js';
import { CARD_TYPES } from '../codes/card-type.js';
import { CVV_RESULTS } from '../codes/cvv-result.js';
import type { HostErrorEntry } from '../codes/host-error.js';
import { lookupServerError, resolveServerError } from '../codes/server-errors.js';
import { paymentechError } from '../errors.js';
import { endFrame, frameTrace, readFrame, scratch } from '../frame.js';
import { RESPONSE_RECORD, type TampaResponse } from './record.js';

function finish(rec: RecordValues, bytes: Uint8Array, etx: number, trailingLrc: boolean): TampaResponse {
  const tokens = rec.tokens as unknown[];
  if (tokens.length > 0 && bytes[etx - 1] !== FS) rec.finalSeparator = false;
  if (trailingLrc) rec.trailingLrc = true;
  return rec as unknown as TampaResponse;
}

export function decodeResponse(bytes: Uint8Array): TampaResponse {
  const frame = readFrame(bytes, 'response');
  const rec = RESPONSE_RECORD.decode(bytes, { offset: 1, end: frame.etx });
  return finish(rec, bytes, frame.etx, frame.trailingLrc);
}

export function traceResponse(bytes: Uint8Array): { value: TampaResponse; entries: TraceEntry[] } {
  const frame = readFrame(bytes, 'response');
  const r = RESPONSE_RECORD.trace(bytes, { offset: 1, end: frame.etx });
  return {
    value: finish(r.value, bytes, frame.etx, frame.trailingLrc),
    entries: frameTrace(bytes, frame, r.entries),
  };
}

/** Encodes a response (for simulators and tests). */
export function encodeResponse(value: TampaResponse): Uint8Array {
  if (typeof value !== 'object' || value === null) {
    throw paymentechError(ErrorCode.INVALID_ARGUMENT, undefined, 'response: expected an object');
  }
  const w = scratch.reset();
  w.byte(STX);
  RESPONSE_RECORD.encodeInto(w, value as unknown as RecordValues);
  const tokens = value.tokens;
  if (value.finalSeparator === false && Array.isArray(tokens) && tokens.length > 0) w.length--; // drop the last FS
  endFrame(w, 0, value.trailingLrc);
  return w.toBytes();
}

/** The response carries no card data; redaction returns a copy. */
export function redactResponse(value: TampaResponse): TampaResponse {
  return {
    ...value,
    tokens: Array.isArray(value.tokens) ? value.tokens.map((t) => ({ ...t })) : value.tokens,
  };
}

export interface ResponseSummary {
  approved: boolean;
  actionMeaning: string | undefined;
  /** Host error number when the action code is `E` (3 digits, from the approval code field). */
  hostErrorCode?: string;
  /** Every meaning the seed gives for that number (248 and 330 have several). */
  hostErrors?: readonly HostErrorEntry[];
  /** The meaning picked using the response text, when it tells them apart. */
  hostError?: HostErrorEntry;
  avsMeaning?: string;
  cardTypeName?: string;
  /** CVV result when the CV token holds one known result character. */
  cvvResult?: string;
  cvvMeaning?: string;
}

/** Reads the response the way the seed describes its response properties. */
export function interpretResponse(r: TampaResponse): ResponseSummary {
  const out: ResponseSummary = { approved: r.actionCode === 'A', actionMeaning: ACTION_CODES[r.actionCode] };
  if (r.actionCode !== 'A' && r.approvalCode !== undefined) {
    const digits = r.approvalCode.trim();
    if (/^\d{1,6}$/.test(digits)) {
      const code = String(Number(digits)).padStart(3, '0');
      const list = lookupServerError(code);
      out.hostErrorCode = code;
      if (list.length > 0) {
        out.hostErrors = list;
        const picked = resolveServerError(code, r.responseText);
        if (picked) out.hostError = picked;
      }
    }
  }
  if (r.avsResult !== undefined && AVS_RESULTS[r.avsResult]) out.avsMeaning = AVS_RESULTS[r.avsResult]!;
  if (r.cardType !== undefined && CARD_TYPES[r.cardType]) out.cardTypeName = CARD_TYPES[r.cardType]!;
  const cv = r.tokens?.find((t) => t.id === 'CV');
  if (cv?.data !== undefined && cv.data.length === 1 && CVV_RESULTS[cv.data]) {
    out.cvvResult = cv.data;
    out.cvvMeaning = CVV_RESULTS[cv.data]!;
  }
  return out;
}
