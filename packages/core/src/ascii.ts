/** ASCII control characters used by the payment wire formats, and renderers for traces. */

export const NUL = 0x00;
export const STX = 0x02;
export const ETX = 0x03;
export const EOT = 0x04;
export const ENQ = 0x05;
export const ACK = 0x06;
export const NAK = 0x15;
export const ETB = 0x17;
export const FS = 0x1c;
export const GS = 0x1d;
export const RS = 0x1e;
export const US = 0x1f;

/** Names of every C0 control character (and DEL), indexed by byte value. */
const CONTROL_NAMES: readonly string[] = [
  'NUL',
  'SOH',
  'STX',
  'ETX',
  'EOT',
  'ENQ',
  'ACK',
  'BEL',
  'BS',
  'HT',
  'LF',
  'VT',
  'FF',
  'CR',
  'SO',
  'SI',
  'DLE',
  'DC1',
  'DC2',
  'DC3',
  'DC4',
  'NAK',
  'SYN',
  'ETB',
  'CAN',
  'EM',
  'SUB',
  'ESC',
  'FS',
  'GS',
  'RS',
  'US',
];

const NAME_TO_BYTE = new Map<string, number>(CONTROL_NAMES.map((n, i) => [n, i]));
NAME_TO_BYTE.set('DEL', 0x7f);

/** `<STX>` style name of a control byte, or undefined for printable bytes. */
export function controlName(byte: number): string | undefined {
  if (byte < 0x20) return CONTROL_NAMES[byte];
  if (byte === 0x7f) return 'DEL';
  return undefined;
}

const HEX = '0123456789ABCDEF';

/**
 * Renders bytes as readable text: printable ASCII as is, control characters as `<STX>`, `<FS>`,
 * other bytes as `<xHH>`. A literal `<` is written `<<` so the rendering can be parsed back.
 */
export function toEscaped(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0x3c) out += '<<';
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else {
      const name = controlName(b);
      out += name !== undefined ? `<${name}>` : `<x${HEX[b >> 4]}${HEX[b & 15]}>`;
    }
  }
  return out;
}

/** Parses the `toEscaped` notation back into bytes. Throws a plain Error message for the caller to wrap. */
export function fromEscaped(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) throw new RangeError(`character at ${i} is not a single byte`);
    if (c !== 0x3c) {
      out.push(c);
      continue;
    }
    if (text.charCodeAt(i + 1) === 0x3c) {
      out.push(0x3c);
      i++;
      continue;
    }
    const close = text.indexOf('>', i);
    if (close < 0) throw new RangeError(`unterminated '<' at ${i}`);
    const name = text.slice(i + 1, close).toUpperCase();
    const named = NAME_TO_BYTE.get(name);
    if (named !== undefined) out.push(named);
    else if (/^X[0-9A-F]{2}$/.test(name)) out.push(Number.parseInt(name.slice(1), 16));
    else throw new RangeError(`unknown control name <${name}> at ${i}`);
    i = close;
  }
  return Uint8Array.from(out);
}

/** Upper-case hex without separators. */
export function toHex(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    out += HEX[b >> 4]! + HEX[b & 15]!;
  }
  return out;
}

function hexNibble(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** Parses hex; whitespace, `:` and `-` between byte pairs are ignored. */
export function fromHex(text: string): Uint8Array {
  const out = new Uint8Array(text.length >> 1);
  let n = 0;
  let high = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x3a || c === 0x2d) {
      if (high >= 0) throw new RangeError(`odd hex digit before position ${i}`);
      continue;
    }
    const v = hexNibble(c);
    if (v < 0) throw new RangeError(`not a hex digit at position ${i}`);
    if (high < 0) high = v;
    else {
      out[n++] = (high << 4) | v;
      high = -1;
    }
  }
  if (high >= 0) throw new RangeError('odd number of hex digits');
  return out.subarray(0, n);
}

/** Classic 16-bytes-per-line hex dump with an ASCII column (control bytes shown as '.'). */
export function hexDump(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (let off = 0; off < bytes.length; off += 16) {
    const end = Math.min(off + 16, bytes.length);
    let hex = '';
    let text = '';
    for (let i = off; i < off + 16; i++) {
      if (i < end) {
        const b = bytes[i]!;
        hex += `${HEX[b >> 4]}${HEX[b & 15]} `;
        text += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.';
      } else hex += '   ';
      if (i === off + 7) hex += ' ';
    }
    lines.push(`${off.toString(16).padStart(8, '0')}  ${hex} |${text}|`);
  }
  return lines.join('\n');
}

/** Encodes a string whose characters are all 0x00-0xFF into bytes (one byte per character). */
export function latin1ToBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) throw new RangeError(`character at ${i} is not a single byte`);
    out[i] = c;
  }
  return out;
}

/** One character per byte. Fast for the short fields of payment records. */
export function bytesToLatin1(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let out = '';
  // Chunked to stay under the engine's argument limit for large inputs.
  for (let i = start; i < end; i += 4096) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, Math.min(end, i + 4096)) as unknown as number[]);
  }
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) B64_INDEX[B64.charCodeAt(i)] = i;
B64_INDEX['-'.charCodeAt(0)] = 62;
B64_INDEX['_'.charCodeAt(0)] = 63;

/** Standard base64 with padding (no `btoa`: not an ECMAScript global). */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += `${B64[n >> 18]}${B64[(n >> 12) & 63]}==`;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += `${B64[n >> 18]}${B64[(n >> 12) & 63]}${B64[(n >> 6) & 63]}=`;
  }
  return out;
}

/** Base64 or base64url, padding optional, whitespace ignored. */
export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/[\s=]+/g, '');
  if (clean.length % 4 === 1) throw new RangeError('invalid base64 length');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    const v = c < 128 ? B64_INDEX[c]! : -1;
    if (v < 0) throw new RangeError(`not a base64 character at position ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

/** True for `min` to `max` ASCII digits and nothing else (what `/^\d{min,max}$/` accepts), without a regex. */
export function isDigitText(text: string, min: number, max: number): boolean {
  const n = text.length;
  if (n < min || n > max) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}
