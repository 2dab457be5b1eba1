// EIS 1081 §4.33 T4.10 application type, §4.101 T4.21 device code, §4.142 T4.31 industry code, §4.47 blocking.
export const applicationTypes = {
  '1': 'single batch per connection',
  '3': 'multiple batches per connection',
  '5': 'single batch, Visa/Mastercard line item details',
  '6': 'multiple batches, Visa/Mastercard line item details',
} as const;
export type ApplicationType = keyof typeof applicationTypes;

/** Device code. 1081 prints the digit `0` for unknown (EIS 1080 prints the letter `O`). */
export const deviceCodes = {
  '0': 'unknown',
  C: 'personal computer',
  D: 'dial terminal',
  E: 'electronic cash register',
  G: 'mobile payment acceptance',
  H: 'TSYS hosted payment',
  I: 'in-store processor',
  J: 'multi payment acceptance',
  M: 'main frame',
  P: 'reserved (POS-port)',
  Q: 'third party developer',
  R: 'POS-port',
  S: 'POS Partner',
  T: 'counter payment acceptance',
  W: 'web payment acceptance',
  X: 'aggregator',
  Z: 'suppress PS2000/Merit fields',
} as const;

export const industryCodes = {
  '0': 'unknown',
  A: 'auto rental',
  B: 'bank / financial institution',
  D: 'direct marketing',
  F: 'food / restaurant',
  G: 'grocery / supermarket',
  H: 'hotel',
  L: 'limited amount terminal',
  O: 'oil company / automated fueling',
  P: 'passenger transport',
  R: 'retail',
} as const;
export type IndustryCode = keyof typeof industryCodes;

export const blockingIndicators = { '0': 'not blocked', '2': 'blocked' } as const;
