// EIS 1081 §3.2.5 Table 3.5 (base group, 108 bytes with the prefix) and §3.2.6 Table 3.6 (optional data groups) — detail record.
import type { FieldSpec } from '@paywire/core';
import { accountDataSources } from '../codes/account-data-source.js';
import { cardholderIdentificationCodes } from '../codes/cardholder-identification-code.js';
import { settlementResponseCodes } from '../codes/response-code.js';
import { transactionCodes } from '../codes/transaction-code.js';
import { an, checkHhmmss, checkMmdd, int, num } from '../fields.js';
import { type DetailGroups, fixedDetailGroups, reservedDetailGroups } from '../groups/detail/index.js';
import { detailExtensionSection } from './detail-extension.js';
import { fixedSection, groupedRecord } from './record-def.js';

const nonZero = (t: string) =>
  /^0+$/.test(t) ? 'must contain a non-zero digit (the authorization request number)' : undefined;

export const detailFields: readonly FieldSpec[] = [
  an('transactionCode', 2, 'Transaction Code', '4.300', {
    values: transactionCodes,
    openValues: true,
    default: undefined,
    min: 2,
  }),
  an('cardholderIdentificationCode', 1, 'Cardholder Identification Code', '4.58', {
    values: cardholderIdentificationCodes,
    openValues: true,
    default: undefined,
  }),
  an('accountDataSource', 1, 'Account Data Source Code', '4.1', {
    values: accountDataSources,
    openValues: true,
    default: undefined,
  }),
  an('cardholderAccountNumber', 22, 'Cardholder Account Number', '4.56', {
    sensitive: 'pan',
    default: undefined,
    min: 1,
  }),
  an('requestedAci', 1, 'Requested ACI', '4.238', { default: 'Y' }),
  an('returnedAci', 1, 'Returned ACI', '4.248'),
  an('authorizationSourceCode', 1, 'Authorization Source Code', '4.37'),
  num('transactionSequenceNumber', 4, 'Transaction Sequence Number', '4.304', { check: nonZero }),
  an('responseCode', 2, 'Response Code', '4.240', { values: settlementResponseCodes, openValues: true }),
  an('approvalCode', 6, 'Approval Code', '4.34'),
  num('localTransactionDate', 4, 'Local Transaction Date (MMDD)', '4.172', { check: checkMmdd }),
  num('localTransactionTime', 6, 'Local Transaction Time (HHMMSS)', '4.173', { check: checkHhmmss }),
  an('avsResultCode', 1, 'AVS Result Code', '4.21', { default: '0' }),
  an('transactionIdentifier', 15, 'Transaction Identifier', '4.302', { default: '000000000000000' }),
  an('validationCode', 4, 'Validation Code', '4.320'),
  an('voidIndicator', 1, 'Void Indicator', '4.325', { values: { '': 'not voided', V: 'voided' } }),
  num('transactionStatusCode', 2, 'Transaction Status Code', '4.305', {
    default: '00',
    values: {
      '00': 'no reversal sent, host ACK received (or not debit)',
      '01': 'no reversal sent, host ACK not received',
      '10': 'partial reversal sent, host ACK received',
      '11': 'partial reversal sent, host ACK not received',
    },
  }),
  an('reimbursementAttribute', 1, 'Reimbursement Attribute', '4.232', { default: '0' }),
  int('settlementAmount', 12, 'Settlement Amount', '4.255', { default: undefined }),
  int('authorizedAmount', 12, 'Authorized Amount', '4.38'),
];

/** A detail record (wire model). Field names follow EIS 1081; amounts are integers in cents. */
export interface DetailRecord {
  type: 'detail';
  /** Table 4.59, e.g. `54` purchase, `56` card not present, `CR` credit/return. */
  transactionCode: string;
  /** Table 4.16, e.g. `@` signature, `N` card not present/AVS. */
  cardholderIdentificationCode: string;
  /** Table 4.1, e.g. `D` track 2, `@` keyed without reader. */
  accountDataSource: string;
  /** PAN (or encrypted PAN / token with group 45), up to 22 characters. Masked in errors and traces. */
  cardholderAccountNumber: string;
  requestedAci?: string;
  returnedAci?: string;
  authorizationSourceCode?: string;
  /** 4 digits, right-justified zero-filled, never all zeros. */
  transactionSequenceNumber: string;
  /** '' (two spaces) for credits and offline items. */
  responseCode?: string;
  approvalCode?: string;
  /** MMDD */
  localTransactionDate: string;
  /** HHMMSS */
  localTransactionTime: string;
  avsResultCode?: string;
  /** Zeros when none was returned or the item is offline. */
  transactionIdentifier?: string;
  validationCode?: string;
  /** '' or `V`. */
  voidIndicator?: string;
  /** Position 1: partial reversal sent; position 2: debit ACK not received. */
  transactionStatusCode?: string;
  reimbursementAttribute?: string;
  settlementAmount: number;
  authorizedAmount?: number;
  groups?: DetailGroups & { groupMapExtension?: true };
}

export const detailRecord = groupedRecord<DetailRecord>({
  type: 'detail',
  indicator: 'D',
  title: 'Detail Record',
  base: detailFields,
  groups: [...fixedDetailGroups.map(fixedSection), detailExtensionSection],
  extension: true,
  reserved: reservedDetailGroups,
});
