// G3v007 Card verification code 2 — EIS 1080 v17.6 §5.2.5, Tables 5.13/5.14 (L4459-4471); layout §6.215 T6.93, results §6.216 T6.94.

import type { FieldSpec } from '@paywire/core';
import { fixed, last } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 6.93 position 1. */
export const verificationCodePresenceIndicators: Readonly<Record<string, string>> = {
  '0': 'Verification code intentionally not provided',
  '1': 'Verification code is present',
  '2': 'Verification code is present but illegible',
  '9': 'Cardholder states the card has no verification code',
};

/** Table 6.93 position 2. */
export const verificationCodeResponseTypes: Readonly<Record<string, string>> = {
  '0': 'Only the normal response code',
  '1': 'Response code and verification code result code',
};

/** Table 6.94 Verification code result code. */
export const verificationCodeResultCodes: Readonly<Record<string, string>> = {
  M: 'CVV2/CVC2/CID match',
  N: 'CVV2/CVC2/CID no match',
  P: 'Not processed',
  S: 'Merchant indicated the verification code is not on the card',
  U: 'Issuer not certified or has not provided Visa encryption keys',
};

/**
 * Table 5.13: the 6-character Verification Code, split into its three parts (T6.93): presence
 * (position 1), response type (position 2) and the code itself (positions 3-6, right-justified,
 * space-filled; all spaces when position 1 is 0, 2 or 9, or for record format W).
 */
export const v007Request: readonly FieldSpec[] = [
  fixed('presenceIndicator', 'Verification Code: presence indicator', 1, 'numeric', '6.215', {
    values: verificationCodePresenceIndicators,
  }),
  fixed('responseType', 'Verification Code: response type', 1, 'numeric', '6.215', {
    values: verificationCodeResponseTypes,
  }),
  fixed('verificationCode', 'Verification Code (CVV2/CVC2/CID)', 4, 'alphanumeric', '6.215', {
    pad: 'space-left',
    optional: true,
    sensitive: 'cvv',
    check: (text) => (/^\d{3,4}$/.test(text) ? undefined : 'must be 3 or 4 digits'),
  }),
];

/** Table 5.14. */
export const v007Response: readonly FieldSpec[] = [
  last('verificationCodeResultCode', 'Verification Code Result Code', 0, 1, 'alphanumeric', '6.216', {
    values: verificationCodeResultCodes,
    openValues: true,
  }),
];

function check(fields: Readonly<Record<string, unknown>>, direction: string): string | undefined {
  if (direction !== 'request') return undefined;
  const presence = fields.presenceIndicator;
  const code = fields.verificationCode;
  if (presence === '1' && (code === undefined || code === ''))
    return 'presenceIndicator 1 needs a verificationCode';
  if (presence !== '1' && presence !== undefined && code !== undefined && code !== '') {
    return `presenceIndicator ${String(presence)} requires an empty verificationCode (positions 3-6 space-filled)`;
  }
  if (presence !== '1' && fields.responseType === '1')
    return 'responseType must be 0 unless presenceIndicator is 1';
  return undefined;
}

export const v007: GroupIIIVersionSpec = {
  version: '007',
  title: 'Card verification code 2',
  reference: 'EIS 1080 v17.6 §5.2.5, Tables 5.13-5.14, L4459-4471; §6.215-6.216',
  status: 'active',
  request: [{ table: 'Table 5.13', fields: v007Request }],
  response: [{ table: 'Table 5.14', fields: v007Response }],
  note: 'The code is masked in traces and errors. Presence 1 needs a code; 0, 2 and 9 send spaces.',
  check,
};
