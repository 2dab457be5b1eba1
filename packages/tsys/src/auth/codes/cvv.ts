// EIS 1080 §6.215 Verification code request (Table 6.93) and §6.216 result code (Table 6.94).

/** Position 1 of the G3v007 request: is a verification code sent? */
export const cvvPresenceCodes = {
  '0': 'deliberately not provided',
  '1': 'present',
  '2': 'present but illegible',
  '9': 'cardholder says the card has none',
} as const satisfies Readonly<Record<string, string>>;

/** Position 2 of the G3v007 request: which answer is wanted. */
export const cvvResponseTypeCodes = {
  '0': 'response code only',
  '1': 'response code and verification result code',
} as const satisfies Readonly<Record<string, string>>;

/** Result code returned in the G3v007 response. */
export const cvvResultCodes = {
  M: 'match',
  N: 'no match',
  P: 'not processed',
  S: 'merchant says the card has no code',
  U: 'issuer not certified or has no Visa keys',
} as const satisfies Readonly<Record<string, string>>;
