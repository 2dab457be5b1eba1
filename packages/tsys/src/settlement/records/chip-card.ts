// EIS 1081 §3.2.7 Table 3.7 (233 bytes with the prefix) and Table 3.8 (ODG1 cryptogram amount) — chip card addendum record.
import type { FieldSpec } from '@paywire/core';
import { an, int, num } from '../fields.js';
import { group } from '../groups/group-def.js';
import { fixedSection, groupedRecord } from './record-def.js';

const hex = (name: string, length: number, label: string, spec: string): FieldSpec =>
  an(name, length, label, spec);

export const chipCardFields: readonly FieldSpec[] = [
  an('transactionType', 2, 'Transaction Type', '4.306'),
  num('terminalTransactionDate', 6, 'Terminal Transaction Date (YYMMDD)', '4.290', { default: '000000' }),
  hex('terminalVerificationResults', 10, 'Terminal Verification Results', '4.291'),
  num('terminalCurrencyCode', 3, 'Terminal Currency Code', '4.287', { default: '000' }),
  hex('applicationTransactionCounter', 4, 'Application Transaction Counter', '4.32'),
  hex('applicationInterchangeProfile', 4, 'Application Interchange Profile', '4.31'),
  hex('applicationCryptogram', 16, 'Application Cryptogram', '4.30'),
  hex('unpredictableNumber', 8, 'Unpredictable Number', '4.317'),
  hex('issuerApplicationData', 64, 'Issuer Application Data', '4.149'),
  hex('cryptogramInformationData', 2, 'Cryptogram Information Data', '4.83'),
  hex('terminalCapabilityProfile', 6, 'Terminal Capability Profile', '4.285'),
  num('cardSequenceNumber', 3, 'Card Sequence Number', '4.54', { default: '000' }),
  hex('issuerAuthenticationData', 32, 'Issuer Authentication Data', '4.150'),
  hex('cvmResults', 6, 'CVM Results', '4.90'),
  hex('issuerScriptResults', 50, 'Issuer Script Results', '4.151'),
  hex('formFactorIdentifier', 8, 'Form Factor Identifier', '4.129'),
];

export const chipCardGroup1 = group(1, 'cryptogramAmount', 'Cryptogram Amount', 'T3.8 ODG1', [
  int('cryptogramAmount', 12, 'Cryptogram Amount', '4.82'),
]);

export interface ChipCardRecord {
  type: 'chip-card';
  transactionType?: string;
  terminalTransactionDate?: string;
  terminalVerificationResults?: string;
  terminalCurrencyCode?: string;
  applicationTransactionCounter?: string;
  applicationInterchangeProfile?: string;
  applicationCryptogram?: string;
  unpredictableNumber?: string;
  issuerApplicationData?: string;
  cryptogramInformationData?: string;
  terminalCapabilityProfile?: string;
  cardSequenceNumber?: string;
  issuerAuthenticationData?: string;
  cvmResults?: string;
  issuerScriptResults?: string;
  formFactorIdentifier?: string;
  /** ODG1: only with an ARQC cryptogram. */
  groups?: { cryptogramAmount?: { cryptogramAmount: number } };
}

export const chipCardRecord = groupedRecord<ChipCardRecord>({
  type: 'chip-card',
  indicator: 'C',
  title: 'Chip Card Addendum Record',
  base: chipCardFields,
  groups: [fixedSection(chipCardGroup1)],
});
