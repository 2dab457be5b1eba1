// EIS 1080 §6.73 Device code (Table 6.39), byte 30 of the request.
// Unknown is the LETTER `O` here; EIS 1081 (settlement header) prints the DIGIT `0` — see README.

export const deviceCodes = {
  O: 'unknown or unsure (letter O)',
  A: 'TSYS Secur-ePayment (TSEP)',
  B: 'automated teller machine',
  C: 'personal computer',
  D: 'dial terminal',
  E: 'electronic cash register',
  G: 'mobile payment acceptance',
  H: 'TSYS hosted payment',
  I: 'in-store promotion',
  J: 'multi payment acceptance',
  M: 'mainframe',
  P: 'POS-port',
  Q: 'third-party developer',
  R: 'POS Port',
  S: 'POS-partner',
  T: 'counter payment acceptance',
  W: 'web payment acceptance',
  X: 'EMV contact / contactless terminal (mandatory for EMV-mode chip transactions)',
  Z: 'suppress PS2000 / Merit response fields',
} as const satisfies Readonly<Record<string, string>>;

export type DeviceCode = keyof typeof deviceCodes;

/** Device codes accepted when decoding: the digit `0` (EIS 1081 / older integrations) is tolerated. */
export const deviceCodesLenient: Readonly<Record<string, string>> = {
  ...deviceCodes,
  '0': 'unknown (digit zero, as printed in EIS 1081; EIS 1080 uses the letter O)',
};
