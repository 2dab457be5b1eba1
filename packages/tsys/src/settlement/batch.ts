/**
 * EIS 1081 batch framing and the batch builder.
 *
 * Every record is `STX` + record + `ETB` + LRC, the trailer (last) ends with `ETX` (§3.1). With
 * blocking (header blocking indicator `2`, §4.47) up to three records share one frame of at most
 * 640 bytes; the 2nd and 3rd records of a block drop record format, application type and delimiter
 * and start at the routing ID `Z`. The header is never blocked.
 */

import {
  applyEvenParity,
  ByteWriter,
  ErrorCode,
  ETB,
  ETX,
  type PaywireError,
  STX,
  stripParity,
  type TraceEntry,
  withProperties,
} from '@paywire/core';
import { scanBody } from '../framing-bytes.js';
import { type ApplicationType, applicationTypes } from './codes/header-codes.js';
import { creditTransactionCodes } from './codes/transaction-code.js';
import { rethrowWithin, settlementError } from './errors.js';
import { findGroupConflict } from './groups/combinations.js';
import { detailGroupNumbers } from './groups/detail/index.js';
import type { DetailRecord } from './records/detail.js';
import type { HeaderRecord } from './records/header.js';
import { decodeRecordAt, recordDefs, type SettlementRecord } from './records/index.js';
import type { ParameterRecord } from './records/parameter.js';
import type { TrailerRecord } from './records/trailer.js';

/** A whole settlement batch as sent to TSYS. */
export interface SettlementBatch {
  /** `1`/`3` (single / multiple batches per connection), `5`/`6` with Level III line items. */
  applicationType: ApplicationType;
  /** Header, parameter, then ETB records, details and their addenda, then the trailer. */
  records: SettlementRecord[];
  /** Records per frame when blocked (e.g. `[1, 3, 3, 2]`); absent = one record per frame. */
  blocks?: number[];
}

export interface BatchTotals {
  batchRecordCount: number;
  batchHashingTotal: number;
  cashBackTotal: number;
  batchNetDeposit: number;
}

/** Maximum framed block size with blocking (§4.47). */
export const MAX_BLOCK_BYTES = 640;

const RECORD_PREFIX = 3; // K, application type, '.'

/**
 * Trailer totals as §4.40-§4.43 define them: every record counts (header to trailer, addenda
 * included); hashing total = sum of |settlement amount| of all details (voids included); cash back
 * total = sum of group 1 cash back; net deposit = |sales - credits| with voided details left out.
 */
export function computeTotals(records: readonly SettlementRecord[], includesTrailer = true): BatchTotals {
  let hashing = 0;
  let cashBack = 0;
  let net = 0;
  for (const r of records) {
    if (r.type !== 'detail') continue;
    const amount = r.settlementAmount;
    hashing += amount;
    if (r.voidIndicator === 'V') continue;
    cashBack += r.groups?.cashBack?.cashBackAmount ?? 0;
    net += creditTransactionCodes.has(r.transactionCode) ? -amount : amount;
  }
  return {
    batchRecordCount: records.length + (includesTrailer ? 0 : 1),
    batchHashingTotal: hashing,
    cashBackTotal: cashBack,
    batchNetDeposit: Math.abs(net),
  };
}

const NO_RECORDS: readonly SettlementRecord[] = [];

const ADDENDA = new Set([
  'chip-card',
  'visa-line-item',
  'mastercard-line-item',
  'canadian-tax',
  'amex-tad-line-item',
  'amex-retail-line-item',
  'amex-lodging-line-item',
  'amex-cps-line-item',
]);

/**
 * Groups a detail may only carry in some industries (header industry code). Decision: the spec ties
 * these groups to industries in their names and in T3.9; `0` (unknown) is not checked.
 */
export const groupIndustries: Readonly<Record<string, string>> = {
  restaurant: 'FRG',
  directMarketing: 'D',
  directMarketingInstallment: 'D',
  autoRental: 'A',
  autoRentalExtended: 'A',
  amexAutoRental: 'A',
  hotel: 'H',
  hotelNonFrontDesk: 'H',
  hotelAmex: 'H',
  lodgingAdvice: 'H',
  passengerTransport: 'P',
};

function fail(code: number, index: number, field: string, message: string): PaywireError {
  return settlementError(code, `record ${index + 1}: ${message}`, {
    field: `records.${index}${field ? `.${field}` : ''}`,
  });
}

