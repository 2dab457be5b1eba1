/** Field limits from the seed, checked before anything is encoded. Every error names its field. */
import {
  ErrorCode,
  fromBase64,
  isExpired,
  luhnCheck,
  maskAll,
  maskPan,
  type PaywireError,
} from '@paywire/core';
import { paymentechError, unsupported } from '../errors.js';
import { MAX_SEQUENCE_NUMBER } from '../request/preamble.js';
import { isKnownRequestToken } from '../tokens/request-tokens.js';
import type { CardInput, IndustryType, MerchantSetup, TransactionInput } from './types.js';

const PRINTABLE = /^[\x20-\x7e]*$/;
/** Characters ActiveMerchant keeps in an order number (it strips the rest); we refuse the rest instead. */
const ORDER_CHARS = /^[A-Za-z0-9./,$@_-]*$/;

/** Seed invoice_number limits by industry. */
export const INVOICE_MAX_LENGTH: Readonly<Record<IndustryType, number>> = Object.freeze({
  retail: 6,
  directMarketing: 9,
  eCommerce: 16,
  restaurant: 6,
  hotel: 6,
});

export const MIN_AMOUNT = 1;
export const MAX_AMOUNT = 9_999_999;

/** Collects the parts that are valid but cannot be encoded from public sources (thrown after validation). */
export class Deferred {
  readonly errors: PaywireError[] = [];
  add(field: string, what: string): void {
    this.errors.push(unsupported(field, what));
  }
  throwFirst(): void {
    if (this.errors.length > 0) throw this.errors[0]!;
  }
}

function bad(code: number, field: string, message: string, actual?: string, expected?: string): PaywireError {
  return paymentechError(code, field, message, {
    ...(actual === undefined ? {} : { actual }),
    ...(expected === undefined ? {} : { expected }),
  });
}

export function text(
  field: string,
  value: unknown,
  max: number,
  options: { min?: number; pattern?: RegExp; words?: string; secret?: boolean } = {},
): string {
  if (typeof value !== 'string') throw bad(ErrorCode.INVALID_FORMAT, field, 'must be a string', typeof value);
  const shown = options.secret ? maskAll(value) : value;
  const min = options.min ?? 0;
  if (value.length > max || value.length < min) {
    throw bad(
      ErrorCode.INVALID_LENGTH,
      field,
      `is ${value.length} characters, ${min === max ? `${max}` : `${min}-${max}`} allowed`,
      String(value.length),
      `${min}-${max}`,
    );
  }
  if (!PRINTABLE.test(value) || (options.pattern !== undefined && !options.pattern.test(value))) {
    throw bad(
      ErrorCode.INVALID_FORMAT,
      field,
      `must be ${options.words ?? 'printable ASCII'}`,
      shown,
      options.words,
    );
  }
  return value;
}

function integer(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw bad(
      ErrorCode.OUT_OF_RANGE,
      field,
      `must be an integer ${min}-${max}`,
      String(value),
      `${min}-${max}`,
    );
  }
  return value;
}

function oneOf(field: string, value: unknown, allowed: readonly string[]): string {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw bad(
      ErrorCode.OUT_OF_RANGE,
      field,
      `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`,
      String(value),
    );
  }
  return value;
}

export function validateMerchant(m: MerchantSetup): void {
  if (typeof m !== 'object' || m === null)
    throw bad(ErrorCode.INVALID_ARGUMENT, 'merchant', 'expected an object');
  text('clientNumber', m.clientNumber, 4, { min: 1, pattern: /^\d+$/, words: 'digits' });
  text('merchantNumber', m.merchantNumber, 12, { min: 12, pattern: /^\d+$/, words: '12 digits' });
  text('terminalNumber', m.terminalNumber, 3, { min: 3, pattern: /^\d+$/, words: '3 digits' });
  if (m.routingIndicator !== undefined) text('routingIndicator', m.routingIndicator, 6, { min: 6 });
  if (m.amountFormat !== undefined) oneOf('amountFormat', m.amountFormat, ['explicit', 'implied']);
  if (m.software !== undefined) {
    text('software.vendorId', m.software.vendorId, 4, { min: 4 });
    text('software.softwareId', m.software.softwareId, 4, { min: 4 });
    if (m.software.softwareData !== undefined) text('software.softwareData', m.software.softwareData, 20);
  }
  if (m.p2Data !== undefined) text('p2Data', m.p2Data, 64, { min: 1 });
}

