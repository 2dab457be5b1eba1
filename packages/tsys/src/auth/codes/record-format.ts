// EIS 1080 §6.158 Record format (Table 6.75): first byte of every authorization record.

/** Request record formats. */
export const requestRecordFormats = {
  D: 'credit card authorization request (Groups I and III)',
  W: 'encrypted credit card authorization request (needs Group III 052)',
  Y: 'credit authorization request with a TSYS token in place of the account number',
  T: 'debit / EBT authorization request (Groups I, II and III)',
  X: 'encrypted debit / EBT authorization request',
  Z: 'debit / EBT non-confirm request with a TSYS token',
  V: 'debit / EBT confirmation record (no response)',
} as const satisfies Readonly<Record<string, string>>;

/** Response record formats. */
export const responseRecordFormats = {
  E: 'credit card authorization response (Groups I and III)',
  U: 'debit / EBT authorization response (Groups I, II and III)',
} as const satisfies Readonly<Record<string, string>>;

export type RequestRecordFormat = keyof typeof requestRecordFormats;
export type ResponseRecordFormat = keyof typeof responseRecordFormats;

/** Record formats that carry Group II (debit / EBT). */
export function hasGroupII(recordFormat: string): boolean {
  return recordFormat === 'T' || recordFormat === 'X' || recordFormat === 'Z' || recordFormat === 'U';
}

/** Which response format answers a request format (Table 5.1); `V` gets no answer. */
export const responseFormatFor: Readonly<Record<string, ResponseRecordFormat | undefined>> = {
  D: 'E',
  W: 'E',
  Y: 'E',
  T: 'U',
  X: 'U',
  Z: 'U',
  V: undefined,
};
