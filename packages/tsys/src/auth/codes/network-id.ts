// EIS 1080 §6.137-6.138 Network ID and sharing group codes (Table 6.54).
// The response carries the one-character shared group code; `V` or `5` means the debit
// request was processed as a credit purchase and must be settled as credit (§6.138).

export const sharingGroupCodes = {
  G: 'Interlink',
  B: 'Plus ATM',
  O: 'Cirrus ATM',
  J: 'Mastercard ATM',
  N: 'STAR',
  S: 'PULSE',
  W: 'STAR SE',
  Z: 'STAR NE',
  Q: 'STAR W',
  U: 'AFFN',
  M: 'STAR',
  '8': 'Maestro',
  L: 'Pulse',
  Y: 'NYCE',
  H: 'PULSE',
  E: 'Accel',
  C: 'CU24',
  F: 'NYCE',
  '7': 'ITS Shazam',
  K: 'EBT',
  T: 'EBT ATM',
  A: 'Amex ATM',
  D: 'Discover ATM',
  '1': 'AFFN ATM',
  '5': 'Visa Check Card II (processed as credit)',
  '!': 'ATH / Evertec',
  V: 'processed as a credit card purchase',
} as const satisfies Readonly<Record<string, string>>;

/** Network id code in a debit response that means "settle this as credit" (§6.138). */
export function processedAsCredit(networkIdCode: string | undefined): boolean {
  return networkIdCode === 'V' || networkIdCode === '5';
}
