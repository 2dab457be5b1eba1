// UTF197 request preamble after STX, 37 bytes (notes a.2; AM-NC add_preamble, offsets asserted in AM-NC-T).
import type { FieldSpec } from '@paywire/core';
import { TRANSACTION_CODES } from '../codes/transaction-code.js';

/** Highest sequence number the host accepts (seed sequence_number; host error 359). */
export const MAX_SEQUENCE_NUMBER = 2400;

export const PREAMBLE_FIELDS: readonly FieldSpec[] = [
  {
    name: 'systemIndicator',
    label: 'host capture indicator',
    length: 2,
    pad: 'none',
    default: 'L.',
    values: { 'L.': 'Host capture' },
  },
  { name: 'routingIndicator', label: 'routing indicator', length: 6, pad: 'none', default: 'A02000' },
  { name: 'clientNumber', label: 'client number', length: 4, format: 'numeric' },
  { name: 'merchantNumber', label: 'merchant number', length: 12, format: 'numeric' },
  { name: 'terminalNumber', label: 'terminal number', length: 3, format: 'numeric' },
  {
    name: 'transactionMode',
    label: 'single transaction indicator',
    length: 1,
    default: '1',
    values: { '1': 'Single transaction' },
  },
  {
    name: 'sequenceNumber',
    label: 'sequence number',
    length: 6,
    format: 'numeric',
    type: 'integer',
    default: 0,
    check: (text) => (Number(text) > MAX_SEQUENCE_NUMBER ? `must be 0-${MAX_SEQUENCE_NUMBER}` : undefined),
    checkCode: 503,
  },
  {
    name: 'transactionClass',
    label: 'transaction class',
    length: 1,
    default: 'F',
    values: { F: 'Financial' },
  },
  {
    name: 'transactionCode',
    label: 'transaction code',
    length: 2,
    format: 'numeric',
    values: TRANSACTION_CODES,
  },
];

/** Byte offsets of the preamble inside the framed request (STX is byte 0). */
export const PREAMBLE_OFFSETS = Object.freeze({
  stx: 0,
  systemIndicator: 1,
  routingIndicator: 3,
  clientNumber: 9,
  merchantNumber: 13,
  terminalNumber: 25,
  transactionMode: 28,
  sequenceNumber: 29,
  transactionClass: 35,
  transactionCode: 36,
  body: 38,
});
