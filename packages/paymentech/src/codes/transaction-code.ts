// Tampa transaction codes (preamble offset 36): AM-NC action table plus the /n software PTech enums (notes 3.1).

/** Every code the public sources show, with what it does. */
export const TRANSACTION_CODES: Readonly<Record<string, string>> = Object.freeze({
  '01': 'Sale',
  '02': 'Authorization only',
  '03': 'Capture / prior sale / force',
  '04': 'Hotel no-show (inferred)',
  '06': 'Return / credit',
  '09': 'Partial authorization reversal',
  '27': 'Interac sale',
  '28': 'Interac sale with cash back',
  '29': 'Interac return',
  '41': 'Void',
  '44': 'Interac void sale',
  '45': 'Interac void return',
  '46': 'Reversal advice',
  '47': 'Interac reversal advice',
});

/** Codes whose request body layout is public and implemented here. */
export const SUPPORTED_TRANSACTION_CODES = ['01', '02', '03', '06', '09', '41', '46'] as const;
export type SupportedTransactionCode = (typeof SUPPORTED_TRANSACTION_CODES)[number];
