// EIS 1080 §6.49 Cardholder identification code (Table 6.22), request byte 63.

export const cardholderIdentificationCodes = {
  A: 'PIN, 23-character static key (outside the USA)',
  B: 'PIN at an automated dispensing machine, 32-character static key',
  C: 'self-service limited amount terminal, no ID method',
  D: 'self-service terminal, no ID method',
  E: 'customer-activated fuel dispenser, no ID method',
  F: 'PIN verified offline by the chip (also CDCVM / on-device CVM)',
  G: 'clear-text offline PIN (not for requests: send F)',
  J: 'PIN at an automated dispensing machine, 32-character DUKPT',
  K: 'online PIN, 32-character DUKPT',
  M: 'card present, stripe unreadable, AVS data sent (keyed)',
  N: 'card not present (incl. e-commerce), AVS data sent',
  P: 'no CVM required (EMV contact / EMV-mode contactless only)',
  S: 'PIN, 32-character static key',
  Z: 'signature, terminal has a PIN pad (or no signature needed on a stripe read)',
  '@': 'signature, no PIN pad (or no signature needed on a stripe read)',
} as const satisfies Readonly<Record<string, string>>;

export type CardholderIdentificationCode = keyof typeof cardholderIdentificationCodes;

/** Codes whose cardholder identification data is a PIN block (+ KSN). */
export const PIN_CARDHOLDER_ID_CODES: ReadonlySet<string> = new Set(['A', 'B', 'J', 'K', 'S']);
/** Codes whose cardholder identification data is AVS data (street + ZIP). */
export const AVS_CARDHOLDER_ID_CODES: ReadonlySet<string> = new Set(['M', 'N', '@', 'Z', 'C', 'D', 'E']);
