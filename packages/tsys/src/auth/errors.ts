// Error family `tsys` for the EIS 1080 codec; numbers follow the TSYSHealthCare SDK where meanings match.

import { ErrorCode, errorNameOf, PaywireError, registerErrorCodes } from '@paywire/core';

/** Codes this package adds to the core list (SDK numbers). */
export const TsysErrorCode = {
  ...ErrorCode,
  /** The HTTPS gateway answered with an `NNN - text` error body instead of a packet. */
  SERVER_ERROR_RESPONSE: 524,
} as const;

// Register only what nobody registered yet (the settlement codec may share these numbers).
for (const [name, code] of Object.entries({ SERVER_ERROR_RESPONSE: 524 })) {
  if (errorNameOf(code) === undefined) registerErrorCodes({ [name]: code });
}

export const FAMILY = 'tsys';

export function tsysError(
  code: number,
  message: string,
  options: { field?: string; offset?: number; expected?: string; actual?: string } = {},
): PaywireError {
  return new PaywireError(code, options.field ? `${options.field}: ${message}` : message, {
    ...options,
    family: FAMILY,
  });
}
