/**
 * Response tokens (AM-NC parser: FS fields from index 10 on are `<id><data>`). Only CV (the CVV
 * result) is known by name; every token is kept as id + raw data. The last token may end at ETX
 * without a FS (as in the AM-NC test responses).
 */
import { type FieldSpec, FS } from '@paywire/core';

export const RESPONSE_TOKEN_LABELS: Readonly<Record<string, string>> = Object.freeze({
  CV: 'CVV result',
});

export const RESPONSE_TOKEN_FIELDS: readonly FieldSpec[] = [
  { name: 'id', label: 'token id', length: 2, pad: 'none' },
  {
    name: 'data',
    label: 'token data',
    terminator: FS,
    terminatorOptionalAtEnd: true,
    max: 512,
    optional: true,
  },
];

export const RESPONSE_TOKEN_LIST: FieldSpec = {
  name: 'tokens',
  label: 'tokens',
  rest: true,
  fields: RESPONSE_TOKEN_FIELDS,
  repeat: { max: 32 },
};

export interface ResponseToken {
  id: string;
  data?: string;
}
