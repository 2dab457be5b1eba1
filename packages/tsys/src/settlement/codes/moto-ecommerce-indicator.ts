// EIS 1081 §4.196 Table 4.40 — MOTO / e-commerce indicator ('' = space: not MOTO).
export const motoEcommerceIndicators = {
  '': 'not a mail/telephone order',
  '1': 'one-time mail/telephone order',
  '2': 'recurring mail/telephone order',
  '3': 'installment mail/telephone order',
  '4': 'unknown classification',
  '5': 'secure e-commerce (3-D Secure)',
  '6': '3-D Secure attempted, not authenticated',
  '7': 'channel-encrypted e-commerce',
  '8': 'non-secure e-commerce',
  A: 'in-app authentication',
  R: 'first recurring SecureCode phone order',
  T: 'single SecureCode phone order',
} as const;
