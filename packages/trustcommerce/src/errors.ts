/**
 * The trustcommerce error family. Client-side validation failures read like the gateway's own
 * `status=baddata` answer: `error` is one of the guide's bad-data reasons and `offenders` names
 * the fields. Numeric codes reuse the shared paywire numbers (no new registrations, so the
 * family can never collide with another package's codes).
 */

import { ErrorCode, PaywireError, type PaywireErrorJSON } from '@paywire/core';

export const FAMILY = 'trustcommerce';

/** The `error` values of a `baddata` answer (guide §V, "Bad Data"). */
export type BadDataError =
  | 'missingfields'
  | 'extrafields'
  | 'badformat'
  | 'badlength'
  | 'merchantcantaccept'
  | 'mismatch';

/** Shared paywire code used for each bad-data reason. */
export const BAD_DATA_CODE: Readonly<Record<BadDataError, number>> = {
  missingfields: ErrorCode.MISSING_VALUE,
  extrafields: ErrorCode.INVALID_DATA,
  badformat: ErrorCode.INVALID_FORMAT,
  badlength: ErrorCode.INVALID_LENGTH,
  merchantcantaccept: ErrorCode.INVALID_DATA,
  mismatch: ErrorCode.INVALID_DATA,
};

export interface TrustCommerceErrorJSON extends PaywireErrorJSON {
  error?: BadDataError;
  offenders?: string[];
}

export interface TrustCommerceErrorOptions {
  field?: string | undefined;
  offset?: number | undefined;
  expected?: string | undefined;
  actual?: string | undefined;
  /** Bad-data reason when the error mirrors a `baddata` answer. */
  error?: BadDataError | undefined;
  /** Offending parameter names (the gateway's `offenders`). */
  offenders?: readonly string[] | undefined;
}

/**
 * A `PaywireError` of family `trustcommerce`. Check it with `isPaywireError(e) && e.family ===
 * 'trustcommerce'` and read `error`/`offenders`; never `instanceof` across ESM/CJS copies.
 */
export class TrustCommerceError extends PaywireError {
  /** Bad-data reason (`missingfields`, `badformat`, ...) when this mirrors a `baddata` answer. */
  readonly error: BadDataError | undefined;
  /** Offending parameter names, as the gateway's `offenders` would list them. */
  readonly offenders: readonly string[];

  constructor(code: number, message: string, options: TrustCommerceErrorOptions = {}) {
    super(code, message, {
      family: FAMILY,
      field: options.field ?? options.offenders?.[0],
      offset: options.offset,
      expected: options.expected,
      actual: options.actual,
    });
    this.error = options.error;
    this.offenders = options.offenders ?? (options.field !== undefined ? [options.field] : []);
  }

  override toJSON(): TrustCommerceErrorJSON {
    const out: TrustCommerceErrorJSON = super.toJSON();
    if (this.error !== undefined) out.error = this.error;
    if (this.offenders.length > 0) out.offenders = [...this.offenders];
    return out;
  }
}

/** Wire-level error (framing, characters, sizes). */
export function wireError(
  code: number,
  message: string,
  options: TrustCommerceErrorOptions = {},
): TrustCommerceError {
  return new TrustCommerceError(code, message, options);
}

/** An error that reads like the gateway's `baddata` answer. */
export function badData(
  error: BadDataError,
  offenders: readonly string[],
  message: string,
  extra: Omit<TrustCommerceErrorOptions, 'error' | 'offenders'> = {},
): TrustCommerceError {
  return new TrustCommerceError(BAD_DATA_CODE[error], message, { ...extra, error, offenders });
}
