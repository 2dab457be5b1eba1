// EIS 1080 §5.2.2 Group II (debit / EBT only): request Table 5.7, response Table 5.8.
// Confirmation record `V`: Table 5.4.

import { compileRecord, type FieldSpec, FS } from '@paywire/core';
import { applicationTypes } from './codes/application-type.js';
import { reimbursementAttributes } from './codes/reimbursement-attribute.js';
import { FAMILY } from './errors.js';

const ORIGINAL_PURCHASE_DATA_LENGTHS = new Set([0, 4, 6, 8, 10, 12]);

/** §6.167 reversal and cancel data II: STAN 6 + network id 1. */
export const reversalAndCancelDataIIFields: readonly FieldSpec[] = [
  {
    name: 'systemTraceAuditNumber',
    label: 'System trace audit number',
    spec: '§6.167.1',
    length: 6,
    format: 'numeric',
  },
  { name: 'networkIdCode', label: 'Network ID code', spec: '§6.138', length: 1, pad: 'none' },
];

/**
 * Group II request, Table 5.7. The merchant ABA number (0/9) and the settlement agent number (0/4)
 * share one FS-terminated slot; `group-2.ts` splits them by length (0, 4, 9 or 13 bytes).
 */
export const groupIIRequestFields: readonly FieldSpec[] = [
  {
    name: 'reversalAndCancelDataII',
    label: 'Reversal and cancel data II',
    spec: '§6.167',
    terminator: FS,
    optional: true,
    fields: reversalAndCancelDataIIFields,
  },
  { name: 'sharingGroup', label: 'Sharing group', spec: '§6.177', terminator: FS, min: 1, max: 30 },
  {
    name: 'merchantAbaAndAgent',
    label: 'Merchant ABA number + settlement agent number',
    spec: '§6.118, §6.131',
    terminator: FS,
    max: 13,
    optional: true,
    check: (t) => {
      if (t.length !== 0 && t.length !== 4 && t.length !== 9 && t.length !== 13)
        return 'must be 0, 4, 9 or 13 characters';
      if (t.length >= 9 && !/^\d{9}/.test(t)) return 'merchant ABA number must be 9 digits';
      return undefined;
    },
  },
  { name: 'agentBankNumber', label: 'Agent bank number', spec: '§6.13', length: 6, format: 'numeric' },
  { name: 'agentChainNumber', label: 'Agent chain number', spec: '§6.14', length: 6, format: 'numeric' },
  { name: 'batchNumber', label: 'Batch number', spec: '§6.33', length: 3, format: 'numeric' },
  {
    name: 'reimbursementAttribute',
    label: 'Reimbursement attribute',
    spec: '§6.161',
    length: 1,
    pad: 'none',
    values: reimbursementAttributes,
  },
  {
    name: 'originalPurchaseData',
    label: 'Original purchase data',
    spec: '§6.141',
    terminator: FS,
    max: 12,
    format: 'numeric',
    optional: true,
    check: (t) =>
      ORIGINAL_PURCHASE_DATA_LENGTHS.has(t.length) ? undefined : 'must be 0, 4, 6, 8, 10 or 12 digits',
  },
];

/** Group II response, Table 5.8 (follows the TID / validation code FS). */
export const groupIIResponseFields: readonly FieldSpec[] = [
  { name: 'acquirerBin', label: 'Acquirer BIN', spec: '§6.5', length: 6 },
  { name: 'hostMessageIdentifier', label: 'Host message identifier', spec: '§6.97', length: 8 },
  {
    name: 'systemTraceAuditNumber',
    label: 'System trace audit number',
    spec: '§6.167.1',
    length: 6,
    format: 'numeric',
    optional: true,
  },
  { name: 'networkIdCode', label: 'Network ID code', spec: '§6.138', length: 1, pad: 'none' },
  {
    name: 'settlementDate',
    label: 'Settlement date (MMDD)',
    spec: '§6.176',
    length: 4,
    format: 'numeric',
    optional: true,
    terminator: FS,
  },
];

/** Debit / EBT confirmation record `V`, Table 5.4 (23 bytes, no Group III, no response). */
export const confirmationFields: readonly FieldSpec[] = [
  {
    name: 'recordFormat',
    label: 'Record format',
    spec: '§6.158',
    length: 1,
    values: { V: 'debit / EBT confirmation record' },
  },
  { name: 'applicationType', label: 'Application type', spec: '§6.23', length: 1, values: applicationTypes },
  { name: 'messageDelimiter', label: 'Message delimiter', spec: '§6.135', const: '.' },
  { name: 'acquirerBin', label: 'Acquirer BIN', spec: '§6.5', length: 6, format: 'numeric' },
  { name: 'hostMessageIdentifier', label: 'Host message identifier', spec: '§6.97', length: 8 },
  {
    name: 'systemTraceAuditNumber',
    label: 'System trace audit number',
    spec: '§6.167.1',
    length: 6,
    format: 'numeric',
  },
];

export const groupIIRequestCodec = compileRecord('tsys Group II request', groupIIRequestFields, {
  family: FAMILY,
});
export const groupIIResponseCodec = compileRecord('tsys Group II response', groupIIResponseFields, {
  family: FAMILY,
});
export const confirmationCodec = compileRecord('tsys debit confirmation', confirmationFields, {
  family: FAMILY,
});
