// G3v012 Commercial Card - IGOTS Large Ticket — EIS 1080 v17.6 §6.94,  (Table 6.46 L10258).

import type { FieldSpec } from '@paywire/core';
import type { GroupIIIVersionSpec } from './types.js';

/** : the version number alone. */
export const v012Request: readonly FieldSpec[] = [];

/** : the version number alone. */
export const v012Response: readonly FieldSpec[] = [];

export const v012: GroupIIIVersionSpec = {
  version: '012',
  title: 'Commercial Card - IGOTS Large Ticket',
  reference: 'EIS 1080 v17.6 \u00a76.94, Table 6.46 L10258',
  status: 'listed-only',
  request: [],
  response: [],
  note: 'Named only in the version list (Table 6.46); v17.6 has no layout, so records of this version are kept raw in both directions.',
};