function groupNumbers(d: DetailRecord): number[] {
  const out: number[] = [];
  const g = d.groups;
  if (!g) return out;
  for (const k in g) {
    const n = detailGroupNumbers[k];
    if ((g as Record<string, unknown>)[k] !== undefined && n !== undefined) out.push(n);
  }
  return out.sort((a, b) => a - b);
}

/** Checks a detail against Table 3.9 and the batch's industry; throws naming the record and group. */
function checkDetail(d: DetailRecord, index: number, industry: string): void {
  if (!d.groups) return; // no groups: nothing to combine, nothing tied to an industry
  const conflict = findGroupConflict(groupNumbers(d));
  if (conflict) throw fail(ErrorCode.INVALID_DATA, index, 'groups', conflict);
  if (industry !== '0' && d.groups) {
    for (const key in d.groups) {
      const allowed = groupIndustries[key];
      if (
        allowed !== undefined &&
        (d.groups as Record<string, unknown>)[key] !== undefined &&
        !allowed.includes(industry)
      ) {
        throw fail(
          ErrorCode.INVALID_DATA,
          index,
          `groups.${key}`,
          `group ${key} is not allowed for industry code ${industry}`,
        );
      }
    }
  }
}

/** Line-item counts of a detail compared with the addenda that follow it. */
function checkAddendaCounts(d: DetailRecord, index: number, addenda: readonly SettlementRecord[]): void {
  if (addenda.length === 0 && !d.groups) return; // no counts announced, no addenda: all agree
  const count = (t: string) => addenda.filter((a) => a.type === t).length;
  const g = d.groups;
  const l3 = g?.visaEnhancedData?.lineItemCount ?? g?.mastercardEnhancedData?.lineItemCount;
  const lineItems = count('visa-line-item') + count('mastercard-line-item');
  if (l3 !== undefined && l3 !== lineItems) {
    throw fail(
      ErrorCode.INVALID_DATA,
      index,
      g?.visaEnhancedData
        ? 'groups.visaEnhancedData.lineItemCount'
        : 'groups.mastercardEnhancedData.lineItemCount',
      `line item count ${l3} but ${lineItems} line item records follow`,
    );
  }
  if (l3 === undefined && lineItems > 0)
    throw fail(
      ErrorCode.INVALID_DATA,
      index,
      'groups',
      `${lineItems} line item records follow a detail without group 26 or 27`,
    );
  const tax = count('canadian-tax');
  const taxCount = g?.canadianTaxItemCount?.lineItemCount;
  if ((taxCount ?? 0) !== tax)
    throw fail(
      ErrorCode.INVALID_DATA,
      index,
      'groups.canadianTaxItemCount.lineItemCount',
      `Canadian tax count ${taxCount ?? 0} but ${tax} tax records follow`,
    );
  if (tax > 6)
    throw fail(
      ErrorCode.INVALID_DATA,
      index,
      'groups.canadianTaxItemCount',
      'at most six Canadian tax records per detail',
    );
  const tad = count('amex-tad-line-item');
  const taa = count('amex-retail-line-item') + count('amex-lodging-line-item');
  const counts = g?.adviceLineItemCounts;
  if ((counts?.tadLineItemCount ?? 0) !== tad)
    throw fail(
      ErrorCode.INVALID_DATA,
      index,
      'groups.adviceLineItemCounts.tadLineItemCount',
      `TAD count ${counts?.tadLineItemCount ?? 0} but ${tad} TAD records follow`,
    );
  if ((counts?.taaLineItemCount ?? 0) !== taa)
    throw fail(
      ErrorCode.INVALID_DATA,
      index,
      'groups.adviceLineItemCounts.taaLineItemCount',
      `TAA count ${counts?.taaLineItemCount ?? 0} but ${taa} RET/LOD records follow`,
    );
  const chips = count('chip-card');
  if (chips > 1) throw fail(ErrorCode.INVALID_DATA, index, '', 'more than one chip card addendum');
  if (chips === 1 && addenda[0]?.type !== 'chip-card')
    throw fail(ErrorCode.INVALID_DATA, index, '', 'the chip card addendum must directly follow its detail');
}

/**
 * Refuses a batch that breaks the spec's rules: record order, header/trailer agreement, batch
 * number 001-999, blocking indicator, trailer totals, group combinations, industry, line item counts,
 * blocks. Field-level formats are checked by the encoder itself.
 */