/** Normalised PAN (digits only); validated: 12-19 digits, Luhn. Never echoes the number unmasked. */
export function cardNumber(field: string, value: unknown): string {
  if (typeof value !== 'string') throw bad(ErrorCode.INVALID_FORMAT, field, 'must be a string', typeof value);
  const digits = value.replace(/[ -]/g, '');
  if (!/^\d+$/.test(digits))
    throw bad(ErrorCode.INVALID_FORMAT, field, 'must hold digits only (spaces and dashes are removed)');
  if (digits.length < 12 || digits.length > 19) {
    throw bad(
      ErrorCode.INVALID_LENGTH,
      field,
      `is ${digits.length} digits, 12-19 allowed`,
      String(digits.length),
      '12-19',
    );
  }
  if (!luhnCheck(digits))
    throw bad(ErrorCode.LUHN_CHECK_FAILED, field, 'Luhn digit check failed', maskPan(digits));
  return digits;
}

/** MMYY from the seed's month/year properties; refuses expired cards (506). */
export function expiry(card: CardInput, now: Date): string {
  const month = card.expMonth;
  if (typeof month !== 'number' || !Number.isInteger(month) || month < 1 || month > 12) {
    throw bad(ErrorCode.CARD_DATE_INVALID, 'card.expMonth', 'must be 1-12', String(month));
  }
  const y = card.expYear;
  if (typeof y !== 'number' || !Number.isInteger(y) || !((y >= 0 && y <= 99) || (y >= 2000 && y <= 2099))) {
    throw bad(ErrorCode.CARD_DATE_INVALID, 'card.expYear', 'must be 0-99 or 2000-2099', String(y));
  }
  const year = y < 100 ? 2000 + y : y;
  if (isExpired({ month, year }, now)) throw bad(ErrorCode.CARD_EXPIRED, 'card.expYear', 'card expired');
  return String(month).padStart(2, '0') + String(year % 100).padStart(2, '0');
}

export function amount(value: unknown, allowZero: boolean): number {
  return integer('amount', value, allowZero ? 0 : MIN_AMOUNT, MAX_AMOUNT);
}

export function sequenceNumber(value: unknown): number {
  return value === undefined ? 0 : integer('sequenceNumber', value, 0, MAX_SEQUENCE_NUMBER);
}

export function invoiceNumber(industry: IndustryType, value: unknown): string | undefined {
  if (value === undefined || value === '') {
    if (industry === 'directMarketing') {
      throw bad(
        ErrorCode.MISSING_VALUE,
        'invoiceNumber',
        'is required for direct marketing (mail/telephone order)',
      );
    }
    return undefined;
  }
  const max = INVOICE_MAX_LENGTH[industry];
  return text('invoiceNumber', value, max, {
    pattern: ORDER_CHARS,
    words: 'letters, digits and . / , $ @ _ -',
  }).toUpperCase();
}

/** Seed eci (1 character, or "20") → two wire digits; undefined for ' ' (not a mail/telephone order). */
export function eci(value: unknown): string | undefined {
  const v = oneOf('eci', value, [' ', '1', '2', '3', '4', '5', '6', '7', '8', '20']);
  if (v === ' ') return undefined;
  return v.padStart(2, '0');
}

export function salesTax(value: unknown): string {
  const v = text('level2.salesTax', value, 9, { min: 1 });
  if (v !== 'EXEMPT' && !/^\d{1,6}\.\d{2}$/.test(v)) {
    throw bad(
      ErrorCode.INVALID_FORMAT,
      'level2.salesTax',
      'must be an amount with a decimal point (12.34), EXEMPT or 0.00',
      v,
    );
  }
  return v;
}

function base64Length(field: string, value: unknown, lengths: readonly number[]): Uint8Array {
  const v = text(field, value, Math.max(...lengths), { min: 1 });
  if (!lengths.includes(v.length) || !/^[A-Za-z0-9+/]+={0,2}$/.test(v)) {
    throw bad(
      ErrorCode.INVALID_LENGTH,
      field,
      `must be ${lengths.join(' or ')} characters of base64`,
      String(v.length),
    );
  }
  return fromBase64(v);
}

export { base64Length, integer, oneOf };

