// Body of reversal advice (46): card, expiry, amount, FS3-FS12 empty, tokens RN TC P1 P2 (AM-NC commit_reverse_advice).
import type { FieldSpec } from '@paywire/core';
import { REQUEST_TOKEN_LIST } from '../../tokens/request-tokens.js';
import { CARD_FIELDS, unknownField } from '../card-fields.js';

export const REVERSAL_ADVICE_BODY: readonly FieldSpec[] = [
  ...CARD_FIELDS,
  unknownField(3),
  unknownField(4),
  unknownField(5),
  unknownField(6),
  unknownField(7),
  unknownField(8),
  unknownField(9),
  unknownField(10),
  unknownField(11),
  REQUEST_TOKEN_LIST,
];
