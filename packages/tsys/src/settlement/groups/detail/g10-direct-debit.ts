// EIS 1081 Table 3.6 ODG10 — Direct Debit.
import { an, num } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup10 = group(10, 'directDebit', 'Direct Debit', 'T3.6 ODG10', [
  an('retrievalReferenceNumber', 12, 'Retrieval Reference Number', '4.246'),
  num('systemTraceAuditNumber', 6, 'System Trace Audit Number', '4.273', { default: '000000' }),
  an('networkIdentificationCode', 1, 'Network Identification Code', '4.204'),
  num('settlementDate', 4, 'Settlement Date (MMDD)', '4.256', { default: '0000' }),
]);

export interface DetailDirectDebit {
  retrievalReferenceNumber?: string;
  systemTraceAuditNumber?: string;
  networkIdentificationCode?: string;
  settlementDate?: string;
}
