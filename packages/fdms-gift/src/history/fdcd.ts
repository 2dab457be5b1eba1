/**
 * The FDCD encoding of field D0: every byte carries two decimal digits as `byte - 32` (00-99); an
 * n-digit number takes ceil(n/2) bytes (an odd count gets a leading zero digit); the amount sign is
 * one plain character. Decoding and encoding are exact inverses.
 */

import { GiftErrorCode, giftError } from '../errors.js';
import {
  type DigitsItem,
  HISTORY_FORMATS,
  HISTORY_HEADER_LENGTH,
  type HistoryItem,
  recordLength,
} from './formats.js';

export interface HistoryRecord {
  primaryMerchantNumber?: string;
  alternateMerchantNumber?: string;
  terminalNumber?: string;
  /** Request code of the recorded transaction (2102 activation, 2202 redemption, ...). */
  requestCode: string;
  amountSign: '+' | '-';
  /** ISO 4217 numeric currency of `localAmount` (formats 85-88). */
  localCurrency?: string;
  localAmount?: number;
  /** Transaction amount in base currency, minor units, without the sign. */
  amount: number;
  /** Account balance in base currency after the transaction (not in format 81). */
  balance?: number;
  lockAmount: number;
  /** Local date and time of the transaction, `CCYY-MM-DDTHH:MM`. */
  dateTime: string;
}

export interface TransactionHistory {
  /** Account status indicator (2 digits). */
  accountStatus: string;
  /** History format 81-88 (the "detail version format indicator"). */
  format: string;
  /** ISO 4217 numeric base currency (3 digits). */
  baseCurrency: string;
  records: HistoryRecord[];
}

type Source = { length: number; at(i: number): number };

function sourceOf(input: string | Uint8Array): Source {
  if (typeof input === 'string') {
    return { length: input.length, at: (i) => input.charCodeAt(i) };
  }
  return { length: input.length, at: (i) => input[i]! };
}

function corrupt(message: string, offset: number): never {
  throw giftError(GiftErrorCode.CORRUPT_RESPONSE, `transactionHistoryDetail: ${message}`, {
    field: 'transactionHistoryDetail',
    offset,
  });
}

/** Reads `digits` digits from ceil(digits/2) bytes at `pos`. */
function readDigits(src: Source, pos: number, digits: number): string {
  const bytes = (digits + 1) >> 1;
  if (pos + bytes > src.length) {
    throw giftError(GiftErrorCode.TRUNCATED, 'transactionHistoryDetail: record ends early', {
      field: 'transactionHistoryDetail',
      offset: src.length,
    });
  }
  let out = '';
  for (let i = 0; i < bytes; i++) {
    const v = src.at(pos + i) - 32;
    if (v < 0 || v > 99) corrupt(`byte ${pos + i} is outside the two-digit range 0x20-0x83`, pos + i);
    out += v < 10 ? `0${v}` : String(v);
  }
  if (out.length > digits) {
    if (out.charCodeAt(0) !== 0x30) corrupt(`the padding digit of a ${digits}-digit number is not 0`, pos);
    out = out.slice(1);
  }
  return out;
}

/**
 * Decodes field D0. The format comes from the D0 header; pass `expectedFormat` (the request's E8)
 * to have a mismatch reported.
 */
export function decodeHistory(input: string | Uint8Array, expectedFormat?: string): TransactionHistory {
  const src = sourceOf(input);
  if (src.length < HISTORY_HEADER_LENGTH) {
    throw giftError(GiftErrorCode.TRUNCATED, 'transactionHistoryDetail: shorter than its 4-byte header', {
      field: 'transactionHistoryDetail',
      offset: src.length,
    });
  }
  const accountStatus = readDigits(src, 0, 2);
  const format = readDigits(src, 1, 2);
  const baseCurrency = readDigits(src, 2, 3);
  if (expectedFormat !== undefined && expectedFormat.trim() !== format) {
    corrupt(`header says history format ${format}, the request asked for ${expectedFormat.trim()}`, 1);
  }
  const layout = HISTORY_FORMATS[format];
  if (!layout) {
    throw giftError(
      GiftErrorCode.UNSUPPORTED,
      `transactionHistoryDetail: history format ${format} is not one of 81-88`,
      {
        field: 'transactionHistoryDetail',
        offset: 1,
        actual: format,
      },
    );
  }
  const size = recordLength(layout);
  const records: HistoryRecord[] = [];
  let pos = HISTORY_HEADER_LENGTH;
  while (pos < src.length) {
    if (pos + size > src.length) {
      throw giftError(
        GiftErrorCode.TRUNCATED,
        `transactionHistoryDetail: ${src.length - pos} bytes left, a format ${format} record takes ${size}`,
        { field: 'transactionHistoryDetail', offset: pos },
      );
    }
    records.push(readRecord(src, pos, layout));
    pos += size;
  }
  return { accountStatus, format, baseCurrency, records };
}

