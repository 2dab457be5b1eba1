// EIS 1080 §6.162 Requested authorization characteristics indicator (Tables 6.78, 6.79), byte 56.
// In a reversal the same byte carries the RETURNED ACI of the original (Table 8.10), so decoding is open.

export const requestedAciCodes = {
  N: 'device is not CPS / Merit capable',
  Y: 'device is CPS / Merit capable',
  P: 'CPS capable: keyed hotel or preferred customer (Mastercard: TIPS)',
  I: 'CPS capable: incremental authorization (not for Amex)',
  R: 'recurring payment without AVS (also healthcare MCCs bypassing AVS; Mastercard SIIP)',
} as const satisfies Readonly<Record<string, string>>;

export type RequestedAci = keyof typeof requestedAciCodes;
