// EIS 1080 authorization request messages: D, W, Y (credit: Groups I + III), T, X, Z (debit / EBT:
// Groups I + II + III) and the debit confirmation record V (Table 5.4). Group III follows the last
// FS of Group I (credit) or Group II (debit) directly; records are separated by GS (Table 5.2).

import {
  ErrorCode,
  isDigitText,
  luhnCheck,
  maskPansInText,
  redactRecord,
  type TraceEntry,
  withProperties,
} from '@paywire/core';
import { isKeyedSource } from './codes/account-data-source.js';
import type { ApplicationType } from './codes/application-type.js';
import { ZERO_DURATION_IDENTIFIERS } from './codes/market-specific-data.js';
import { hasGroupII } from './codes/record-format.js';
import { transactionCodeInfo } from './codes/transaction-code.js';
import { tsysError } from './errors.js';
import { begin, type CodecOptions, finish, recordRange, sharedWriter, traceFramed } from './frame.js';
import { groupIRequestCodec, groupIRequestFields } from './group-1.js';
import {
  confirmationCodec,
  confirmationFields,
  groupIIRequestCodec,
  groupIIRequestFields,
} from './group-2.js';
import { encodeGroupIII, type GroupIIIRecord, redactGroupIII } from './group-3/index.js';
import { decodeGroups, type GroupCodecs } from './groups.js';

export interface MarketSpecificData {
  /** Table 6.51: space, D, B or S. */
  prestigiousIndicator: string;
  /** Table 6.52: A, B, E, H, J, M, N, T or space. */
  identifier: string;
  /** Two digits; `00` for B, E, J, M and T. */
  duration: string;
}

export interface CardAcceptorData {
  /** 25 characters, space-filled. */
  merchantName: string;
  /** 13 characters: city, or the service phone `NNN-NNNNNNN` for card-not-present merchants. */
  merchantCity: string;
  /** 2 characters. */
  merchantState: string;
}

export interface ReversalAndCancelDataI {
  approvalCode: string;
  /** MMDDYY. */
  localTransactionDate: string;
  /** HHMMSS. */
  localTransactionTime: string;
  retrievalReferenceNumber: string;
}

/** Group I of a request (Table 5.5). Numbers are digit strings exactly as on the wire. */
export interface GroupIRequest {
  recordFormat: 'D' | 'W' | 'Y' | 'T' | 'X' | 'Z';
  applicationType: ApplicationType;
  acquirerBin: string;
  merchantNumber: string;
  storeNumber: string;
  terminalNumber: string;
  deviceCode: string;
  industryCode: string;
  currencyCode: string;
  countryCode: string;
  cityCode: string;
  languageIndicator: string;
  timeZoneDifferential: string;
  merchantCategoryCode: string;
  /** Requested ACI; a reversal carries the returned ACI of the original here. */
  requestedAci: string;
  transactionSequenceNumber: string;
  transactionCode: string;
  cardholderIdentificationCode: string;
  accountDataSource: string;
  /** Track 1 or 2 without sentinels (non-keyed account data sources). */
  track?: string;
  /** Keyed account number (account data source @, P, T, X). */
  accountNumber?: string;
  /** Keyed expiry MMYY. */
  expirationDate?: string;
  /** Third keyed item: Mastercard dynamic expiry for card brand tokens, or a Voltage-encrypted CVV. */
  customerDataItem3?: string;
  /** PIN block + KSN (cardholder identification codes A, B, J, K, S). */
  pinData?: string;
  /** AVS data `street zip` (or other cardholder identification data). */
  cardholderIdentificationData?: string;
  receivingInstitutionId?: string;
  /** 1-12 digits, implied decimals; leading zeros are kept as sent. */
  transactionAmount: string;
  secondaryAmount?: string;
  marketSpecificData?: MarketSpecificData;
  cardAcceptorData?: CardAcceptorData;
  /** Reversal, incremental or MIT transaction id (the original's transaction identifier). */
  originalTransactionId?: string;
  reversalAndCancelDataI?: ReversalAndCancelDataI;
}

/** Group II of a debit / EBT request (Table 5.7). */
export interface GroupIIRequest {
  reversalAndCancelDataII?: { systemTraceAuditNumber: string; networkIdCode: string };
  sharingGroup: string;
  /** 9 digits, or absent. */
  merchantAbaNumber?: string;
  /** 4 characters, or absent. */
  merchantSettlementAgentNumber?: string;
  agentBankNumber: string;
  agentChainNumber: string;
  batchNumber: string;
  reimbursementAttribute: string;
  /** 0, 4, 6, 8, 10 or 12 digits (MMDD, YYMMDD, MMDDhhmm, YYMMDDhhmm, YYMMDDhhmmss). */
  originalPurchaseData?: string;
}

