/** Shape shared by every Paymentech host error table (seed `PTechECommerce`, "Paymentech Server Errors"). */

/** Which host table a code comes from. Host codes are a namespace of their own, apart from client errors. */
export type HostErrorTable = 'issuer' | 'format' | 'setup' | 'debit' | 'batch';

export interface HostErrorEntry {
  /** The number as the host sends it (3 digits). */
  readonly code: string;
  /** The short display text the host puts in the response text field. */
  readonly text: string;
  /** What the code means, in our words. */
  readonly meaning: string;
  readonly table: HostErrorTable;
}

/** Builds a table from `[code, text, meaning]` rows. */
export function hostTable(
  table: HostErrorTable,
  rows: readonly (readonly [string, string, string])[],
): readonly HostErrorEntry[] {
  return Object.freeze(rows.map(([code, text, meaning]) => Object.freeze({ code, text, meaning, table })));
}
