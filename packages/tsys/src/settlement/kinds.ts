/** CLI / inspector kinds: a whole framed settlement batch, and the host's batch response. */

import { defineKind, ErrorCode, type MessageKind, maskAll } from '@paywire/core';
import { decodeBatch, encodeBatch, type SettlementBatch, traceBatch } from './batch.js';
import { applicationTypes } from './codes/header-codes.js';
import { settlementError } from './errors.js';
import { settlementRequestExamples, settlementResponseExamples } from './examples.js';
import { redactDetailRecord } from './json.js';
import type { SettlementRecord } from './records/index.js';
import {
  decodeBatchResponse,
  encodeBatchResponse,
  type SettlementResponse,
  traceBatchResponse,
} from './response-message.js';

function redactRecord(r: SettlementRecord): SettlementRecord {
  switch (r.type) {
    case 'detail':
      return redactDetailRecord(r);
    case 'encryption-block':
      return { ...r, encryptedTransmissionBlock: maskAll(r.encryptedTransmissionBlock ?? '') };
    case 'header': {
      const key = r.groups?.gen2Authentication?.genKey;
      return key === undefined
        ? r
        : { ...r, groups: { ...r.groups, gen2Authentication: { genKey: maskAll(key) } } };
    }
    default:
      return r;
  }
}

/** A copy of a batch with card numbers, GenKey and encryption blocks masked. */
export function redactBatch(batch: SettlementBatch): SettlementBatch {
  return { ...batch, records: batch.records.map(redactRecord) };
}

/** STX K <app> . Z <indicator> */
function prefixScore(bytes: Uint8Array, indicator: number): number {
  if (bytes.length < 7 || bytes[0] !== 0x02 || bytes[1] !== 0x4b || bytes[3] !== 0x2e || bytes[4] !== 0x5a)
    return 0;
  const app = bytes[2];
  if (app !== 0x31 && app !== 0x33 && app !== 0x35 && app !== 0x36) return 0;
  return bytes[5] === indicator ? 0.9 : 0;
}

export const settlementRequestKind: MessageKind<SettlementBatch> = defineKind<SettlementBatch>({
  name: 'tsys-settlement-request',
  description:
    'TSYS EIS 1081 data capture batch: header, parameter, details (+ groups, addenda), trailer; STX..ETB/ETX LRC framing',
  package: '@paywire/tsys',
  input: 'bytes',
  framed: true,
  decode: (bytes) => decodeBatch(bytes),
  // re-encodes exactly what was decoded, even a batch whose totals are wrong (inspection); the
  // application type is still checked: the decoder refuses any other, so the bytes could not come back
  encode: (value) => {
    if (
      value === null ||
      typeof value !== 'object' ||
      !Object.hasOwn(applicationTypes, value.applicationType)
    ) {
      throw settlementError(ErrorCode.OUT_OF_RANGE, 'application type must be 1, 3, 5 or 6', {
        field: 'applicationType',
      });
    }
    return encodeBatch(value, { skipValidation: true });
  },
  trace: (bytes) => traceBatch(bytes),
  redact: redactBatch,
  detect: (bytes) => prefixScore(bytes, 0x48),
  examples: settlementRequestExamples,
});

export const settlementResponseKind: MessageKind<SettlementResponse> = defineKind<SettlementResponse>({
  name: 'tsys-settlement-response',
  description:
    'TSYS EIS 1081 batch response: GB accepted, RB rejected (error type / record / field), QD duplicate',
  package: '@paywire/tsys',
  input: 'bytes',
  framed: true,
  decode: (bytes) => decodeBatchResponse(bytes),
  encode: (value) => encodeBatchResponse(value),
  trace: (bytes) => traceBatchResponse(bytes),
  redact: (value) => value,
  detect: (bytes) => prefixScore(bytes, 0x52),
  examples: settlementResponseExamples,
});
