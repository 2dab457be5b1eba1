/**
 * How the simulated TSYS host takes an EIS 1081 settlement batch, one frame at a time: each
 * `ETB` frame is decoded on arrival (an undecodable record is rejected at once, a duplicate batch
 * number answers QD right after the header), the `ETX` trailer closes the batch, which is then
 * judged with the codec's `validateBatch` and the test triggers and answered GB or RB.
 */

import { ETX, isPaywireError, maskPan } from '@paywire/core';
import {
  type DetailRecord,
  decodeBatch,
  type HeaderRecord,
  type RejectedBatchResponse,
  redactBatch,
  type SettlementBatch,
  type SettlementRecord,
  type SettlementResponse,
  settlementCodes,
  validateBatch,
} from '@paywire/tsys';
import type { TsysAcceptedBatch, TsysState } from './state.js';
import { REJECT_SETTLEMENT_CENTS } from './triggers.js';

export type SettleStep =
  | { kind: 'ack' }
  | {
      kind: 'response';
      response: SettlementResponse;
      note: string;
      /** Set when the batch was accepted. */
      accepted?: SettlementBatch;
    };

/** Error record type letters of Appendix A (the header is `K`, as Appendix A reports header fields). */
const RECORD_LETTER: Readonly<Record<string, string>> = {
  header: 'K',
  parameter: 'P',
  'encryption-block': 'E',
  detail: 'D',
  'chip-card': 'C',
  'visa-line-item': 'L',
  'mastercard-line-item': 'L',
  'canadian-tax': 'X',
  'amex-tad-line-item': 'A',
  'amex-retail-line-item': 'A',
  'amex-lodging-line-item': 'A',
  'amex-cps-line-item': 'A',
  trailer: 'T',
};

const LETTER_BY_INDICATOR: Readonly<Record<string, string>> = {
  H: 'K',
  P: 'P',
  E: 'E',
  D: 'D',
  C: 'C',
  L: 'L',
  M: 'L',
  X: 'X',
  A: 'A',
  T: 'T',
};

/** Field name → error data field number, per error record letter, from Appendix A (reversed). */
const FIELD_NUMBERS: ReadonlyMap<string, ReadonlyMap<string, string>> = (() => {
  const out = new Map<string, Map<string, string>>();
  for (const letter of new Set(Object.values(RECORD_LETTER))) {
    const m = new Map<string, string>();
    for (let i = 1; i <= 99; i++) {
      const nn = String(i).padStart(2, '0');
      const info = settlementCodes.describeRejection('E', letter, nn);
      if (info !== undefined && info.field !== '' && !m.has(info.field)) m.set(info.field, nn);
    }
    out.set(letter, m);
  }
  return out;
})();

function fieldNumber(letter: string, path: string): string {
  const m = FIELD_NUMBERS.get(letter);
  if (!m || path === '') return '00';
  const hit = m.get(path) ?? m.get(path.split('.').pop() ?? '');
  return hit ?? '00';
}

