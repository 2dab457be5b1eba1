// Body of capture / force (03): AM-NC commit_capture_partial_reverse, approval code in FS field 7, FS9-FS12, tokens.
import type { FieldSpec } from '@paywire/core';
import { REQUEST_TOKEN_LIST } from '../../tokens/request-tokens.js';
import { CARD_FIELDS, unknownField } from '../card-fields.js';
import { INDUSTRY_DATA } from '../industry-data.js';
import { APPROVAL_CODE_OPTIONAL, FILLER, STREET_ADDRESS, ZIP_CODE } from './financial.js';

export const APPROVAL_CODE_REQUIRED: FieldSpec = { ...APPROVAL_CODE_OPTIONAL, min: 1, optional: false };

export const CAPTURE_BODY: readonly FieldSpec[] = [
  ...CARD_FIELDS,
  FILLER,
  unknownField(4),
  unknownField(5),
  INDUSTRY_DATA,
  APPROVAL_CODE_REQUIRED,
  unknownField(8),
  STREET_ADDRESS,
  ZIP_CODE,
  unknownField(11),
  REQUEST_TOKEN_LIST,
];