export function validateBatch(batch: SettlementBatch): void {
  if (typeof batch !== 'object' || batch === null || !Array.isArray(batch.records)) {
    throw settlementError(ErrorCode.INVALID_ARGUMENT, 'expected { applicationType, records: [...] }');
  }
  if (!Object.hasOwn(applicationTypes, batch.applicationType)) {
    throw settlementError(ErrorCode.OUT_OF_RANGE, 'must be 1, 3, 5 or 6', { field: 'applicationType' });
  }
  const recs = batch.records;
  const n = recs.length;
  if (n < 3)
    throw settlementError(ErrorCode.INVALID_DATA, 'a batch needs at least header, parameter and trailer', {
      field: 'records',
    });
  for (let i = 0; i < n; i++) {
    const r = recs[i];
    if (
      typeof r !== 'object' ||
      r === null ||
      !Object.hasOwn(recordDefs, (r as { type?: string }).type ?? '')
    ) {
      throw fail(ErrorCode.INVALID_ARGUMENT, i, 'type', 'unknown record type');
    }
  }
  if (recs[0]!.type !== 'header')
    throw fail(ErrorCode.INVALID_DATA, 0, 'type', 'the first record must be the header');
  if (recs[1]!.type !== 'parameter')
    throw fail(ErrorCode.INVALID_DATA, 1, 'type', 'the second record must be the parameter record');
  if (recs[n - 1]!.type !== 'trailer')
    throw fail(ErrorCode.INVALID_DATA, n - 1, 'type', 'the last record must be the trailer');
  const header = recs[0] as HeaderRecord;
  const trailer = recs[n - 1] as TrailerRecord;
  if (!/^\d{3}$/.test(header.batchNumber ?? '') || header.batchNumber === '000') {
    throw fail(ErrorCode.OUT_OF_RANGE, 0, 'batchNumber', 'batch number must be 001-999');
  }
  const blocking = header.blockingIndicator ?? '0';
  if (blocking !== '0' && blocking !== '2')
    throw fail(ErrorCode.OUT_OF_RANGE, 0, 'blockingIndicator', 'blocking indicator must be 0 or 2');
  const lineItemApp = batch.applicationType === '5' || batch.applicationType === '6';
  const between = (from: number, to: number): readonly SettlementRecord[] =>
    from >= to ? NO_RECORDS : recs.slice(from, to);
  let lastDetail = -1;
  for (let i = 2; i < n - 1; i++) {
    const r = recs[i]!;
    if (r.type === 'header' || r.type === 'parameter' || r.type === 'trailer') {
      throw fail(ErrorCode.INVALID_DATA, i, 'type', `a ${r.type} record may not appear inside the batch`);
    }
    if (r.type === 'detail') {
      if (lastDetail >= 0)
        checkAddendaCounts(recs[lastDetail] as DetailRecord, lastDetail, between(lastDetail + 1, i));
      checkDetail(r, i, header.industryCode);
      lastDetail = i;
    } else if (r.type === 'encryption-block') {
      if (lastDetail >= 0)
        checkAddendaCounts(recs[lastDetail] as DetailRecord, lastDetail, between(lastDetail + 1, i));
      lastDetail = -1;
    } else if (ADDENDA.has(r.type)) {
      if (lastDetail < 0)
        throw fail(ErrorCode.INVALID_DATA, i, 'type', `a ${r.type} record must follow a detail record`);
      if ((r.type === 'visa-line-item' || r.type === 'mastercard-line-item') && !lineItemApp) {
        throw fail(ErrorCode.INVALID_DATA, i, 'type', 'line item records need application type 5 or 6');
      }
    }
  }
  if (lastDetail >= 0)
    checkAddendaCounts(recs[lastDetail] as DetailRecord, lastDetail, between(lastDetail + 1, n - 1));
  if (trailer.batchNumber !== header.batchNumber)
    throw fail(
      ErrorCode.INVALID_DATA,
      n - 1,
      'batchNumber',
      `trailer batch number ${trailer.batchNumber} differs from the header's ${header.batchNumber}`,
    );
  if (trailer.batchTransmissionDate !== header.batchTransmissionDate) {
    throw fail(
      ErrorCode.INVALID_DATA,
      n - 1,
      'batchTransmissionDate',
      `trailer date ${trailer.batchTransmissionDate} differs from the header's ${header.batchTransmissionDate}`,
    );
  }
  const totals = computeTotals(recs);
  for (const k of ['batchRecordCount', 'batchHashingTotal', 'cashBackTotal', 'batchNetDeposit'] as const) {
    if (trailer[k] !== totals[k])
      throw fail(ErrorCode.INVALID_DATA, n - 1, k, `is ${trailer[k]} but the batch adds up to ${totals[k]}`);
  }
  if (batch.blocks !== undefined) {
    const b = batch.blocks;
    if (
      !Array.isArray(b) ||
      b.some((x) => !Number.isInteger(x) || x < 1) ||
      b.reduce((a, x) => a + x, 0) !== n
    ) {
      throw settlementError(ErrorCode.INVALID_DATA, `blocks must be positive counts adding up to ${n}`, {
        field: 'blocks',
      });
    }
    if (b.some((x) => x > 1)) {
      if (blocking !== '2')
        throw settlementError(
          ErrorCode.INVALID_DATA,
          'blocks hold several records but the header blocking indicator is not 2',
          { field: 'blocks' },
        );
      if (b[0] !== 1)
        throw settlementError(ErrorCode.INVALID_DATA, 'the header may not be blocked with other records', {
          field: 'blocks.0',
        });
    }
  }
}

