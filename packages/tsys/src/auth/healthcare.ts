// Healthcare IIAS (auto-substantiation) as the TSYSHealthCare class describes it, on EIS 1080 v17.6:
// amounts → G3v022 additional amounts (amount types Table 6.5), substantiation → G3v037, member data →
// G3v023, market specific data identifier `M` (Table 6.52), eligibility inquiry = transaction code 5M.

import { ErrorCode } from '@paywire/core';
import { tsysError } from './errors.js';
import {
  ADDITIONAL_AMOUNT_SLOTS,
  type AdditionalAmount,
  additionalAmountsFromFields,
  type HealthcareService,
  healthcareAmountTypes,
  parseHealthcareMemberData,
} from './group-3/index.js';
import type { AuthorizationResponse } from './response.js';

/** The healthcare amounts of a TSYSHealthCare authorization, integers in minor units. */
export interface HealthcareAmounts {
  /** total_medical_amount (4S): all healthcare items; at most the transaction amount. `0` sends the indicator only. */
  totalMedicalAmount: number;
  /** prescription_amount (4U, Visa and Mastercard). */
  prescriptionAmount?: number;
  /** vision_amount (4V, Visa). */
  visionAmount?: number;
  /** clinic_amount (4W, Visa). */
  clinicAmount?: number;
  /** dental_amount (4X, Visa). */
  dentalAmount?: number;
}

const SUB_AMOUNTS = [
  ['prescriptionAmount', healthcareAmountTypes.prescription, 'visa-mastercard'],
  ['visionAmount', healthcareAmountTypes.vision, 'visa'],
  ['clinicAmount', healthcareAmountTypes.clinic, 'visa'],
  ['dentalAmount', healthcareAmountTypes.dental, 'visa'],
] as const;

/** Sub-amounts that fit next to the total in the four G3v022 slots. */
export const MAX_HEALTHCARE_SUB_AMOUNTS = ADDITIONAL_AMOUNT_SLOTS - 1;

function fail(field: string, message: string, code: number = ErrorCode.OUT_OF_RANGE): never {
  throw tsysError(code, message, { field });
}

function checkAmount(field: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0 || v > 999_999_999_999) {
    fail(field, 'must be an integer amount in minor units, 0-999999999999', ErrorCode.OUT_OF_RANGE);
  }
  return v;
}

/**
 * Checks the IIAS amount rules before anything is encoded:
 * each amount a non-negative integer; the sub-amounts add up to at most the total medical amount;
 * the total medical amount at most the transaction amount; at most three sub-amounts (the total
 * takes the first of the four G3v022 slots, and `reservedSlots` more may be taken by e.g. a
 * cumulative amount); vision, clinic and dental only for Visa.
 */
export function checkHealthcareAmounts(
  transactionAmount: number,
  amounts: HealthcareAmounts,
  options: { brand?: string; reservedSlots?: number } = {},
): void {
  checkAmount('transactionAmount', transactionAmount);
  const total = checkAmount('healthcare.totalMedicalAmount', amounts.totalMedicalAmount);
  if (total > transactionAmount) {
    fail('healthcare.totalMedicalAmount', `${total} exceeds the transaction amount ${transactionAmount}`);
  }
  let sum = 0;
  let count = 0;
  for (const [name, , brands] of SUB_AMOUNTS) {
    const v = amounts[name];
    if (v === undefined) continue;
    sum += checkAmount(`healthcare.${name}`, v);
    count++;
    if (brands === 'visa' && options.brand !== undefined && options.brand !== 'visa') {
      fail(
        `healthcare.${name}`,
        `amount type is defined for Visa only, card brand is ${options.brand}`,
        ErrorCode.INVALID_DATA,
      );
    }
  }
  const slots = MAX_HEALTHCARE_SUB_AMOUNTS - (options.reservedSlots ?? 0);
  if (count > slots) {
    fail('healthcare', `${count} sub-amounts given, at most ${slots} fit next to the total in G3v022`);
  }
  if (sum > total) {
    fail(
      'healthcare.totalMedicalAmount',
      `sub-amounts add up to ${sum}, more than the total medical amount ${total}`,
    );
  }
}

/** The G3v022 amounts for a healthcare authorization: total (4S) first, then Rx, vision, clinic, dental. */
export function healthcareAdditionalAmounts(
  amounts: HealthcareAmounts,
  currencyCode = '840',
): AdditionalAmount[] {
  const out: AdditionalAmount[] = [
    {
      accountType: '00',
      amountType: healthcareAmountTypes.totalHealthcare,
      currencyCode,
      sign: 'C',
      amount: amounts.totalMedicalAmount,
    },
  ];
  for (const [name, type] of SUB_AMOUNTS) {
    const v = amounts[name];
    if (v !== undefined)
      out.push({ accountType: '00', amountType: type, currencyCode, sign: 'C', amount: v });
  }
  return out;
}

/** Amounts a response reports in G3v022, by meaning (minor units; negative when the sign is D). */
export interface ResponseAmounts {
  /** Amount type 10: the approved amount of a partial approval (response code 10). */
  authorizedAmount?: number;
  /** Amount type 02: available balance. */
  availableBalance?: number;
  /** Amount type 01: ledger balance. */
  ledgerBalance?: number;
  /** Every amount as sent. */
  all: AdditionalAmount[];
}

/** Reads the G3v022 amounts of a response (partial approval amount, balances). */
export function responseAmounts(response: AuthorizationResponse): ResponseAmounts {
  const out: ResponseAmounts = { all: [] };
  for (const r of response.groupIII) {
    if (r.version !== '022' || r.fields === undefined) continue;
    for (const a of additionalAmountsFromFields(r.fields)) {
      out.all.push(a);
      const v = a.sign === 'D' ? -a.amount : a.amount;
      if (a.amountType === '10') out.authorizedAmount = v;
      else if (a.amountType === '02') out.availableBalance = v;
      else if (a.amountType === '01') out.ledgerBalance = v;
    }
  }
  return out;
}

/**
 * The amount the host approved: the G3v022 partial amount for response code 10, the requested
 * amount for other approvals, 0 for declines.
 */
export function approvedAmount(response: AuthorizationResponse, requestedAmount: number): number {
  const code = response.responseCode;
  if (code === '10') {
    const partial = responseAmounts(response).authorizedAmount;
    if (partial === undefined) {
      throw tsysError(ErrorCode.INVALID_RESPONSE, 'partial approval without an amount type 10 in G3v022', {
        field: 'groupIII',
      });
    }
    return partial;
  }
  return code === '00' || code === '08' || code === '11' || code === 'T0' ? requestedAmount : 0;
}

/**
 * The issuer's answer to an eligibility inquiry (transaction code 5M): the response code (`85` or
 * `00` when the card is fine) and the services it returned in G3v023 member-defined data
 * (payer id, reason code per service).
 */
export function eligibilityResult(response: AuthorizationResponse): {
  responseCode: string;
  services: HealthcareService[];
} {
  let services: HealthcareService[] = [];
  for (const r of response.groupIII) {
    if (r.version !== '023') continue;
    const data = r.fields?.memberDefinedData;
    if (typeof data === 'string' && data !== '') services = parseHealthcareMemberData(data);
  }
  return { responseCode: response.responseCode, services };
}
