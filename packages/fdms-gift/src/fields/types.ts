/** Shapes of the SVdot field dictionary entries. */

import type { SensitiveKind } from '@paywire/core';

/**
 * SVdot value types.
 * - `AN` printable ASCII, left-justified
 * - `N` digits (a host may right-justify with leading spaces)
 * - `ZN` digits, zero-filled on the left up to the minimum length
 * - `SN` signed digits (`+`/`-` then digits)
 * - `HT` hex text (0-9, A-F; lower case accepted)
 * - `FDCD` the two-digits-per-byte history encoding of field D0 (see `history/`)
 */
export type FieldType = 'AN' | 'N' | 'ZN' | 'SN' | 'HT' | 'FDCD';

export interface FieldDef {
  /** Two upper-case hex digits, as written on the wire. */
  readonly id: string;
  /** Property name in decoded payloads (camelCase of the spec name). */
  readonly name: string;
  /** The spec's own name, shown in traces. */
  readonly label: string;
  readonly type: FieldType;
  readonly min: number;
  readonly max: number;
  /** Card data or secret: masked in errors, traces and redacted output. */
  readonly sensitive?: SensitiveKind;
  /** Known values and their meanings (shown in traces; never enforced on decode). */
  readonly values?: Readonly<Record<string, string>>;
}
