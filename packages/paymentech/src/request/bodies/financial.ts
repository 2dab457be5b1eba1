// Body of sale (01), authorization (02) and refund (06): AM-NC commit_sale_auth_refund, FS1-FS12 then tokens.
import { type FieldSpec, FS } from '@paywire/core';
import { REQUEST_TOKEN_LIST } from '../../tokens/request-tokens.js';
import { CARD_FIELDS, unknownField } from '../card-fields.js';
import { INDUSTRY_DATA } from '../industry-data.js';

export const FILLER: FieldSpec = {
  name: 'filler',
  label: 'filler',
  length: 8,
  pad: 'none',
  format: 'numeric',
  default: '00000000',
  terminator: FS,
};

export const STREET_ADDRESS: FieldSpec = {
  name: 'streetAddress',
  label: 'cardholder street address (AVS)',
  terminator: FS,
  max: 40,
  optional: true,
};

export const ZIP_CODE: FieldSpec = {
  name: 'zipCode',
  label: 'cardholder ZIP / postal code (AVS)',
  terminator: FS,
  max: 9,
  optional: true,
};

/** FS field 7: empty here, the approval code of a capture (03) or partial reversal (09). */
export const APPROVAL_CODE_OPTIONAL: FieldSpec = {
  name: 'approvalCode',
  label: 'approval code',
  terminator: FS,
  max: 6,
  optional: true,
};

export const FINANCIAL_BODY: readonly FieldSpec[] = [
  ...CARD_FIELDS,
  FILLER,
  unknownField(4),
  unknownField(5),
  INDUSTRY_DATA,
  APPROVAL_CODE_OPTIONAL,
  unknownField(8),
  STREET_ADDRESS,
  ZIP_CODE,
  unknownField(11),
  REQUEST_TOKEN_LIST,
];
