/** One compiled record per implemented transaction code: the preamble table followed by that code's body table. */
import { compileRecord, type FieldSpec, type RecordCodec, type RecordValues } from '@paywire/core';
import type { SupportedTransactionCode } from '../codes/transaction-code.js';
import { FAMILY } from '../errors.js';
import { CAPTURE_BODY } from './bodies/capture.js';
import { FINANCIAL_BODY } from './bodies/financial.js';
import { PARTIAL_REVERSAL_BODY } from './bodies/partial-reversal.js';
import { REVERSAL_ADVICE_BODY } from './bodies/reversal-advice.js';
import { VOID_BODY } from './bodies/void.js';
import { PREAMBLE_FIELDS } from './preamble.js';

export const REQUEST_BODIES: Readonly<Record<SupportedTransactionCode, readonly FieldSpec[]>> = Object.freeze(
  {
    '01': FINANCIAL_BODY,
    '02': FINANCIAL_BODY,
    '03': CAPTURE_BODY,
    '06': FINANCIAL_BODY,
    '09': PARTIAL_REVERSAL_BODY,
    '41': VOID_BODY,
    '46': REVERSAL_ADVICE_BODY,
  },
);

export interface RequestRecord {
  fields: readonly FieldSpec[];
  codec: RecordCodec<RecordValues>;
}

export const REQUEST_RECORDS: ReadonlyMap<string, RequestRecord> = new Map(
  Object.entries(REQUEST_BODIES).map(([code, body]) => {
    const fields = [...PREAMBLE_FIELDS, ...body];
    return [code, { fields, codec: compileRecord(`paymentech request ${code}`, fields, { family: FAMILY }) }];
  }),
);