export interface BuildBatchInput {
  applicationType?: ApplicationType;
  /** Header without trailer-related values; `blockingIndicator` is set from `blocking`. */
  header: Omit<HeaderRecord, 'type' | 'blockingIndicator'> & { type?: 'header' };
  parameter: Omit<ParameterRecord, 'type'> & { type?: 'parameter' };
  /** Details with their addenda and any ETB records, in order (details may be given without `type`). */
  records: (SettlementRecord | (Omit<DetailRecord, 'type'> & { type?: undefined }))[];
  /** Pack up to three records per frame (≤ 640 bytes); sets the header blocking indicator to 2. */
  blocking?: boolean;
}

/** Builds a complete batch: adds the trailer with computed count and totals, then validates it. */
const DETAIL_TYPE = { type: 'detail' } as const;

export function buildBatch(input: BuildBatchInput): SettlementBatch {
  const header: HeaderRecord = {
    ...input.header,
    type: 'header',
    blockingIndicator: input.blocking ? '2' : '0',
  };
  const parameter: ParameterRecord = { ...input.parameter, type: 'parameter' };
  const records: SettlementRecord[] = [header, parameter];
  // withProperties, not `{ ...r, type }`: see core's withProperties (a spread copy that gains a
  // property gets a hidden class of its own, and a batch of those reads 20x slower)
  for (const r of input.records)
    records.push(
      r.type === undefined ? (withProperties(r, DETAIL_TYPE) as DetailRecord) : (r as SettlementRecord),
    );
  const totals = computeTotals(records, false);
  records.push({
    type: 'trailer',
    batchTransmissionDate: header.batchTransmissionDate,
    batchNumber: header.batchNumber,
    ...totals,
  });
  const batch: SettlementBatch = { applicationType: input.applicationType ?? '1', records };
  if (input.blocking) batch.blocks = planBlocks(batch);
  validateBatch(batch);
  return batch;
}

// ---------------------------------------------------------------------------------------------
// encoding

const bodies = new ByteWriter(64 * 1024);
let ends = new Int32Array(1024);

function encodeBodies(batch: SettlementBatch): void {
  bodies.reset();
  const recs = batch.records;
  if (ends.length < recs.length) ends = new Int32Array(recs.length * 2);
  for (let i = 0; i < recs.length; i++) {
    const r = recs[i]!;
    bodies.byte(0x5a); // X.25 routing ID 'Z'
    try {
      recordDefs[r.type].encode(bodies, r);
    } catch (e) {
      rethrowWithin(e, `records.${i}.`, `record ${i + 1} (${r.type}): `);
    }
    ends[i] = bodies.length;
  }
}

/** Splits records into blocks of at most three records and 640 framed bytes; the header alone. */
export function planBlocks(batch: SettlementBatch): number[] {
  encodeBodies(batch);
  const out = [1];
  let i = 1;
  const n = batch.records.length;
  while (i < n) {
    let count = 1;
    let size = 3 + RECORD_PREFIX + (ends[i]! - ends[i - 1]!);
    while (count < 3 && i + count < n) {
      const next = ends[i + count]! - ends[i + count - 1]!;
      if (size + next > MAX_BLOCK_BYTES) break;
      size += next;
      count++;
    }
    out.push(count);
    i += count;
  }
  return out;
}

export interface EncodeBatchOptions {
  /** Set even parity on every byte (7E1 links). */
  parity?: boolean;
  /** Skip `validateBatch` (diagnostic tools that must produce broken batches). */
  skipValidation?: boolean;
}

