// EIS 1081 §4.300 Table 4.59 — transaction code of a detail record.
export const transactionCodes = {
  '54': 'purchase (online or offline)',
  '55': 'cash advance',
  '56': 'purchase, card not present',
  '57': 'quasi-cash',
  '5B': 'bill payment',
  '5G': 'account funding purchase',
  '5H': 'account funding purchase, card not present',
  '5J': 'cardholder funds transfer',
  '5K': 'cardholder funds transfer, card not present',
  '92': 'EBT food stamps return',
  '93': 'debit purchase (online)',
  '94': 'debit return (online)',
  '96': 'EBT cash benefits withdrawal',
  '98': 'EBT food stamps purchase',
  '9B': 'bill payment (debit)',
  '9C': 'PINless debit bill payment',
  '9E': 'EBT food stamps electronic voucher',
  '9F': 'EBT cash benefits purchase / cash back',
  '9G': 'debit account funding purchase',
  '9H': 'debit account funding return',
  '9J': 'debit cardholder funds transfer',
  '9K': 'debit funds transfer return',
  A0: 'chip card transaction advice',
  CR: 'credit / return (offline)',
  FR: 'account funding credit / return',
  H4: 'ACH purchase',
  HR: 'ACH return',
  M6: 'internal use',
  MR: 'internal use',
  TR: 'cardholder funds transfer credit / return',
  R3: 'debit prepaid load',
} as const;

export type TransactionCode = keyof typeof transactionCodes;

/**
 * Codes whose settlement amount is money going back to the cardholder: subtracted from the
 * batch net deposit (§4.41).
 */
export const creditTransactionCodes: ReadonlySet<string> = new Set([
  'CR',
  'FR',
  'TR',
  '92',
  '94',
  '9H',
  '9K',
  'HR',
]);
