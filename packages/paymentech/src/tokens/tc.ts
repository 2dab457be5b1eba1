// Token TC, original transaction code of a reversal advice (AM-NC add_tc; derived in tampa-more 3.1).
import { TRANSACTION_CODES } from '../codes/transaction-code.js';
import type { TokenDefinition } from './token.js';

export const TC_TOKEN: TokenDefinition = {
  id: 'TC',
  key: 'tc',
  label: 'original transaction code',
  fields: [
    {
      name: 'originalTransactionCode',
      label: 'original transaction code',
      rest: true,
      min: 2,
      max: 2,
      format: 'numeric',
      values: TRANSACTION_CODES,
      optional: true,
    },
  ],
};