/** Validates and frames a batch: STX record ETB LRC ... STX trailer ETX LRC. */
export function encodeBatch(batch: SettlementBatch, options: EncodeBatchOptions = {}): Uint8Array {
  if (!options.skipValidation) validateBatch(batch);
  encodeBodies(batch);
  const recs = batch.records;
  const n = recs.length;
  const blocks = batch.blocks ?? null;
  const frames = blocks ? blocks.length : n;
  const out = new Uint8Array(bodies.length + frames * (3 + RECORD_PREFIX));
  const src = bodies.buffer;
  const app = batch.applicationType.charCodeAt(0);
  let o = 0;
  let r = 0;
  for (let f = 0; f < frames; f++) {
    const count = blocks ? blocks[f]! : 1;
    const start = o;
    out[o++] = STX;
    out[o++] = 0x4b; // 'K'
    out[o++] = app;
    out[o++] = 0x2e; // '.'
    const from = r === 0 ? 0 : ends[r - 1]!;
    const to = ends[r + count - 1]!;
    // one pass for the LRC and the framing check, then a block copy
    const body = scanBody(src, from, to);
    if (body < 0) {
      throw settlementError(ErrorCode.INVALID_FORMAT, 'a record contains a framing character', {
        field: `records.${r}`,
      });
    }
    const x = 0x4b ^ app ^ 0x2e ^ body;
    out.set(src.subarray(from, to), o);
    o += to - from;
    r += count;
    const last = r === n ? ETX : ETB;
    out[o++] = last;
    out[o++] = x ^ last;
    if (blocks && o - start > MAX_BLOCK_BYTES) {
      throw settlementError(
        ErrorCode.INVALID_LENGTH,
        `block ${f + 1} is ${o - start} bytes, at most ${MAX_BLOCK_BYTES}`,
        { field: `blocks.${f}` },
      );
    }
  }
  return options.parity ? applyEvenParity(out) : out;
}

// ---------------------------------------------------------------------------------------------
// decoding

export interface DecodeBatchOptions {
  /** Input carries even parity: checked and stripped first. */
  parity?: boolean;
}

interface Frame {
  start: number; // index of STX
  end: number; // index of ETX/ETB
  last: boolean;
}

/** Finds the frame starting at `pos`; verifies STX, the end byte and the LRC. */
export function readBatchFrame(bytes: Uint8Array, pos: number, frameIndex: number): Frame {
  const where = `frames.${frameIndex}`;
  if (pos >= bytes.length)
    throw settlementError(ErrorCode.TRUNCATED, 'batch ended without a record ending in ETX', {
      field: where,
      offset: pos,
    });
  if (bytes[pos] !== STX)
    throw settlementError(ErrorCode.CORRUPT_RESPONSE, 'record does not start with STX', {
      field: where,
      offset: pos,
    });
  let x = 0;
  for (let i = pos + 1; i < bytes.length; i++) {
    const b = bytes[i]!;
    x ^= b;
    if (b === ETX || b === ETB) {
      if (i + 1 >= bytes.length)
        throw settlementError(ErrorCode.TRUNCATED, 'record ends before its LRC byte', {
          field: where,
          offset: i + 1,
        });
      if (bytes[i + 1] !== x) {
        throw settlementError(ErrorCode.LRC_CHECK_FAILED, 'LRC check failed', {
          field: where,
          offset: i + 1,
          expected: `0x${x.toString(16).padStart(2, '0')}`,
          actual: `0x${bytes[i + 1]!.toString(16).padStart(2, '0')}`,
        });
      }
      return { start: pos, end: i, last: b === ETX };
    }
    if (b === STX)
      throw settlementError(ErrorCode.CORRUPT_RESPONSE, 'STX inside a record', { field: where, offset: i });
  }
  throw settlementError(ErrorCode.TRUNCATED, 'record has no ETX/ETB', { field: where, offset: bytes.length });
}

/**
 * Largest settlement batch the decoders accept (8 MiB, tens of thousands of detail records): EIS 1081
 * gives no maximum, this bounds the work and memory on hostile input.
 */
export const MAX_BATCH_BYTES = 8 * 1024 * 1024;

