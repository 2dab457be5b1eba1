/** Reading packet data from arguments or stdin in the notations the CLI accepts, and writing it back. */

import {
  ErrorCode,
  fromBase64,
  fromEscaped,
  fromHex,
  latin1ToBytes,
  PaywireError,
  toBase64,
  toEscaped,
  toHex,
} from '@paywire/core';

export type Notation = 'hex' | 'base64' | 'raw' | 'escaped';
export const NOTATIONS: readonly Notation[] = ['hex', 'base64', 'raw', 'escaped'];

/** Largest input the CLI reads (1 MiB of packet data is far beyond any record). */
export const MAX_INPUT = 16 * 1024 * 1024;

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const c = chunk as Uint8Array;
    total += c.length;
    if (total > MAX_INPUT)
      throw new PaywireError(ErrorCode.INPUT_TOO_LARGE, `input larger than ${MAX_INPUT} bytes`);
    chunks.push(c);
  }
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/** Data argument (or stdin when absent or `-`) parsed in the given notation. */
export async function readData(data: string | undefined, notation: Notation): Promise<Uint8Array> {
  const raw = data === undefined || data === '-' ? await readStdin() : latin1ToBytes(data);
  return parseNotation(raw, notation);
}

export function parseNotation(raw: Uint8Array, notation: Notation): Uint8Array {
  if (notation === 'raw') return raw;
  const text = new TextDecoder('latin1').decode(raw).trim();
  try {
    if (notation === 'hex') return fromHex(text);
    if (notation === 'base64') return fromBase64(text);
    return fromEscaped(text);
  } catch (e) {
    throw new PaywireError(
      ErrorCode.INVALID_FORMAT,
      `input is not valid ${notation}: ${(e as Error).message}`,
      {
        field: 'input',
      },
    );
  }
}

export function formatNotation(bytes: Uint8Array, notation: Notation): string | Uint8Array {
  switch (notation) {
    case 'hex':
      return toHex(bytes);
    case 'base64':
      return toBase64(bytes);
    case 'escaped':
      return toEscaped(bytes);
    default:
      return bytes;
  }
}
