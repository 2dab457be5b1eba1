// G3v017 Secure e-Commerce transaction — EIS 1080 v17.6 §5.2.13, Tables 5.29/5.30 (L4627-4674).

import type { FieldSpec } from '@paywire/core';
import { fixed, fs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** §6.55 CAVV results code. */
export const cavvResultsCodes: Readonly<Record<string, string>> = {
  '0': 'CAVV not verified or not provided when expected',
  '1': 'CAVV failed verification: cardholder authentication',
  '2': 'CAVV passed verification: cardholder authentication',
  '3': 'CAVV passed verification: attempted authentication (issuer attempts server)',
  '4': 'CAVV failed verification: attempted authentication (issuer attempts server)',
  '5': 'Reserved',
  '6': 'Reserved / CAVV not verified',
  '7': 'CAVV failed verification: attempted authentication (Visa attempts service)',
  '8': 'CAVV passed verification: attempted authentication (Visa attempts service)',
  '9': 'CAVV failed verification: attempted authentication, issuer ACS not available',
  A: 'CAVV passed verification: attempted authentication, issuer ACS not available',
  B: 'CAVV passed verification: attempted authentication, no liability shift',
  C: 'CAVV not verified: attempted authentication',
  D: 'CAVV not verified: cardholder authentication',
  U: 'CAVV unchecked (Amex)',
};

/** Table 5.29. */
export const v017Request: readonly FieldSpec[] = [
  fixed('xid', 'XID or Amex SafeKey/Token Block B', 40, 'alphanumeric', '6.220'),
  fixed('cavv', 'CAVV, CAVV Revised or Amex SafeKey/Token Block A', 40, 'alphanumeric', '6.54'),
];

/** Table 5.29 when the XID (0 or 40) is empty: the CAVV alone. */
export const v017RequestCavvOnly: readonly FieldSpec[] = v017Request.slice(1);

/** Table 5.30. */
export const v017Response: readonly FieldSpec[] = [
  fs('cavvResultsCode', 'CAVV Results Code', 0, 1, 'alphanumeric', '6.55', {
    values: cavvResultsCodes,
    openValues: true,
  }),
];

export const v017: GroupIIIVersionSpec = {
  version: '017',
  title: 'Secure e-Commerce transaction',
  reference: 'EIS 1080 v17.6 \u00a75.2.13, Tables 5.29-5.30, L4627-4674',
  status: 'active',
  request: [
    { table: 'Table 5.29', name: 'CAVV only', fields: v017RequestCavvOnly },
    { table: 'Table 5.29', name: 'XID and CAVV', fields: v017Request },
  ],
  response: [{ table: 'Table 5.30', fields: v017Response }],
  note: 'XID (0 or 40) and CAVV (40) have no separator between them: 40 bytes of data are a CAVV alone, 80 bytes are XID then CAVV.',
};
