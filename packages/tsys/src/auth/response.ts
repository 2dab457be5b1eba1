// EIS 1080 authorization response messages: E (credit: Groups I + III) and U (debit / EBT: Groups
// I + II + III), Table 5.3. Group III follows the validation-code FS (E) or the Group II FS (U).

import { ErrorCode, redactRecord, type TraceEntry } from '@paywire/core';
import type { ApplicationType } from './codes/application-type.js';
import { hasGroupII } from './codes/record-format.js';
import { tsysError } from './errors.js';
import { begin, type CodecOptions, finish, recordRange, sharedWriter, traceFramed } from './frame.js';
import { groupIResponseCodec, groupIResponseFields } from './group-1.js';
import { groupIIResponseCodec, groupIIResponseFields } from './group-2.js';
import { encodeGroupIII, type GroupIIIRecord, redactGroupIII } from './group-3/index.js';
import { decodeGroups, type GroupCodecs } from './groups.js';

/** Group I of a response (Table 5.6). */
export interface GroupIResponse {
  recordFormat: 'E' | 'U';
  applicationType: ApplicationType;
  /** Table 6.81; a space when Y was asked and the transaction did not qualify. */
  returnedAci: string;
  storeNumber: string;
  terminalNumber: string;
  /** Table 6.17 (open: the test host answers values outside the table). */
  authorizationSourceCode: string;
  transactionSequenceNumber: string;
  /** Table 6.80: decide on this, not on the text. */
  responseCode: string;
  approvalCode: string;
  /** MMDDYY. */
  localTransactionDate: string;
  /** HHMMSS. */
  localTransactionTime: string;
  responseText: string;
  avsResultCode: string;
  retrievalReferenceNumber: string;
  marketSpecificDataIdentifier: string;
  /** 0 or 15 characters; "MAV" in positions 5-7 means: do not capture. */
  transactionIdentifier?: string;
  validationCode?: string;
}

/** Group II of a debit / EBT response (Table 5.8). */
export interface GroupIIResponse {
  acquirerBin: string;
  hostMessageIdentifier: string;
  systemTraceAuditNumber?: string;
  /** Table 6.54 shared group code; `V` / `5`: processed as credit. */
  networkIdCode: string;
  /** MMDD. */
  settlementDate?: string;
}

export interface AuthorizationResponse extends GroupIResponse {
  /** Present exactly for U. */
  groupII?: GroupIIResponse;
  groupIII: GroupIIIRecord[];
}

type Rec = Record<string, unknown>;

/** Encodes a response (framed unless `framed: false`), e.g. for a simulated host. */
export function encodeAuthResponse(message: AuthorizationResponse, options: CodecOptions = {}): Uint8Array {
  if (typeof message !== 'object' || message === null)
    throw tsysError(ErrorCode.INVALID_ARGUMENT, 'expected a response object');
  const framed = options.framed !== false;
  const debit = hasGroupII(message.recordFormat);
  if (debit && message.groupII === undefined) {
    throw tsysError(ErrorCode.MISSING_VALUE, 'record format U needs Group II', { field: 'groupII' });
  }
  if (!debit && message.groupII !== undefined) {
    throw tsysError(ErrorCode.INVALID_DATA, `record format ${String(message.recordFormat)} has no Group II`, {
      field: 'groupII',
    });
  }
  if (!Array.isArray(message.groupIII)) {
    throw tsysError(ErrorCode.MISSING_VALUE, 'must be an array of Group III records', { field: 'groupIII' });
  }
  const w = sharedWriter;
  begin(w, framed);
  groupIResponseCodec.encodeInto(w, message as unknown as Rec);
  if (message.groupII !== undefined) groupIIResponseCodec.encodeInto(w, message.groupII as unknown as Rec);
  encodeGroupIII(w, message.groupIII, 'response');
  return finish(w, framed);
}

const responseGroups: GroupCodecs = {
  groupI: groupIResponseCodec,
  groupII: groupIIResponseCodec,
  direction: 'response',
};

function decodeBody(
  bytes: Uint8Array,
  start: number,
  end: number,
  trace: TraceEntry[] | null,
): AuthorizationResponse {
  return decodeGroups(bytes, start, end, trace, responseGroups) as unknown as AuthorizationResponse;
}

/** Decodes an E or U response; verifies STX, ETX and the LRC when framed (the default). */
export function decodeAuthResponse(bytes: Uint8Array, options: CodecOptions = {}): AuthorizationResponse {
  const { start, end } = recordRange(bytes, options.framed !== false);
  return decodeBody(bytes, start, end, null);
}

export function traceAuthResponse(
  bytes: Uint8Array,
  options: CodecOptions = {},
): { value: AuthorizationResponse; entries: TraceEntry[] } {
  return traceFramed(bytes, options, decodeBody);
}

export function redactAuthResponse(message: AuthorizationResponse): AuthorizationResponse {
  const out = redactRecord(groupIResponseFields, message);
  if (out.groupII !== undefined) out.groupII = redactRecord(groupIIResponseFields, out.groupII);
  if (Array.isArray(out.groupIII)) out.groupIII = redactGroupIII(out.groupIII, 'response');
  return out;
}
