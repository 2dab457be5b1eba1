// Body of void (41): retrieval number to void FS, last retrieval number FS, PAN FS, tokens (AM-NC void; seed void_transaction).
import { type FieldSpec, FS } from '@paywire/core';
import { REQUEST_TOKEN_LIST } from '../../tokens/request-tokens.js';
import { ACCOUNT_NUMBER } from '../card-fields.js';

export const VOID_BODY: readonly FieldSpec[] = [
  {
    name: 'retrievalNumberToVoid',
    label: 'retrieval number to void',
    terminator: FS,
    min: 1,
    max: 12,
    format: 'numeric',
  },
  {
    name: 'lastRetrievalNumber',
    label: 'last retrieval number',
    terminator: FS,
    min: 1,
    max: 12,
    format: 'numeric',
  },
  ACCOUNT_NUMBER,
  REQUEST_TOKEN_LIST,
];
