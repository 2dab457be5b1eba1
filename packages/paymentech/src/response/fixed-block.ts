// Response fixed data, 62 bytes, FS-terminated (notes a.3 / tampa-more 2.1; AM-NC RESPONSE_FIELDS_FIXED).
import { type FieldSpec, FS } from '@paywire/core';
import { ACTION_CODES } from '../codes/action-code.js';
import { AVS_RESULTS } from '../codes/avs-result.js';
import { CARD_TYPES } from '../codes/card-type.js';

export const FIXED_BLOCK_LENGTH = 62;

export const FIXED_BLOCK_FIELDS: readonly FieldSpec[] = [
  { name: 'actionCode', label: 'action code', length: 1, values: ACTION_CODES, openValues: true },
  {
    name: 'avsResult',
    label: 'AVS result',
    length: 1,
    values: AVS_RESULTS,
    openValues: true,
    optional: true,
  },
  { name: 'approvalCode', label: 'approval code / host error number', length: 6, optional: true },
  { name: 'batchNumber', label: 'batch number', length: 6, optional: true },
  { name: 'retrievalNumber', label: 'retrieval number', length: 8, optional: true },
  { name: 'sequenceNumber', label: 'sequence number', length: 6, optional: true },
  { name: 'responseText', label: 'response text', length: 32, optional: true },
  {
    name: 'cardType',
    label: 'card type',
    length: 2,
    values: CARD_TYPES,
    openValues: true,
    optional: true,
    terminator: FS,
  },
];