/** A D, W, Y, T, X or Z request. */
export interface AuthorizationRequest extends GroupIRequest {
  /** Present exactly for T, X and Z. */
  groupII?: GroupIIRequest;
  /** Group III records in wire order (at least `000` by the spec). */
  groupIII: GroupIIIRecord[];
}

/** Debit / EBT confirmation record `V` (Table 5.4). */
export interface DebitConfirmation {
  recordFormat: 'V';
  applicationType: ApplicationType;
  acquirerBin: string;
  /** From the debit response's Group II. */
  hostMessageIdentifier: string;
  systemTraceAuditNumber: string;
}

export type AuthRequestMessage = AuthorizationRequest | DebitConfirmation;

type Rec = Record<string, unknown>;

// ------------------------------------------------------------------------------------------------
// cross-field rules checked before encoding (the field tables check each field on its own)

function validateRequest(m: AuthorizationRequest): void {
  const debit = hasGroupII(m.recordFormat);
  if (debit && m.groupII === undefined) {
    throw tsysError(ErrorCode.MISSING_VALUE, `record format ${m.recordFormat} needs Group II`, {
      field: 'groupII',
    });
  }
  if (!debit && m.groupII !== undefined) {
    throw tsysError(ErrorCode.INVALID_DATA, `record format ${m.recordFormat} has no Group II`, {
      field: 'groupII',
    });
  }
  if (!Array.isArray(m.groupIII)) {
    throw tsysError(ErrorCode.MISSING_VALUE, 'must be an array of Group III records', { field: 'groupIII' });
  }
  let has052 = false;
  let has053 = false;
  for (const r of m.groupIII) {
    if (r?.version === '052') has052 = true;
    else if (r?.version === '053') has053 = true;
  }
  if ((m.recordFormat === 'W' || m.recordFormat === 'X') && !has052) {
    throw tsysError(
      ErrorCode.MISSING_VALUE,
      `record format ${m.recordFormat} needs the G3v052 encryption block`,
      { field: 'groupIII' },
    );
  }
  if (m.recordFormat === 'Y') {
    if (has053) {
      throw tsysError(ErrorCode.INVALID_DATA, 'record format Y must not carry G3v053', { field: 'groupIII' });
    }
    if (transactionCodeInfo[m.transactionCode]?.token === false) {
      throw tsysError(
        ErrorCode.INVALID_DATA,
        `transaction code ${m.transactionCode} cannot be used with a TSYS token (Y)`,
        {
          field: 'transactionCode',
        },
      );
    }
  }
  const clear = m.recordFormat === 'D' || m.recordFormat === 'T';
  if (isKeyedSource(m.accountDataSource)) {
    if (m.track !== undefined) {
      throw tsysError(
        ErrorCode.INVALID_DATA,
        `account data source ${m.accountDataSource} is keyed: send accountNumber, not track`,
        { field: 'track' },
      );
    }
    const pan = m.accountNumber;
    if (clear && typeof pan === 'string' && isDigitText(pan, 12, 19) && !luhnCheck(pan)) {
      throw tsysError(ErrorCode.LUHN_CHECK_FAILED, 'check digit (Luhn) failed', { field: 'accountNumber' });
    }
  } else {
    if (m.accountNumber !== undefined || m.expirationDate !== undefined) {
      throw tsysError(
        ErrorCode.INVALID_DATA,
        `account data source ${m.accountDataSource} reads a track: send track, not accountNumber`,
        { field: 'accountNumber' },
      );
    }
    const track = m.track;
    if (clear && typeof track === 'string') {
      if (m.accountDataSource === 'H' && track.length > 76) {
        throw tsysError(ErrorCode.INVALID_LENGTH, `track 1 is ${track.length} characters, at most 76`, {
          field: 'track',
        });
      }
      if (m.accountDataSource === 'D' && track.length > 37) {
        throw tsysError(ErrorCode.INVALID_LENGTH, `track 2 is ${track.length} characters, at most 37`, {
          field: 'track',
        });
      }
      const first = track.charCodeAt(0);
      if (first === 0x25 /* % */ || first === 0x3b /* ; */ || track.endsWith('?')) {
        throw tsysError(ErrorCode.INVALID_FORMAT, 'send the track without start/end sentinels', {
          field: 'track',
        });
      }
    }
  }
  const msd = m.marketSpecificData;
  if (msd !== undefined && ZERO_DURATION_IDENTIFIERS.has(msd.identifier) && msd.duration !== '00') {
    throw tsysError(ErrorCode.OUT_OF_RANGE, `duration must be 00 for identifier ${msd.identifier}`, {
      field: 'marketSpecificData.duration',
    });
  }
}

// ------------------------------------------------------------------------------------------------
// Group II ABA / settlement agent split

