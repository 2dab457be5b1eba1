/** Guide §VI, "AVS Returns Codes": the returned `avs` value. */

export const AVS_RESULT = {
  X: 'exact match, 9-digit zip',
  Y: 'exact match, 5-digit zip',
  A: 'street address match only',
  W: '9-digit zip match only',
  Z: '5-digit zip match only',
  N: 'no match on street address or zip',
  U: 'AVS unavailable on this card',
  G: 'non-US issuer, AVS unavailable',
  R: 'issuer system down, retry later',
  E: 'error, ineligible (not a mail/phone order)',
  S: 'service not supported',
  '0': 'general decline or other error',
} as const;

export type AvsResult = keyof typeof AVS_RESULT;
