/** The package's error family: `PaywireError` with `family: 'paymentech'` and core's numbers. */
import { ErrorCode, PaywireError, type PaywireErrorOptions } from '@paywire/core';

export const FAMILY = 'paymentech';

/** An error about one field; `actual` must already be masked when the field is sensitive. */
export function paymentechError(
  code: number,
  field: string | undefined,
  message: string,
  extra: Omit<PaywireErrorOptions, 'field' | 'family'> = {},
): PaywireError {
  return new PaywireError(code, field === undefined ? message : `${field}: ${message}`, {
    ...extra,
    field,
    family: FAMILY,
  });
}

/** A part of the format no public source documents: refused rather than guessed (704 UNSUPPORTED). */
export function unsupported(field: string, what: string): PaywireError {
  return paymentechError(
    ErrorCode.UNSUPPORTED,
    field,
    `${what} is not in any public Tampa/UTF197 source; refusing to guess`,
  );
}
