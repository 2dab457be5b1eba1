/** The package's error family: every error thrown here is a core `PaywireError` with `family: 'fdms-gift'`. */

import { ErrorCode, PaywireError, type PaywireErrorOptions } from '@paywire/core';

export const FAMILY = 'fdms-gift';

/**
 * Error numbers used by this package. All of them are core numbers (the seed SDK's numbers where
 * the meaning matches), so the package registers nothing and cannot collide with other families.
 */
export const GiftErrorCode = {
  /** 501: a value is shorter or longer than the field allows. */
  INVALID_LENGTH: ErrorCode.INVALID_LENGTH,
  /** 502: a value has characters the field type does not allow. */
  INVALID_FORMAT: ErrorCode.INVALID_FORMAT,
  /** 503: a value is outside its range (amount digits, dates). */
  OUT_OF_RANGE: ErrorCode.OUT_OF_RANGE,
  /** 511: bad input to the crypto helpers (key sizes, checksums). */
  INVALID_DATA: ErrorCode.INVALID_DATA,
  /** 512: the payload or a history record ends early. */
  TRUNCATED: ErrorCode.TRUNCATED,
  /** 519: a payload that is not an SVdot message (framing, field ids, duplicates). */
  CORRUPT_RESPONSE: ErrorCode.CORRUPT_RESPONSE,
  /** 520: empty payload. */
  EMPTY_RESPONSE: ErrorCode.EMPTY_RESPONSE,
  /** 593: a field the request code needs is missing. */
  MISSING_VALUE: ErrorCode.MISSING_VALUE,
  /** 702: input larger than any SVdot payload. */
  INPUT_TOO_LARGE: ErrorCode.INPUT_TOO_LARGE,
  /** 704: a history format or operation the sources do not describe. */
  UNSUPPORTED: ErrorCode.UNSUPPORTED,
  /** 705: a field that the request code does not take, or contradictory options. */
  INVALID_ARGUMENT: ErrorCode.INVALID_ARGUMENT,
} as const;

export function giftError(code: number, message: string, options: Omit<PaywireErrorOptions, 'family'> = {}) {
  return new PaywireError(code, message, { ...options, family: FAMILY });
}
