// G3v047 RESERVED TSYS internal use only — EIS 1080 v17.6 §5.2.43 (L5640-5642); Table 6.46 L10301.

import type { GroupIIIVersionSpec } from './types.js';

export const v047: GroupIIIVersionSpec = {
  version: '047',
  title: 'RESERVED TSYS internal use only',
  reference: 'EIS 1080 v17.6 §5.2.43, L5640-5642',
  status: 'internal',
  request: [],
  response: [],
  note: 'Reserved for TSYS; no layout is published, so records of this version are kept raw in both directions.',
};
