/** UTF-8 on core's codec, with errors re-raised as TrustCommerce `badformat` errors. */

import {
  utf8Decode as coreDecode,
  utf8Length as coreLength,
  ErrorCode,
  type PaywireError,
  utf8Write,
} from '@paywire/core';
import { wireError } from '../errors.js';

export { utf8Write };

/** Number of UTF-8 bytes of `text`; throws on a lone surrogate. */
export function utf8Length(text: string, field = 'value'): number {
  try {
    return coreLength(text);
  } catch {
    throw wireError(ErrorCode.INVALID_FORMAT, `${field}: contains a lone UTF-16 surrogate (no UTF-8 form)`, {
      field,
      error: 'badformat',
    });
  }
}

/** UTF-8 bytes of `text`. */
export function utf8Encode(text: string): Uint8Array {
  const out = new Uint8Array(utf8Length(text));
  utf8Write(text, out, 0);
  return out;
}

/**
 * Decodes UTF-8 in [start, end). `strict` throws on malformed sequences; otherwise each bad
 * sequence becomes U+FFFD, as URL-encoded form parsing does.
 */
export function utf8Decode(bytes: Uint8Array, start = 0, end = bytes.length, strict = true): string {
  try {
    return coreDecode(bytes, start, end, strict);
  } catch (e) {
    const offset = (e as PaywireError).offset;
    throw wireError(ErrorCode.INVALID_FORMAT, `input is not valid UTF-8 at byte ${offset}`, {
      offset,
      field: 'input',
    });
  }
}
