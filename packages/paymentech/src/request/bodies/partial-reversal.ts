// Body of partial authorization reversal (09): AM-NC commit_capture_partial_reverse, ends after FS8 (no tokens).
import type { FieldSpec } from '@paywire/core';
import { CARD_FIELDS, unknownField } from '../card-fields.js';
import { INDUSTRY_DATA } from '../industry-data.js';
import { APPROVAL_CODE_REQUIRED } from './capture.js';
import { FILLER } from './financial.js';

export const PARTIAL_REVERSAL_BODY: readonly FieldSpec[] = [
  ...CARD_FIELDS,
  FILLER,
  unknownField(4),
  unknownField(5),
  INDUSTRY_DATA,
  APPROVAL_CODE_REQUIRED,
];
