/** Shape of one row of the input parameter table (`appendix-e.ts`). */

import type { SensitiveKind } from '@paywire/core';
import type { Action } from './actions.js';

/**
 * - `string`: free text (printable, no line breaks)
 * - `number`: digits only (Appendix E "number"); `integer` says how the typed API holds it
 * - `yn`: `y` or `n` (Appendix E "y/n"); a boolean in the typed API
 * - `enum`: one of `values`
 */
export type ParamType = 'string' | 'number' | 'yn' | 'enum';

export interface ParamSpec {
  /** Wire name. For item fields (`indexed`) the base name: `productcode` for `productcode1..N`. */
  readonly name: string;
  /** Property of the typed request. */
  readonly prop: string;
  readonly type: ParamType;
  /** Typed API representation: number (integer cents, counts), boolean (y/n) or string. */
  readonly typed: 'string' | 'integer' | 'boolean';
  readonly min: number;
  readonly max: number;
  /** Extra format rule beyond `type` (e.g. MMYY, nnn-nnnnnnnnnn). */
  readonly pattern?: RegExp;
  /** Words for the pattern, used in messages. */
  readonly patternText?: string;
  /** Allowed values with meanings (`enum`). */
  readonly values?: Readonly<Record<string, string>>;
  /** Actions that accept the parameter. */
  readonly actions: readonly Action[];
  /** Actions that require it on their own (cross-field requirements live in `request/rules.ts`). */
  readonly required?: readonly Action[];
  /** Card data or secret: masked in errors, traces and redacted output. */
  readonly sensitive?: SensitiveKind;
  /** Appendix E "Service" column, or the guide section that documents the parameter. */
  readonly service?: string;
  /** Guide section. */
  readonly spec: string;
  /** `productcode#`-style item field: wire names are `name` + 1..numitems. */
  readonly indexed?: boolean;
  /** Where the sources disagree, what this table does (also in the README). */
  readonly decision?: string;
}
