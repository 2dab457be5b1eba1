/** Masked copies of TCLink packets for the hooks, by the codec's own per-parameter masking. */

import { latin1ToBytes, maskPansInText } from '@paywire/core';
import {
  decodeForm,
  decodeLines,
  decodeTclinkRequest,
  encodeForm,
  encodeLines,
  maskParam,
  type NvpPair,
  utf8Decode,
} from '@paywire/trustcommerce';

const maskPairs = (pairs: readonly NvpPair[]): NvpPair[] => pairs.map(([n, v]) => [n, maskParam(n, v)]);

function fallback(bytes: Uint8Array): Uint8Array {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  // unreadable bytes: mask anything that looks like a card number, and every digit run of 3+ after `=`
  return latin1ToBytes(
    maskPansInText(text).replace(/=(\d{3,})/g, (_m, d: string) => `=${'*'.repeat(d.length)}`),
  );
}

/** A socket-form request with card data, CVV, account and password masked. */
export function maskTclinkRequest(bytes: Uint8Array): Uint8Array {
  try {
    const { params, meta } = decodeTclinkRequest(bytes);
    const head: NvpPair[] = [['version', meta.version ?? '']];
    const tail: NvpPair[] = [];
    if (meta.pass !== undefined) tail.push(['pass', String(meta.pass)]);
    if (meta.time !== undefined) tail.push(['time', String(meta.time)]);
    if (meta.dnsFallback) tail.push(['dns', 'n']);
    return encodeLines(maskPairs(params), { block: true, head, tail });
  } catch {
    return fallback(bytes);
  }
}

/** An HTTPS POST body, masked the same way. */
export function maskFormRequest(bytes: Uint8Array): Uint8Array {
  try {
    return encodeForm(maskPairs(decodeForm(bytes).pairs));
  } catch {
    return fallback(bytes);
  }
}

/** An answer in either form (blacklist and velocity values may hold a card number). */
export function maskAnswer(bytes: Uint8Array, block: boolean): Uint8Array {
  try {
    const { pairs } = decodeLines(bytes, { block });
    return encodeLines(maskPairs(pairs), { block });
  } catch {
    return fallback(bytes);
  }
}

export function packetText(bytes: Uint8Array): string {
  try {
    return utf8Decode(bytes);
  } catch {
    let t = '';
    for (const b of bytes) t += String.fromCharCode(b);
    return t;
  }
}
