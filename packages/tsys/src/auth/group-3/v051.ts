// G3v051 EMS service request/response — EIS 1080 v17.6 §5.2.47, Tables 5.96/5.97 (L5757-5790).

import type { FieldSpec } from '@paywire/core';
import { fixed, fixedFs, fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.96. */
export const v051Request: readonly FieldSpec[] = [
  fixed('emsServiceRequestIndicator', 'EMS Service Request Indicator', 1, 'numeric', '6.84'),
];

/** Table 5.97. */
export const v051Response: readonly FieldSpec[] = [
  fixedFs('emsScoringResponseIndicator', 'EMS Scoring Response Indicator', 2, 'numeric', '6.83'),
  fixedFs('emsResultsCode', 'EMS Results Code', 1, 'alphanumeric', '6.80'),
  fixedFs('emsAdditionalInformation', 'EMS Additional Information', 1, 'alphanumeric', '6.79'),
  fsZeroOr('emsRiskScore', 'EMS Risk Score', 3, 'numeric', '6.81'),
  fsZeroOr('riskScoreReasonCode', 'Risk Score Reason Code', 2, 'alphanumeric', '6.82'),
];

export const v051: GroupIIIVersionSpec = {
  version: '051',
  title: 'EMS service request/response',
  reference: 'EIS 1080 v17.6 \u00a75.2.47, Tables 5.96-5.97, L5757-5790',
  status: 'active',
  request: [{ table: 'Table 5.96', fields: v051Request }],
  response: [{ table: 'Table 5.97', fields: v051Response }],
  note: 'Mastercard card-not-present authorization requests only.',
};