/** Checks the transaction's optional groups; parts without a public wire layout go to `deferred`. */
export function optionalGroups(tx: TransactionInput, industry: IndustryType, deferred: Deferred): void {
  if (tx.goodsIndicator !== undefined) {
    oneOf('goodsIndicator', tx.goodsIndicator, ['physical', 'digital']);
    if (industry !== 'eCommerce')
      throw bad(ErrorCode.INVALID_ARGUMENT, 'goodsIndicator', 'is only valid for e-commerce');
    deferred.add('goodsIndicator', 'the goods type wire code');
  }
  if (tx.duplicateChecking !== undefined) {
    integer('duplicateChecking', tx.duplicateChecking, 0, 3);
    if (tx.duplicateChecking !== 0)
      deferred.add('duplicateChecking', 'the duplicate checking indicator field');
  }
  const l2 = tx.level2;
  if (l2 !== undefined) {
    let any = false;
    if (l2.purchaseId !== undefined && l2.purchaseId !== '') {
      text('level2.purchaseId', l2.purchaseId, 17);
      any = true;
    }
    if (l2.salesTax !== undefined && l2.salesTax !== '') {
      salesTax(l2.salesTax);
      any = true;
    }
    if (l2.shipToZip !== undefined && l2.shipToZip !== '') {
      text('level2.shipToZip', l2.shipToZip, 16, {
        pattern: /^[A-Za-z0-9 -]+$/,
        words: 'letters, digits, spaces and dashes',
      });
      any = true;
    }
    if (any) deferred.add('level2', 'the Level II purchasing card token');
  }
  const mit = tx.mit;
  if (mit !== undefined) {
    let any = false;
    if (mit.messageReasonCode !== undefined) {
      oneOf('mit.messageReasonCode', mit.messageReasonCode, ['3900', '3901', '3902', '3903', '3904']);
      any = true;
    }
    if (mit.transactionId !== undefined) {
      text('mit.transactionId', mit.transactionId, 15, {
        min: 15,
        pattern: /^[A-Za-z0-9]+$/,
        words: '15 letters or digits',
      });
      any = true;
    }
    if (mit.posEnvironmentCode !== undefined) {
      oneOf('mit.posEnvironmentCode', mit.posEnvironmentCode, ['C', 'I', 'R', 'A', 'P']);
      any = true;
    }
    if (mit.posEntryModeCOF !== undefined) {
      oneOf('mit.posEntryModeCOF', mit.posEntryModeCOF, ['Y']);
      any = true;
    }
    if (mit.recurringSubmissionType !== undefined) {
      oneOf('mit.recurringSubmissionType', mit.recurringSubmissionType, ['F', 'S']);
      any = true;
    }
    if (any) deferred.add('mit', 'the merchant-initiated / credential-on-file token');
  }
  if (tx.allowPartialAuths === true) deferred.add('allowPartialAuths', 'the partial authorization indicator');
  if (tx.requestBalanceInfo === true) deferred.add('requestBalanceInfo', 'the balance request indicator');
  if (tx.requestTransactionId === true)
    deferred.add('requestTransactionId', 'the transaction id request indicator');
  if (tx.pinlessDebit === true) deferred.add('pinlessDebit', 'the PINless debit layout');
  if (tx.splitShipment !== undefined) {
    const total = integer('splitShipment.total', tx.splitShipment.total, 1, 99);
    integer('splitShipment.sequence', tx.splitShipment.sequence, 1, total);
    deferred.add('splitShipment', 'the split shipment fields');
  }
  if (tx.additionalTokens !== undefined) {
    if (!Array.isArray(tx.additionalTokens))
      throw bad(ErrorCode.INVALID_ARGUMENT, 'additionalTokens', 'expected an array');
    tx.additionalTokens.forEach((t, i) => {
      const id = text(`additionalTokens.${i}.id`, t?.id, 2, {
        min: 2,
        pattern: /^[A-Z0-9]+$/,
        words: 'two upper-case letters or digits',
      });
      if (isKnownRequestToken(id)) {
        throw bad(
          ErrorCode.INVALID_ARGUMENT,
          `additionalTokens.${i}.id`,
          `${id} is built from its own option`,
          id,
        );
      }
      text(`additionalTokens.${i}.data`, t.data, 512);
    });
  }
}