function groupIIToTable(g: GroupIIRequest): Rec {
  const aba = (g.merchantAbaNumber ?? '') + (g.merchantSettlementAgentNumber ?? '');
  if (g.merchantAbaNumber !== undefined && g.merchantAbaNumber.length !== 9) {
    throw tsysError(ErrorCode.INVALID_LENGTH, 'must be 9 digits', { field: 'groupII.merchantAbaNumber' });
  }
  if (g.merchantSettlementAgentNumber !== undefined && g.merchantSettlementAgentNumber.length !== 4) {
    throw tsysError(ErrorCode.INVALID_LENGTH, 'must be 4 characters', {
      field: 'groupII.merchantSettlementAgentNumber',
    });
  }
  // not `{ ...g, merchantAbaAndAgent }`: see core's withProperties
  return aba === ''
    ? (g as unknown as Rec)
    : (withProperties(g, { merchantAbaAndAgent: aba }) as unknown as Rec);
}

function groupIIFromTable(v: Rec): GroupIIRequest {
  const aba = v.merchantAbaAndAgent as string | undefined;
  if (aba !== undefined) {
    delete v.merchantAbaAndAgent;
    if (aba.length >= 9) v.merchantAbaNumber = aba.slice(0, 9);
    if (aba.length === 4 || aba.length === 13) v.merchantSettlementAgentNumber = aba.slice(-4);
  }
  return v as unknown as GroupIIRequest;
}

// ------------------------------------------------------------------------------------------------
// encode / decode / trace

function writeRequest(m: AuthRequestMessage): void {
  const w = sharedWriter;
  if (typeof m !== 'object' || m === null)
    throw tsysError(ErrorCode.INVALID_ARGUMENT, 'expected a request object');
  if (m.recordFormat === 'V') {
    confirmationCodec.encodeInto(w, m as unknown as Record<string, unknown>);
    return;
  }
  validateRequest(m);
  groupIRequestCodec.encodeInto(w, m as unknown as Rec);
  if (m.groupII !== undefined) groupIIRequestCodec.encodeInto(w, groupIIToTable(m.groupII));
  encodeGroupIII(w, m.groupIII, 'request');
}

/** Encodes a request (framed `STX .. ETX LRC` unless `framed: false`). Validates every field first. */
export function encodeAuthRequest(message: AuthRequestMessage, options: CodecOptions = {}): Uint8Array {
  const framed = options.framed !== false;
  begin(sharedWriter, framed);
  writeRequest(message);
  return finish(sharedWriter, framed);
}

/** Validates a request the way `encodeAuthRequest` does, without keeping the bytes. */
export function validateAuthRequest(message: AuthRequestMessage): void {
  encodeAuthRequest(message);
}

const requestGroups: GroupCodecs = {
  groupI: groupIRequestCodec,
  groupII: groupIIRequestCodec,
  direction: 'request',
  groupIIValue: groupIIFromTable,
};

function decodeBody(
  bytes: Uint8Array,
  start: number,
  end: number,
  trace: TraceEntry[] | null,
): AuthRequestMessage {
  if (bytes[start] === 0x56 /* V */) {
    if (trace) {
      const r = confirmationCodec.trace(bytes, { offset: start, end });
      trace.push(...r.entries);
      return r.value as unknown as DebitConfirmation;
    }
    return confirmationCodec.decode(bytes, { offset: start, end }) as unknown as DebitConfirmation;
  }
  return decodeGroups(bytes, start, end, trace, requestGroups) as unknown as AuthorizationRequest;
}

/** Decodes a request; verifies STX, ETX and the LRC when framed (the default). */
export function decodeAuthRequest(bytes: Uint8Array, options: CodecOptions = {}): AuthRequestMessage {
  const { start, end } = recordRange(bytes, options.framed !== false);
  return decodeBody(bytes, start, end, null);
}

/** Decodes a request and returns the annotated trace (card data masked). */
export function traceAuthRequest(
  bytes: Uint8Array,
  options: CodecOptions = {},
): { value: AuthRequestMessage; entries: TraceEntry[] } {
  return traceFramed(bytes, options, decodeBody);
}

/** A copy with card data masked (PAN 6/4, track, PIN block, CVV, ...). */
export function redactAuthRequest<T extends AuthRequestMessage>(message: T): T {
  if (message.recordFormat === 'V') return redactRecord(confirmationFields, message);
  const out = redactRecord(groupIRequestFields, message) as AuthorizationRequest;
  if (out.groupII !== undefined) out.groupII = redactRecord(groupIIRequestFields, out.groupII);
  if (Array.isArray(out.groupIII)) out.groupIII = redactGroupIII(out.groupIII, 'request');
  for (const k of ['cardholderIdentificationData', 'originalTransactionId'] as const) {
    const v = out[k];
    if (typeof v === 'string') out[k] = maskPansInText(v);
  }
  return out as T;
}
