/** Masked copies of raw packets for the hooks (card data never leaves unmasked by default). */

import { latin1ToBytes, maskPansInText, toEscaped } from '@paywire/core';
import { traceRequest } from '@paywire/paymentech';

const STAR = 0x2a;

/**
 * A copy of an encoded request with every sensitive field (PAN, CVV, track) masked in place, by
 * the codec's own trace. Bytes the codec cannot trace get every card-number-like run masked.
 */
export function maskRequestBytes(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  try {
    const { entries } = traceRequest(bytes);
    for (const e of entries) {
      if (e.sensitive === undefined || e.length === 0) continue;
      for (let i = 0; i < e.length; i++) {
        const c = e.raw.length === e.length ? e.raw.charCodeAt(i) : STAR;
        out[e.offset + i] = c > 0xff ? STAR : c;
      }
    }
    return out;
  } catch {
    return maskText(bytes);
  }
}

/** Answers carry no card data; still, any Luhn-valid run of 13-19 digits is masked. */
export function maskText(bytes: Uint8Array): Uint8Array {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return latin1ToBytes(maskPansInText(text));
}

export function escaped(bytes: Uint8Array): string {
  return toEscaped(bytes);
}
