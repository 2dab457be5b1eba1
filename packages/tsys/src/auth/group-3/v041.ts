// G3v041 NTIA UPC/SKU data — EIS 1080 v17.6 §5.2.37, Tables 5.78/5.79 (L5428-5440).

import type { FieldSpec } from '@paywire/core';
import { fs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.78. */
export const v041Request: readonly FieldSpec[] = [fs('upcSku', 'UPC/SKU', 1, 34, 'alphanumeric', '6.139')];

/** Table 5.79: the version number alone. */
export const v041Response: readonly FieldSpec[] = [];

export const v041: GroupIIIVersionSpec = {
  version: '041',
  title: 'NTIA UPC/SKU data',
  reference: 'EIS 1080 v17.6 \u00a75.2.37, Tables 5.78-5.79, L5428-5440',
  status: 'active',
  request: [{ table: 'Table 5.78', fields: v041Request }],
  response: [{ table: 'Table 5.79', fields: v041Response }],
};
