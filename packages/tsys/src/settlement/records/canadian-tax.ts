// EIS 1081 §3.2.12 Table 3.12 — Canadian tax line item record (34 bytes; up to six per detail).
// Decision: Table 3.12 prints record type `L@@@@`, Table 4.49 and Appendix A use `X`; this package writes and reads `X`.
import type { FieldSpec } from '@paywire/core';
import { an, int, num } from '../fields.js';
import { baseRecord } from './record-def.js';

export const canadianTaxFields: readonly FieldSpec[] = [
  an('taxAmountIndicator', 1, 'Tax Amount Indicator', '4.277'),
  int('taxAmount', 12, 'Tax Amount', '4.276'),
  num('taxRate', 5, 'Tax Rate', '4.278', { default: '00000' }),
  num('taxRateExponent', 1, 'Tax Rate Exponent', '4.279', { default: '0' }),
  an('taxTypeApplied', 4, 'Tax Type Applied', '4.281'),
  num('taxTypeIdentifier', 2, 'Tax Type Identifier', '4.283', { default: '00' }),
];

export interface CanadianTaxRecord {
  type: 'canadian-tax';
  taxAmountIndicator?: string;
  taxAmount?: number;
  taxRate?: string;
  taxRateExponent?: string;
  taxTypeApplied?: string;
  taxTypeIdentifier?: string;
}

export const canadianTaxRecord = baseRecord<CanadianTaxRecord>(
  'canadian-tax',
  'X',
  'Canadian Tax Line Item Record',
  canadianTaxFields,
);
