// EIS 1081 §4.58 Table 4.16 — how the cardholder was identified.
export const cardholderIdentificationCodes = {
  A: 'PIN, 23-byte static key',
  B: 'PIN at automated dispensing machine, 32-byte static key',
  C: 'self-service limited amount terminal',
  D: 'self-service terminal',
  E: 'cardholder-activated fuel dispenser',
  F: 'offline PIN verified by the chip',
  G: 'clear text PIN',
  J: 'PIN at automated dispensing machine, DUKPT',
  K: 'PIN, 32-byte DUKPT (online PIN)',
  M: 'card present, magnetic stripe unreadable / AVS',
  N: 'card not present / AVS / e-commerce',
  P: 'no CVM required',
  R: 'reserved',
  S: 'PIN, 32-byte static key',
  T: 'reserved',
  Z: 'signature, terminal has a PIN pad',
  '@': 'signature, no PIN pad',
} as const;
export type CardholderIdentificationCode = keyof typeof cardholderIdentificationCodes;
