/** The datawire error family: paywire errors with `family: 'datawire'` and the seed SDK's numbers where they fit. */

import { ErrorCode, PaywireError, type PaywireErrorOptions, registerErrorCodes } from '@paywire/core';

/**
 * Codes of this package. 529-531 are the FDMSGiftCard SDK's numbers (error in XML response,
 * status code / return code indicates an error); 741-742 are paywire's own.
 */
export const DatawireErrorCode = {
  /** Malformed XML or a document that is not the expected Datawire element structure (seed 529). */
  XML_ERROR: 529,
  /** `Status@StatusCode` is not `OK` (seed 530); thrown only by `assertDelivered`. */
  STATUS_CODE_ERROR: 530,
  /** `ReturnCode` is not `000` (seed 531); thrown only by `assertDelivered`. */
  RETURN_CODE_ERROR: 531,
  /** DOCTYPE internal subset, ENTITY declaration or undefined entity reference: refused, never expanded. */
  XML_ENTITY_REFUSED: 741,
  /** Nesting deeper, or more elements or attributes, than the parser allows. */
  XML_LIMIT_EXCEEDED: 742,
} as const;

registerErrorCodes(DatawireErrorCode);

export type DatawireErrorCodeNumber = (typeof DatawireErrorCode)[keyof typeof DatawireErrorCode];

/** A paywire error of the datawire family. */
export function datawireError(
  code: number,
  message: string,
  options: Omit<PaywireErrorOptions, 'family'> = {},
): PaywireError {
  const where = options.field !== undefined ? `${options.field}: ` : '';
  const at = options.offset !== undefined ? ` (at offset ${options.offset})` : '';
  return new PaywireError(code, `${where}${message}${at}`, { ...options, family: 'datawire' });
}

export { ErrorCode };
