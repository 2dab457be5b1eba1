// G3v022 Additional amounts — EIS 1080 v17.6 §5.2.18, Tables 5.39/5.40/5.41 (L4760-4934); values §6.10 T6.4-T6.6.

import { ErrorCode, type FieldFormat, type FieldSpec, FS, PaywireError } from '@paywire/core';
import { fixed, fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 6.4 Additional amount - account type. */
export const additionalAmountAccountTypes: Readonly<Record<string, string>> = {
  '00': 'Not specified',
  '10': 'Savings',
  '20': 'Checking',
  '30': 'Credit card',
  '40': 'Universal',
  '60': 'Stored value account',
  '96': 'Cash benefits account (EBT only)',
  '98': 'Food stamps account (EBT only)',
};

/** Table 6.5 Additional amount - amount type. */
export const additionalAmountTypes: Readonly<Record<string, string>> = {
  '01': 'Ledger balance (deposit account) / open to buy (credit card account)',
  '02': 'Available balance (deposit account) / credit limit (credit card account)',
  '05': 'Amex prepaid card available amount remaining (Amex only)',
  '10': 'Partial authorized amount',
  '3S': 'Co-payment amount',
  '43': 'Total cumulative authorized amount of a series of incremental authorizations (Visa, Discover)',
  '4S': 'Healthcare amount (Visa and Mastercard requests)',
  '4T': 'Transit amount (Visa requests)',
  '4U': 'Prescription/Rx amount (Visa and Mastercard requests)',
  '4V': 'Vision/optical amount (Visa requests)',
  '4W': 'Clinic/other qualified medical amount (Visa requests)',
  '4X': 'Dental amount (Visa requests)',
  '57': 'Original amount',
  '80': 'Cash over amount (Discover): requested in a request, approved in a response',
  '81': 'Original cash over amount (Discover, partial approvals)',
};

/** Table 6.6 Additional amount - sign. */
export const additionalAmountSigns: Readonly<Record<string, string>> = {
  C: 'Positive balance',
  D: 'Negative balance',
};

/** Amount types of the healthcare (IIAS) amounts, by their meaning. */
export const healthcareAmountTypes = {
  totalHealthcare: '4S',
  prescription: '4U',
  vision: '4V',
  clinic: '4W',
  dental: '4X',
  transit: '4T',
  coPayment: '3S',
} as const;

/** Number of additional-amount slots a v022 record always carries (T5.40, T5.41). */
export const ADDITIONAL_AMOUNT_SLOTS = 4;

const ORDINALS = ['first', 'second', 'third', 'fourth'] as const;
const ORDINAL_LABELS = ['First', 'Second', 'Third', 'Fourth'] as const;

/** The five FS-terminated sub-fields of one slot, named as the spec names them (`secondAdditionalAmountSign`). */
function slot(
  index: number,
  direction: 'request' | 'response',
  emptyAllowed = direction === 'request' && index > 0,
): FieldSpec[] {
  const o = ORDINALS[index]!;
  const L = `${ORDINAL_LABELS[index]!} Additional Amount`;
  // Request slots 2-4 are "0 or n" (T5.40); the first request slot and every response slot are fixed (T5.41).
  const row = (
    suffix: string,
    label: string,
    n: number,
    format: FieldFormat,
    section: string,
    extra: Partial<FieldSpec> = {},
  ) =>
    emptyAllowed
      ? fsZeroOr(`${o}AdditionalAmount${suffix}`, `${L}${label}`, n, format, section, extra)
      : fixed(`${o}AdditionalAmount${suffix}`, `${L}${label}`, n, format, section, {
          terminator: FS,
          ...extra,
        });
  const open = direction === 'response' ? { openValues: true } : {};
  return [
    row('AccountType', ' Account Type', 2, 'numeric', '6.10.1', {
      values: additionalAmountAccountTypes,
      ...open,
    }),
    row('AmountType', ' Amount Type', 2, 'alphanumeric', '6.10.2', {
      values: additionalAmountTypes,
      ...open,
    }),
    row('CurrencyCode', ' Currency Code', 3, 'numeric', '6.10.3'),
    row('Sign', ' Sign', 1, direction === 'request' ? 'alpha' : 'alphanumeric', '6.10.4', {
      values: additionalAmountSigns,
      ...open,
    }),
    row('', '', 12, 'numeric', '6.10.5'),
  ];
}

/** Table 5.39: `022` alone asks for the amounts in the response only. */
export const v022RequestVersionOnly: readonly FieldSpec[] = [];

/** Table 5.40: four slots of 5 FS-terminated sub-fields; the first slot is mandatory, all FS always sent. */
export const v022Request: readonly FieldSpec[] = [0, 1, 2, 3].flatMap((i) => slot(i, 'request'));

/** Table 5.41: four full slots (103 bytes with the version number). */
export const v022Response: readonly FieldSpec[] = [0, 1, 2, 3].flatMap((i) => slot(i, 'response'));

/**
 * Not in the spec: Table 5.41 with slots 2-4 allowed empty, like the request. Tried after Table 5.41
 * so a host answer with fewer than four amounts still decodes (see DECISIONS.md).
 */
export const v022ResponseShortSlots: readonly FieldSpec[] = [0, 1, 2, 3].flatMap((i) =>
  slot(i, 'response', i > 0),
);

/** One additional amount as a typed value (what the slots carry). */
export interface AdditionalAmount {
  /** Table 6.4, e.g. `00`. */
  accountType: string;
  /** Table 6.5, e.g. `4S`. */
  amountType: string;
  /** ISO 4217 numeric, e.g. `840`. */
  currencyCode: string;
  /** `C` positive, `D` negative. */
  sign: 'C' | 'D';
  /** Minor units (cents), 0 to 999999999999. */
  amount: number;
}

const SUFFIXES = ['AccountType', 'AmountType', 'CurrencyCode', 'Sign', ''] as const;

/** The five sub-field names of every slot, built once (the check runs for every encoded v022). */
const SLOT_KEYS: readonly (readonly string[])[] = Array.from({ length: ADDITIONAL_AMOUNT_SLOTS }, (_, i) =>
  SUFFIXES.map((s) => `${ORDINALS[i]}AdditionalAmount${s}`),
);

/**
 * Turns up to four additional amounts into v022 fields (slot order = list order). Throws a
 * `tsys` PaywireError for more than four amounts or an amount out of range.
 */
export function additionalAmountsToFields(amounts: readonly AdditionalAmount[]): Record<string, string> {
  if (amounts.length > ADDITIONAL_AMOUNT_SLOTS) {
    throw new PaywireError(
      ErrorCode.OUT_OF_RANGE,
      `additionalAmounts: ${amounts.length} amounts, at most 4 fit in G3v022`,
      {
        field: 'additionalAmounts',
        family: 'tsys',
      },
    );
  }
  const out: Record<string, string> = {};
  amounts.forEach((a, i) => {
    if (!Number.isSafeInteger(a.amount) || a.amount < 0 || a.amount > 999_999_999_999) {
      throw new PaywireError(
        ErrorCode.OUT_OF_RANGE,
        `additionalAmounts.${i}.amount: must be an integer 0-999999999999`,
        {
          field: `additionalAmounts.${i}.amount`,
          family: 'tsys',
          actual: String(a.amount),
        },
      );
    }
    const [acct, type, currency, sign, amount] = SLOT_KEYS[i]! as [string, string, string, string, string];
    out[acct] = a.accountType;
    out[type] = a.amountType;
    out[currency] = a.currencyCode;
    out[sign] = a.sign;
    out[amount] = String(a.amount).padStart(12, '0');
  });
  return out;
}

/** The filled slots of decoded v022 fields as typed amounts (empty slots are skipped). */
export function additionalAmountsFromFields(
  fields: Readonly<Record<string, unknown>> | undefined,
): AdditionalAmount[] {
  const out: AdditionalAmount[] = [];
  if (fields === undefined) return out;
  for (let i = 0; i < ADDITIONAL_AMOUNT_SLOTS; i++) {
    const [acct, type, currency, sign, amount] = SLOT_KEYS[i]!.map((k) => fields[k]);
    if (
      acct === undefined &&
      type === undefined &&
      currency === undefined &&
      sign === undefined &&
      amount === undefined
    ) {
      continue;
    }
    out.push({
      accountType: String(acct ?? ''),
      amountType: String(type ?? ''),
      currencyCode: String(currency ?? ''),
      sign: sign === 'D' ? 'D' : 'C',
      amount: Number(amount ?? 0),
    });
  }
  return out;
}

/** "All five subfields for an amount must be present for the amount to be valid" (L4768). */
function check(fields: Readonly<Record<string, unknown>>): string | undefined {
  for (let i = 1; i < ADDITIONAL_AMOUNT_SLOTS; i++) {
    const keys = SLOT_KEYS[i]!;
    let given = 0;
    for (const k of keys) if (fields[k] !== undefined && fields[k] !== '') given++;
    if (given > 0 && given < keys.length) {
      const missing = keys.filter((k) => fields[k] === undefined || fields[k] === '');
      return `${ORDINALS[i]} additional amount: all five sub-fields or none (missing ${missing.join(', ')})`;
    }
  }
  return undefined;
}

export const v022: GroupIIIVersionSpec = {
  version: '022',
  title: 'Additional amounts',
  reference: 'EIS 1080 v17.6 §5.2.18, Tables 5.39-5.41, L4760-4934; §6.10',
  status: 'active',
  request: [
    { table: 'Table 5.39', name: 'version only', fields: v022RequestVersionOnly },
    { table: 'Table 5.40', name: 'with amounts', fields: v022Request },
  ],
  response: [
    { table: 'Table 5.41', fields: v022Response },
    { table: 'Table 5.41', name: 'empty slots 2-4 (tolerated)', fields: v022ResponseShortSlots },
  ],
  note:
    'A request carries either the version alone (amounts wanted in the response) or four slots; the first slot is mandatory and the FS of empty slots are still sent. ' +
    'Amounts are 12 digits in minor units; additionalAmountsToFields/FromFields convert to typed amounts. Partial approvals return amount type 10.',
  check,
};