function valueAt(record: unknown, path: string): unknown {
  let v: unknown = record;
  for (const k of path.split('.')) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

function errorDataText(path: string, value: unknown): string {
  if (value === undefined || value === null || typeof value === 'object') return '';
  let s = String(value);
  if (/accountnumber/i.test(path)) s = maskPan(s);
  return s.replace(/[^\x20-\x7e]/g, ' ').slice(0, 32);
}

export class SettlementSession {
  readonly #frames: Uint8Array[] = [];
  #records = 0;
  #app = '1';
  #header: HeaderRecord | undefined;

  readonly #state: TsysState;

  constructor(state: TsysState) {
    this.#state = state;
  }

  get recordsReceived(): number {
    return this.#records;
  }

  /** Application type of the batch in progress (`1` single batch per connection, `3` several). */
  get applicationType(): string {
    return this.#app;
  }

  /** Takes one frame (parity stripped, LRC already verified). */
  frame(bytes: Uint8Array): SettleStep {
    const app = String.fromCharCode(bytes[2] ?? 0x31);
    if (this.#frames.length === 0) this.#app = app === '3' || app === '5' || app === '6' ? app : '1';
    const last = bytes[bytes.length - 2] === ETX;
    // Decode this frame alone (as if it were the last) to find broken records on arrival.
    let records: SettlementRecord[];
    try {
      records = decodeBatch(asLastFrame(bytes)).records;
    } catch (e) {
      return this.#reject(e, this.#records, undefined, letterOf(bytes), this.#records);
    }
    const base = this.#records;
    this.#records += records.length;
    this.#frames.push(bytes);
    // The codec reads unknown transaction codes (open table); the host refuses them (Appendix A ED-06).
    const unknown = records.findIndex(
      (r) => r.type === 'detail' && !Object.hasOwn(settlementCodes.transactionCodes, r.transactionCode),
    );
    if (unknown >= 0) {
      const code = (records[unknown] as DetailRecord).transactionCode;
      return this.#rb(
        base + unknown,
        'D',
        'transactionCode',
        code,
        `transaction code ${code} not in Table 4.59`,
      );
    }
    if (base === 0 && records[0]?.type === 'header') {
      this.#header = records[0];
      const dup = this.#state.findBatch(this.#header);
      if (dup !== undefined) return this.#duplicate(dup);
    }
    if (!last) return { kind: 'ack' };
    return this.#close();
  }

  #appType(): SettlementResponse['applicationType'] {
    return this.#app as SettlementResponse['applicationType'];
  }

  /** The QD answer to a batch already accepted (same batch number): the first batch's totals. */
  #duplicate(dup: TsysAcceptedBatch): SettleStep {
    return {
      kind: 'response',
      note: `duplicate batch ${dup.batchNumber}`,
      response: {
        type: 'response',
        applicationType: this.#appType(),
        batchResponseCode: 'QD',
        batchRecordCount: dup.batchRecordCount,
        batchNetDeposit: dup.batchNetDeposit,
        batchNumber: dup.batchNumber,
        batchTransmissionDate: dup.batchTransmissionDate,
      },
    };
  }

  #close(): SettleStep {
    let total = 0;
    for (const f of this.#frames) total += f.length;
    const all = new Uint8Array(total);
    let p = 0;
    for (const f of this.#frames) {
      all.set(f, p);
      p += f.length;
    }
    let batch: SettlementBatch;
    try {
      batch = decodeBatch(all);
    } catch (e) {
      return this.#reject(e, 0, undefined, 'K', this.#records - 1);
    }
    try {
      validateBatch(batch);
    } catch (e) {
      return this.#reject(e, 0, batch, 'K', this.#records - 1);
    }
    const trigger = batch.records.findIndex(
      (r) =>
        r.type === 'detail' &&
        String((r as DetailRecord).settlementAmount % 100).padStart(2, '0') === REJECT_SETTLEMENT_CENTS,
    );
    if (trigger >= 0) {
      const d = batch.records[trigger] as DetailRecord;
      return this.#rb(
        trigger,
        'D',
        'settlementAmount',
        String(d.settlementAmount),
        'test trigger: settlement amount',
      );
    }
    const header = batch.records[0] as HeaderRecord;
    const trailer = batch.records[batch.records.length - 1] as Extract<SettlementRecord, { type: 'trailer' }>;
    // A batch number accepted meanwhile on another connection is still a duplicate.
    const dup = this.#state.findBatch(header);
    if (dup !== undefined) return this.#duplicate(dup);
    const stored = redactBatch(batch);
    this.#state.batches.push({
      acquirerBin: header.acquirerBin,
      merchantNumber: header.merchantNumber,
      storeNumber: header.storeNumber,
      terminalNumber: header.terminalNumber,
      batchNumber: header.batchNumber,
      batchTransmissionDate: header.batchTransmissionDate,
      batchRecordCount: trailer.batchRecordCount,
      batchNetDeposit: trailer.batchNetDeposit,
      batchHashingTotal: trailer.batchHashingTotal,
      batch: stored,
    });
    return {
      kind: 'response',
      note: `batch ${header.batchNumber} accepted, ${trailer.batchRecordCount} records`,
      accepted: stored,
      response: {
        type: 'response',
        applicationType: this.#appType(),
        batchResponseCode: 'GB',
        batchRecordCount: trailer.batchRecordCount,
        batchNetDeposit: trailer.batchNetDeposit,
        batchNumber: header.batchNumber,
        batchResponseText: '_ACCEPTED',
      },
    };
  }

  /** RB from a codec error whose field reads `records.<i>.<path>`. */
  #reject(
    e: unknown,
    base: number,
    batch: SettlementBatch | undefined,
    fallbackLetter: string,
    fallbackIndex: number,
  ): SettleStep {
    const field = isPaywireError(e) ? (e.field ?? '') : '';
    const m = /^records\.(\d+)(?:\.(.+))?$/.exec(field);
    const index = m ? base + Number(m[1]) : Math.max(0, fallbackIndex);
    const path = m?.[2] ?? '';
    const record = batch?.records[index];
    const letter = record ? (RECORD_LETTER[record.type] ?? fallbackLetter) : fallbackLetter;
    const data = errorDataText(path, record ? valueAt(record, path) : undefined);
    const message = isPaywireError(e) ? e.message : String(e);
    return this.#rb(index, letter, path, data, message);
  }

  #rb(index: number, letter: string, path: string, data: string, note: string): SettleStep {
    const header = this.#header;
    const response: RejectedBatchResponse & { applicationType: SettlementResponse['applicationType'] } = {
      type: 'response',
      applicationType: this.#appType(),
      batchResponseCode: 'RB',
      batchRecordCount: Math.max(this.#records, index + 1),
      batchNetDeposit: 0,
      batchNumber: header?.batchNumber && /^\d{3}$/.test(header.batchNumber) ? header.batchNumber : '000',
      errorType: 'E',
      errorRecordSequenceNumber: String(Math.min(index + 1, 9999)).padStart(4, '0'),
      errorRecordType: letter,
      errorDataFieldNumber: fieldNumber(letter, path),
      errorData: data,
    };
    return { kind: 'response', response, note: `rejected: ${note}` };
  }
}

/** The error record letter of the first record in a frame (`K1.Z<indicator>`). */
function letterOf(frame: Uint8Array): string {
  return LETTER_BY_INDICATOR[String.fromCharCode(frame[5] ?? 0x30)] ?? '0';
}

/** A copy of an ETB frame ending in ETX with its LRC recomputed. */
function asLastFrame(frame: Uint8Array): Uint8Array {
  if (frame[frame.length - 2] === ETX) return frame;
  const copy = frame.slice();
  copy[copy.length - 2] = ETX;
  let x = 0;
  for (let i = 1; i < copy.length - 1; i++) x ^= copy[i]!;
  copy[copy.length - 1] = x;
  return copy;
}
