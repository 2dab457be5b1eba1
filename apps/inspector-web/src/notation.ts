/**
 * The notations a packet can be pasted in, how the inspector guesses which one it is, and how it
 * turns the text into bytes.
 */

import { ErrorCode, fromBase64, fromEscaped, fromHex, PaywireError, utf8Encode } from '@paywire/core';

export type Notation = 'hex' | 'base64' | 'escaped' | 'text';
export const NOTATIONS: readonly Notation[] = ['hex', 'base64', 'escaped', 'text'];

export const NOTATION_LABELS: Readonly<Record<Notation, string>> = {
  hex: 'hex',
  base64: 'base64',
  escaped: '<STX>-escaped text',
  text: 'text (Datawire XML, TrustCommerce name=value)',
};

/** Control-character names `toEscaped` writes, plus `<xHH>`. */
const ESCAPE_TOKEN =
  /<(NUL|SOH|STX|ETX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|SO|SI|DLE|DC1|DC2|DC3|DC4|NAK|SYN|ETB|CAN|EM|SUB|ESC|FS|GS|RS|US|DEL|x[0-9A-F]{2})>/i;

/**
 * Guesses the notation of pasted text:
 * - an XML document (`<?xml`, or a tag at the start) is text;
 * - a `<STX>`-style control name, or `<<` (an escaped `<`), anywhere makes it escaped text;
 * - only hex digits (with optional spaces, `:` or `-` between bytes), an even count: hex;
 * - only base64 characters in whole 4-character groups (line breaks allowed, no spaces): base64;
 * - anything else (name=value lines, free text) is text.
 */
export function detectNotation(input: string): Notation {
  const text = input.trim();
  if (/^<\?xml\b/i.test(text) || /^<[A-Za-z_][\w.:-]*[\s/>]/.test(text)) {
    // A tag at the start: XML, unless it is a control name such as <STX> (escaped text).
    if (!ESCAPE_TOKEN.test(text.slice(0, 6))) return 'text';
  }
  if (ESCAPE_TOKEN.test(text) || text.includes('<<')) return 'escaped';
  const compact = text.replace(/[\s:-]+/g, '');
  if (compact.length >= 2 && compact.length % 2 === 0 && /^[0-9A-Fa-f]+$/.test(compact)) return 'hex';
  const b64 = text.replace(/[\r\n]+/g, '');
  if (b64.length >= 8 && b64.length % 4 === 0 && /^[A-Za-z0-9+/_-]+={0,2}$/.test(b64)) return 'base64';
  return 'text';
}

/**
 * Bytes of the pasted text in the given notation. Hex, base64 and escaped text are trimmed;
 * text keeps its trailing whitespace (a TCLink request ends with a newline) but loses leading
 * whitespace (an XML declaration must come first) and is encoded as UTF-8.
 */
export function parsePacket(input: string, notation: Notation): Uint8Array {
  try {
    switch (notation) {
      case 'hex':
        return fromHex(input.trim());
      case 'base64':
        return fromBase64(input.trim());
      case 'escaped':
        return fromEscaped(input.trim());
      default:
        return utf8Encode(input.trimStart());
    }
  } catch (e) {
    if (e instanceof PaywireError) throw e;
    throw new PaywireError(
      ErrorCode.INVALID_FORMAT,
      `input is not valid ${NOTATION_LABELS[notation]}: ${(e as Error).message}`,
      { field: 'input', family: 'inspector' },
    );
  }
}
