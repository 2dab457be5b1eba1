// EIS 1080 §6.165 Returned authorization characteristics indicator (Table 6.81), response byte 4.

export const returnedAciCodes = {
  A: 'CPS qualified',
  B: 'tokenized e-commerce with a mobile device',
  C: 'CPS qualified, self-service fuel dispenser',
  E: 'CPS qualified, card acceptor data supplied',
  F: 'CPS qualified, Visa account funding',
  I: 'CPS qualified incremental authorization',
  J: 'card not present, recurring bill payment',
  K: 'CPS qualified with AVS (stripe unreadable)',
  M: 'meets national payment service rules without AVS (direct marketing)',
  N: 'not CPS qualified',
  P: 'CPS qualified preferred customer, or 3-D Secure failure on T&E',
  R: 'recurring or installment payment (also healthcare MCCs bypassing AVS)',
  S: 'CPS attempted, preferred e-commerce (3-D Secure)',
  T: 'cannot take part in CPS',
  U: 'CPS qualified, preferred e-commerce (3-D Secure)',
  V: 'CPS qualified with AVS',
  W: 'CPS qualified, basic e-commerce (no 3-D Secure)',
  ' ': 'Y was requested but the transaction did not qualify',
} as const satisfies Readonly<Record<string, string>>;

export type ReturnedAci = keyof typeof returnedAciCodes;

/** What byte 56 of a request may hold: a requested ACI, or in a reversal the original's returned ACI. */
export const requestAciByteCodes: Readonly<Record<string, string>> = {
  ...returnedAciCodes,
  N: 'device is not CPS capable / not CPS qualified',
  Y: 'device is CPS / Merit capable',
  P: 'CPS capable: keyed hotel or preferred customer (Mastercard: TIPS); or returned P in a reversal',
  I: 'CPS capable: incremental authorization (not for Amex); or returned I in a reversal',
  R: 'recurring payment without AVS (also healthcare MCCs bypassing AVS)',
};
