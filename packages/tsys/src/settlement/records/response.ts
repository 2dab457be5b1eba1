// EIS 1081 §3.2.18-§3.2.20 Tables 3.18 (GB), 3.19 (RB), 3.20 (QD) — batch response records (`R@@@@`).
// Decision: RB error data is 32 bytes in T3.19/§4.113/§6.10 but 17 in example T5.25; both are read, 32 is written
// unless the value says `errorDataLength: 17`.
import { ErrorCode, type FieldSpec } from '@paywire/core';
import { batchResponseCodes, errorRecordTypes, errorTypes } from '../codes/batch-response.js';
import { describeRejection } from '../codes/error-descriptions.js';
import { settlementError } from '../errors.js';
import { an, int, num } from '../fields.js';
import { baseRecord, type DecodeContext, type RecordDef } from './record-def.js';

const common = (code: 'GB' | 'RB' | 'QD'): FieldSpec[] => [
  int('batchRecordCount', 9, 'Batch Record Count', '4.43'),
  int('batchNetDeposit', 16, 'Batch Net Deposit', '4.41'),
  {
    name: 'batchResponseCode',
    const: code,
    label: `Batch Response Code (${batchResponseCodes[code]})`,
    spec: 'EIS 1081 §4.44',
  },
  { name: 'filler', const: '00', label: 'Filler (zeros)', spec: 'EIS 1081 §4.126' },
  num('batchNumber', 3, 'Batch Number', '4.42'),
];

const rbFields = (dataLength: number): FieldSpec[] => [
  ...common('RB'),
  an('errorType', 1, 'Error Type', '4.117', { values: errorTypes, openValues: true }),
  num('errorRecordSequenceNumber', 4, 'Error Record Sequence Number', '4.115', { default: '0000' }),
  an('errorRecordType', 1, 'Error Record Type', '4.116', { values: errorRecordTypes, openValues: true }),
  an('errorDataFieldNumber', 2, 'Error Data Field Number', '4.114'),
  an('errorData', dataLength, 'Error Data', '4.113'),
];

export interface GoodBatchResponse {
  type: 'response';
  batchResponseCode: 'GB';
  batchRecordCount: number;
  batchNetDeposit: number;
  batchNumber: string;
  /** `_ACCEPTED`; only the code is meaningful. */
  batchResponseText?: string;
}

export interface RejectedBatchResponse {
  type: 'response';
  batchResponseCode: 'RB';
  /** Records the host received up to the failure. */
  batchRecordCount: number;
  batchNetDeposit: number;
  batchNumber: string;
  errorType: string;
  /** 1-based position of the failing record (header = 0001). */
  errorRecordSequenceNumber: string;
  errorRecordType: string;
  errorDataFieldNumber: string;
  errorData?: string;
  /** 17 when the answer used the short layout of example T5.25 (66 bytes). */
  errorDataLength?: 17 | 32;
}

export interface DuplicateBatchResponse {
  type: 'response';
  batchResponseCode: 'QD';
  batchRecordCount: number;
  batchNetDeposit: number;
  batchNumber: string;
  /** MMDD of the batch that already exists. */
  batchTransmissionDate: string;
}

export type BatchResponse = GoodBatchResponse | RejectedBatchResponse | DuplicateBatchResponse;

const gb = baseRecord<GoodBatchResponse>('response', 'R', 'Good Batch Response', [
  ...common('GB'),
  an('batchResponseText', 9, 'Batch Response Text', '4.45', { default: '_ACCEPTED' }),
  an('filler2', 16, 'Filler (spaces)', '4.125', { const: ' '.repeat(16) }),
]);
const rb32 = baseRecord<RejectedBatchResponse>('response', 'R', 'Rejected Batch Response', rbFields(32));
const rb17 = baseRecord<RejectedBatchResponse>(
  'response',
  'R',
  'Rejected Batch Response (short)',
  rbFields(17),
);
const qd = baseRecord<DuplicateBatchResponse>('response', 'R', 'Duplicate Batch Response', [
  ...common('QD'),
  num('batchTransmissionDate', 4, 'Batch Transmission Date (MMDD)', '4.46'),
  an('filler2', 21, 'Filler (spaces)', '4.125', { const: ' '.repeat(21) }),
]);

/** Response code position relative to the record type. */
const CODE_AT = 5 + 9 + 16;

export const batchResponseRecord: RecordDef<BatchResponse> = {
  type: 'response',
  indicator: 'R',
  title: 'Batch Response Record',
  encode(w, value) {
    switch (value?.batchResponseCode) {
      case 'GB':
        return gb.encode(w, value);
      case 'QD':
        return qd.encode(w, value);
      case 'RB':
        return (value.errorDataLength === 17 ? rb17 : rb32).encode(w, value);
      default:
        throw settlementError(ErrorCode.OUT_OF_RANGE, 'must be GB, RB or QD', { field: 'batchResponseCode' });
    }
  },
  decode(bytes: Uint8Array, pos: number, end: number, ctx: DecodeContext) {
    if (pos + CODE_AT + 2 > end) {
      throw settlementError(ErrorCode.TRUNCATED, 'response record too short for its response code', {
        field: 'batchResponseCode',
        offset: pos,
      });
    }
    const code = String.fromCharCode(bytes[pos + CODE_AT]!, bytes[pos + CODE_AT + 1]!);
    if (code === 'GB') {
      const r = gb.decode(bytes, pos, end, ctx);
      return { value: { ...r.value, batchResponseCode: 'GB' }, next: r.next };
    }
    if (code === 'QD') {
      const r = qd.decode(bytes, pos, end, ctx);
      return { value: { ...r.value, batchResponseCode: 'QD' }, next: r.next };
    }
    if (code === 'RB') {
      const short = end - pos === 5 + 9 + 16 + 2 + 2 + 3 + 1 + 4 + 1 + 2 + 17;
      const r = (short ? rb17 : rb32).decode(bytes, pos, end, ctx);
      const value: RejectedBatchResponse = { ...r.value, batchResponseCode: 'RB' };
      if (short) value.errorDataLength = 17;
      return { value, next: r.next };
    }
    throw settlementError(
      ErrorCode.OUT_OF_RANGE,
      `batch response code ${JSON.stringify(code)} is not GB, RB or QD`,
      {
        field: 'batchResponseCode',
        offset: pos + CODE_AT,
      },
    );
  },
};

/** For a rejected batch: which record and field the host points at, in this package's terms. */
export function rejectedField(r: RejectedBatchResponse): {
  recordIndex: number;
  field: string;
  description: string;
} {
  const info = describeRejection(r.errorType, r.errorRecordType, r.errorDataFieldNumber);
  return {
    recordIndex: Number(r.errorRecordSequenceNumber) - 1,
    field: info?.field ?? '',
    description:
      info?.description ??
      `error type ${r.errorType}, record type ${r.errorRecordType}, field ${r.errorDataFieldNumber}`,
  };
}
