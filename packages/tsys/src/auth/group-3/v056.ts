// G3v056 Message reason code — EIS 1080 v17.6 §5.2.52, Tables 5.106/5.107 (L5973-5992).

import type { FieldSpec } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.106. */
export const v056Request: readonly FieldSpec[] = [
  fixed('messageReasonCode', 'Message Reason Code', 4, 'numeric', '6.134'),
];

/** Table 5.107: the version number alone. */
export const v056Response: readonly FieldSpec[] = [];

export const v056: GroupIIIVersionSpec = {
  version: '056',
  title: 'Message reason code',
  reference: 'EIS 1080 v17.6 \u00a75.2.52, Tables 5.106-5.107, L5973-5992',
  status: 'active',
  request: [{ table: 'Table 5.106', fields: v056Request }],
  response: [{ table: 'Table 5.107', fields: v056Response }],
  note: 'Required on every reversal and reversal advice.',
};