function readRecord(src: Source, pos: number, layout: readonly HistoryItem[]): HistoryRecord {
  const rec = {} as Record<string, unknown>;
  for (const item of layout) {
    if (item.kind === 'sign') {
      const c = src.at(pos);
      if (c !== 0x2b && c !== 0x2d) corrupt(`amount sign at ${pos} is not '+' or '-'`, pos);
      rec.amountSign = c === 0x2b ? '+' : '-';
      pos += 1;
    } else if (item.kind === 'datetime') {
      const month = readDigits(src, pos, 2);
      const day = readDigits(src, pos + 1, 2);
      const century = readDigits(src, pos + 2, 2);
      const year = readDigits(src, pos + 3, 2);
      const hour = readDigits(src, pos + 4, 2);
      const minute = readDigits(src, pos + 5, 2);
      rec.dateTime = `${century}${year}-${month}-${day}T${hour}:${minute}`;
      pos += 6;
    } else {
      const text = readDigits(src, pos, item.digits);
      rec[item.name] = item.amount ? Number(text) : text;
      pos += (item.digits + 1) >> 1;
    }
  }
  return rec as unknown as HistoryRecord;
}

function bad(message: string, field: string): never {
  throw giftError(GiftErrorCode.INVALID_FORMAT, `history: ${message}`, { field });
}

function pushDigits(out: number[], text: string, item: Pick<DigitsItem, 'digits'>, field: string): void {
  if (text.length !== item.digits || !/^[0-9]+$/.test(text))
    bad(`${field} must be ${item.digits} digits`, field);
  const padded = text.length & 1 ? `0${text}` : text;
  for (let i = 0; i < padded.length; i += 2) out.push(32 + Number(padded.slice(i, i + 2)));
}

/** Encodes a history detail back to the D0 bytes (for simulators and tests). */
export function encodeHistory(history: TransactionHistory): Uint8Array {
  const layout = HISTORY_FORMATS[history.format];
  if (!layout) {
    throw giftError(GiftErrorCode.UNSUPPORTED, `history format ${history.format} is not one of 81-88`, {
      field: 'format',
    });
  }
  const out: number[] = [];
  pushDigits(out, history.accountStatus, { digits: 2 }, 'accountStatus');
  pushDigits(out, history.format, { digits: 2 }, 'format');
  pushDigits(out, history.baseCurrency, { digits: 3 }, 'baseCurrency');
  for (const [index, rec] of history.records.entries()) {
    const r = rec as unknown as Record<string, unknown>;
    for (const item of layout) {
      const path = `records.${index}`;
      if (item.kind === 'sign') {
        if (rec.amountSign !== '+' && rec.amountSign !== '-')
          bad("amountSign must be '+' or '-'", `${path}.amountSign`);
        out.push(rec.amountSign.charCodeAt(0));
      } else if (item.kind === 'datetime') {
        const m = /^([0-9]{2})([0-9]{2})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2})$/.exec(
          rec.dateTime ?? '',
        );
        if (!m) bad('dateTime must be CCYY-MM-DDTHH:MM', `${path}.dateTime`);
        for (const g of [m[3]!, m[4]!, m[1]!, m[2]!, m[5]!, m[6]!]) out.push(32 + Number(g));
      } else {
        const v = r[item.name];
        let text: string;
        if (item.amount) {
          if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0 || v >= 10 ** item.digits) {
            bad(`${item.name} must be an integer 0-${'9'.repeat(item.digits)}`, `${path}.${item.name}`);
          }
          text = String(v).padStart(item.digits, '0');
        } else {
          if (typeof v !== 'string')
            bad(`${item.name} is required by format ${history.format}`, `${path}.${item.name}`);
          text = v;
        }
        pushDigits(out, text, item, `${path}.${item.name}`);
      }
    }
  }
  return Uint8Array.from(out);
}
