// EIS 1081 §3.2.1 Table 3.1 (base, 65 bytes with the prefix) and Table 3.2 (optional data groups) — batch header record.
import type { FieldSpec } from '@paywire/core';
import { blockingIndicators, deviceCodes, industryCodes } from '../codes/header-codes.js';
import { checkMmdd, num } from '../fields.js';
import { type HeaderGroups, headerGroups } from '../groups/header/index.js';
import { fixedSection, groupedRecord } from './record-def.js';

const checkBatchNumber = (t: string) => (t === '000' ? 'must be 001-999 (000 is invalid)' : undefined);

export const headerFields: readonly FieldSpec[] = [
  num('acquirerBin', 6, 'Acquirer BIN', '4.17'),
  num('agentBankNumber', 6, 'Agent Bank Number', '4.22'),
  num('agentChainNumber', 6, 'Agent Chain Number', '4.23'),
  num('merchantNumber', 12, 'Merchant Number', '4.186'),
  num('storeNumber', 4, 'Store Number', '4.269'),
  num('terminalNumber', 4, 'Terminal Number', '4.289'),
  {
    name: 'deviceCode',
    length: 1,
    format: 'alphanumeric',
    label: 'Device Code',
    spec: 'EIS 1081 §4.101',
    values: deviceCodes,
    openValues: true,
  },
  {
    name: 'industryCode',
    length: 1,
    format: 'alphanumeric',
    label: 'Industry Code',
    spec: 'EIS 1081 §4.142',
    values: industryCodes,
    openValues: true,
  },
  num('currencyCode', 3, 'Currency Code', '4.86', { default: '840' }),
  num('languageIndicator', 2, 'Language Indicator', '4.161', { default: '00' }),
  num('timeZoneDifferential', 3, 'Time Zone Differential', '4.293'),
  num('batchTransmissionDate', 4, 'Batch Transmission Date (MMDD)', '4.46', { check: checkMmdd }),
  num('batchNumber', 3, 'Batch Number', '4.42', { check: checkBatchNumber, checkCode: 503 }),
  num('blockingIndicator', 1, 'Blocking Indicator', '4.47', { values: blockingIndicators, default: '0' }),
];

export interface HeaderRecord {
  type: 'header';
  acquirerBin: string;
  agentBankNumber: string;
  agentChainNumber: string;
  merchantNumber: string;
  storeNumber: string;
  terminalNumber: string;
  /** T4.21; EIS 1081 prints the digit `0` for unknown. */
  deviceCode: string;
  industryCode: string;
  currencyCode?: string;
  languageIndicator?: string;
  timeZoneDifferential: string;
  /** MMDD */
  batchTransmissionDate: string;
  /** 001-999 */
  batchNumber: string;
  /** `0` not blocked, `2` blocked (set by the batch encoder from its blocking option). */
  blockingIndicator?: string;
  groups?: HeaderGroups;
}

export const headerRecord = groupedRecord<HeaderRecord>({
  type: 'header',
  indicator: 'H',
  title: 'Header Record',
  base: headerFields,
  groups: headerGroups.map(fixedSection),
});
