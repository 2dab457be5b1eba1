// EIS 1081 §3.2.17 Table 3.17 — batch trailer record (73 bytes, no optional data groups).
import { checkMmdd, int, num } from '../fields.js';
import { baseRecord } from './record-def.js';

export const trailerFields = [
  num('batchTransmissionDate', 4, 'Batch Transmission Date (MMDD)', '4.46', { check: checkMmdd }),
  num('batchNumber', 3, 'Batch Number', '4.42'),
  int('batchRecordCount', 9, 'Batch Record Count', '4.43'),
  int('batchHashingTotal', 16, 'Batch Hashing Total', '4.40'),
  int('cashBackTotal', 16, 'Cash Back Total', '4.65'),
  int('batchNetDeposit', 16, 'Batch Net Deposit', '4.41'),
];

export interface TrailerRecord {
  type: 'trailer';
  batchTransmissionDate: string;
  batchNumber: string;
  /** Every record of the batch, header and trailer included. */
  batchRecordCount: number;
  /** Sum of the absolute settlement amounts of all detail records, voids included. */
  batchHashingTotal: number;
  cashBackTotal: number;
  /** |sales - credits|, voids excluded. */
  batchNetDeposit: number;
}

export const trailerRecord = baseRecord<TrailerRecord>('trailer', 'T', 'Trailer Record', trailerFields);
