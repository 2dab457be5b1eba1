// Seed PTechECommerce, "Class errors" (raised by the SDK itself, never sent by the host). Kept apart from host codes.
import { ErrorCode } from '@paywire/core';

export interface ClientErrorEntry {
  /** The SDK's number. */
  readonly code: number;
  readonly text: string;
  /** The paywire `ErrorCode` this package raises for the same situation, when there is one. */
  readonly paywireCode: number | undefined;
}

const row = (code: number, text: string, paywireCode?: number): ClientErrorEntry =>
  Object.freeze({ code, text, paywireCode });

export const CLIENT_ERRORS: readonly ClientErrorEntry[] = Object.freeze([
  row(432, 'Invalid Index'),
  row(501, 'Property length is invalid', ErrorCode.INVALID_LENGTH),
  row(504, 'Luhn digit check failed.', ErrorCode.LUHN_CHECK_FAILED),
  row(505, 'Card date invalid.', ErrorCode.CARD_DATE_INVALID),
  row(506, 'Card expired.', ErrorCode.CARD_EXPIRED),
  row(511, 'Property is set with invalid data.', ErrorCode.INVALID_DATA),
  row(517, 'Response length mismatch.', ErrorCode.LENGTH_MISMATCH),
  row(518, 'LRC check failed.', ErrorCode.LRC_CHECK_FAILED),
  row(519, 'Corrupt response.', ErrorCode.CORRUPT_RESPONSE),
  row(545, 'Error found in token data'),
  row(546, 'Missing property for current method call.', ErrorCode.MISSING_VALUE),
  row(547, 'Verification of post data failed: Invalid mix of properties for the current method call.'),
]);

/** The SDK's client error for a number (client namespace only; host codes live in `lookupServerError`). */
export function lookupClientError(code: number): ClientErrorEntry | undefined {
  return CLIENT_ERRORS.find((e) => e.code === code);
}
