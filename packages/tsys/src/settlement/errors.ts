/** Settlement errors: `PaywireError` with family `tsys`, core's numeric codes (501 length, 502 format, 511 data, ...). */

import { ErrorCode, isPaywireError, PaywireError } from '@paywire/core';

export const FAMILY = 'tsys';

export function settlementError(
  code: number,
  message: string,
  extra: { field?: string | undefined; offset?: number | undefined; expected?: string; actual?: string } = {},
): PaywireError {
  return new PaywireError(code, extra.field ? `${extra.field}: ${message}` : message, {
    ...extra,
    family: FAMILY,
  });
}

/**
 * Re-raises an error with a field-path prefix and a message prefix (record index, group); anything
 * that is not a paywire error becomes 519 CORRUPT_RESPONSE so callers only ever see paywire errors.
 */
export function rethrowWithin(e: unknown, fieldPrefix: string, messagePrefix: string, offsetBase = 0): never {
  if (isPaywireError(e)) {
    const field =
      e.field === undefined ? fieldPrefix.replace(/\.$/, '') || undefined : `${fieldPrefix}${e.field}`;
    const offset = e.offset === undefined ? undefined : e.offset + offsetBase;
    const bare =
      e.field !== undefined && e.message.startsWith(`${e.field}: `)
        ? e.message.slice(e.field.length + 2)
        : e.message;
    throw new PaywireError(e.code, `${messagePrefix}${field ? `${field}: ` : ''}${bare}`, {
      field,
      offset,
      expected: e.expected,
      actual: e.actual,
      family: FAMILY,
      cause: e,
    });
  }
  throw new PaywireError(ErrorCode.CORRUPT_RESPONSE, `${messagePrefix}unexpected failure`, {
    family: FAMILY,
    field: fieldPrefix || undefined,
  });
}
