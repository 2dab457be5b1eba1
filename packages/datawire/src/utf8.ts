/** UTF-8 for the XML text, on core's codec; errors are re-raised in the datawire family. */

import { type PaywireError, utf8Decode, utf8Encode } from '@paywire/core';
import { datawireError, ErrorCode } from './errors.js';

/** Encodes a string as UTF-8; lone surrogates are an error (they have no UTF-8 form). */
export function encodeUtf8(text: string): Uint8Array {
  try {
    return utf8Encode(text);
  } catch (e) {
    throw datawireError(ErrorCode.INVALID_FORMAT, 'lone surrogate cannot be encoded as UTF-8', {
      offset: (e as PaywireError).offset,
    });
  }
}

/** Decodes UTF-8 strictly; the error carries the byte offset of the bad sequence. */
export function decodeUtf8(bytes: Uint8Array, start = 0, end = bytes.length): string {
  try {
    return utf8Decode(bytes, start, end);
  } catch (e) {
    throw datawireError(ErrorCode.INVALID_FORMAT, 'input is not valid UTF-8', {
      offset: (e as PaywireError).offset,
      field: 'input',
    });
  }
}
