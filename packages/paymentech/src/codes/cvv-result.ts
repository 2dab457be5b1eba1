// Seed PTechECommerce response_cvv_result: one character (never returned for AMEX).
export const CVV_RESULTS: Readonly<Record<string, string>> = Object.freeze({
  M: 'CVV2 match',
  N: 'CVV2 no match',
  P: 'Not processed',
  S: 'Merchant says CVV2 is not on the card',
  U: 'Issuer not certified or has not supplied Visa keys',
});
