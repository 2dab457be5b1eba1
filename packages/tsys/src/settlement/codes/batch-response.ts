// EIS 1081 §4.44 T4.14 batch response code, §4.117 T4.27 error type, §4.116 T4.26 error record type.
export const batchResponseCodes = { GB: 'good batch', QD: 'duplicate batch', RB: 'rejected batch' } as const;

export const errorTypes = {
  B: 'blocked terminal',
  C: 'card type error',
  D: 'device error',
  E: 'error in batch',
  I: 'input/output system error',
  L: 'line item sequence error',
  P: 'platform residency requirement error',
  S: 'sequence error',
  T: 'transmission error',
  U: 'unknown error',
  V: 'routing error',
} as const;

/**
 * Error record type. T4.26 lists H P E D L T K C; Appendix A also reports `A` (Amex line item),
 * `X` (Canadian tax), `K` for header fields and `0` when no record applies.
 */
export const errorRecordTypes = {
  H: 'header record',
  P: 'parameter record',
  E: 'encrypted transmission block record',
  D: 'detail record',
  L: 'line item detail record',
  T: 'trailer record',
  K: 'hierarchy (header) record',
  C: 'chip card addendum record',
  A: 'Amex line item record',
  X: 'Canadian tax line item record',
  '0': 'not record specific',
} as const;