function decodeFrames(
  input: Uint8Array,
  options: DecodeBatchOptions,
  trace: TraceEntry[] | null,
): SettlementBatch {
  if (!(input instanceof Uint8Array))
    throw settlementError(ErrorCode.INVALID_ARGUMENT, 'expected a Uint8Array');
  if (input.length === 0) throw settlementError(ErrorCode.EMPTY_RESPONSE, 'no data');
  if (input.length > MAX_BATCH_BYTES) {
    throw settlementError(
      ErrorCode.INPUT_TOO_LARGE,
      `${input.length} bytes, at most ${MAX_BATCH_BYTES} in a batch`,
      {
        offset: MAX_BATCH_BYTES,
      },
    );
  }
  let bytes = input;
  if (options.parity) {
    try {
      bytes = stripParity(input);
    } catch (e) {
      rethrowWithin(e, '', '');
    }
  }
  const records: SettlementRecord[] = [];
  const blocks: number[] = [];
  let app = '';
  let pos = 0;
  for (let f = 0; ; f++) {
    const fr = readBatchFrame(bytes, pos, f);
    let p = fr.start + 1;
    let inFrame = 0;
    while (p < fr.end) {
      const index = records.length;
      const first = inFrame === 0;
      try {
        if (first) {
          if (fr.end - p < 4)
            throw settlementError(ErrorCode.TRUNCATED, 'record prefix needs 4 bytes', {
              field: 'recordFormat',
              offset: p,
            });
          if (bytes[p] !== 0x4b)
            throw settlementError(ErrorCode.INVALID_FORMAT, 'record format must be K', {
              field: 'recordFormat',
              offset: p,
            });
          const a = String.fromCharCode(bytes[p + 1]!);
          if (!Object.hasOwn(applicationTypes, a))
            throw settlementError(ErrorCode.OUT_OF_RANGE, 'application type must be 1, 3, 5 or 6', {
              field: 'applicationType',
              offset: p + 1,
            });
          if (app === '') app = a;
          else if (a !== app)
            throw settlementError(
              ErrorCode.INVALID_DATA,
              `application type ${a} differs from the batch's ${app}`,
              { field: 'applicationType', offset: p + 1 },
            );
          if (bytes[p + 2] !== 0x2e)
            throw settlementError(ErrorCode.INVALID_FORMAT, 'message delimiter must be .', {
              field: 'messageDelimiter',
              offset: p + 2,
            });
          if (trace)
            trace.push({
              path: `records.${index}.prefix`,
              label: 'Record Format / Application Type / Delimiter',
              offset: p,
              length: 3,
              raw: String.fromCharCode(bytes[p]!, bytes[p + 1]!, bytes[p + 2]!),
              depth: 0,
              spec: 'EIS 1081 §4.229 §4.33 §4.191',
            });
          p += 3;
        }
        if (bytes[p] !== 0x5a)
          throw settlementError(ErrorCode.INVALID_FORMAT, 'X.25 routing ID must be Z', {
            field: 'routingId',
            offset: p,
          });
        if (trace)
          trace.push({
            path: `records.${index}.routingId`,
            label: 'X.25 Routing ID',
            offset: p,
            length: 1,
            raw: 'Z',
            depth: 0,
            spec: 'EIS 1081 §4.327',
          });
        const r = decodeRecordAt(bytes, p + 1, fr.end, { trace, path: `records.${index}.`, depth: 1 });
        records.push(r.value);
        p = r.next;
      } catch (e) {
        rethrowWithin(e, `records.${index}.`, `record ${index + 1}: `);
      }
      inFrame++;
    }
    if (inFrame === 0)
      throw settlementError(ErrorCode.TRUNCATED, 'empty frame', { field: `frames.${f}`, offset: fr.start });
    blocks.push(inFrame);
    pos = fr.end + 2;
    if (fr.last) break;
  }
  if (pos !== bytes.length)
    throw settlementError(ErrorCode.LENGTH_MISMATCH, `${bytes.length - pos} bytes after the ETX record`, {
      offset: pos,
    });
  const batch: SettlementBatch = { applicationType: app as ApplicationType, records };
  if (blocks.some((b) => b > 1)) batch.blocks = blocks;
  return batch;
}

/**
 * Decodes a framed batch (as a host would receive it). Structure is read, not judged: use
 * `validateBatch` to check totals and order. Errors name the record index, field and byte offset.
 */
export function decodeBatch(bytes: Uint8Array, options: DecodeBatchOptions = {}): SettlementBatch {
  return decodeFrames(bytes, options, null);
}

/** Decodes with an annotated trace (card data masked). */
export function traceBatch(
  bytes: Uint8Array,
  options: DecodeBatchOptions = {},
): { value: SettlementBatch; entries: TraceEntry[] } {
  const entries: TraceEntry[] = [];
  const value = decodeFrames(bytes, options, entries);
  return { value, entries };
}
