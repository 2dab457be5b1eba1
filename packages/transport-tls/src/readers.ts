/**
 * Message readers: each one finds where the first complete message ends in the bytes received so
 * far, and nothing more. They know framing only; the codecs check LRCs, parity and content.
 */

import { ENQ, ErrorCode, ETX, PaywireError, STX, toEscaped } from '@paywire/core';
import { invalidArgument } from '@paywire/transport-common';

export interface MessageReader {
  /** Short description for error messages, e.g. `ETX+LRC`. */
  readonly name: string;
  /** Largest message this reader accepts, in bytes; a longer one is an error (size cap). */
  readonly maxBytes: number;
  /**
   * Length of the first complete message at the start of `buffered`, or -1 when more bytes are
   * needed. Throws a `PaywireError` when the bytes can never start a valid message.
   */
  frameLength(buffered: Uint8Array): number;
  /** Turns one complete message into what the caller receives (e.g. clears parity bits). */
  finish?(message: Uint8Array): Uint8Array;
}

/** Default size cap for readers that take one: 64 KiB. */
export const DEFAULT_MAX_BYTES = 65_536;

function checkMaxBytes(value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw invalidArgument(`maxBytes must be a positive integer, got ${String(value)}`, 'maxBytes');
  }
  return value;
}

function checkControlBytes(name: string, values: readonly number[]): Uint8Array {
  for (const v of values) {
    if (!Number.isInteger(v) || v < 0 || v > 0x7f) {
      throw invalidArgument(`${name} must hold 7-bit byte values, got ${String(v)}`, name);
    }
  }
  return Uint8Array.from(values);
}

export interface EtxLrcReaderOptions {
  /** Size cap, including STX, ETX and the LRC byte. Default 64 KiB. */
  maxBytes?: number;
  /** Bytes that end a message (the LRC byte follows). Default `[ETX]`; settlement adds `ETB`. */
  terminators?: readonly number[];
  /**
   * Single bytes that form a message of their own when they arrive where a message starts, e.g.
   * `[ACK, NAK, EOT, ENQ]` for hosts that answer some records with one control byte. Default none.
   */
  controlBytes?: readonly number[];
  /** Require the message to start with STX (garbage before it is an error). Default true. */
  requireStx?: boolean;
  /**
   * `'even'`: the host may set bit 7 as even parity, so STX/ETX/control bytes are recognised with
   * or without bit 7, and the delivered message has bit 7 cleared on every byte (LRC included:
   * the LRC of 7-bit bytes equals the LRC of their parity forms with bit 7 cleared).
   * `'none'` (default): bytes are matched exactly and delivered as received.
   */
  parity?: 'none' | 'even';
  /** With `parity: 'even'`, deliver the bytes as received instead of clearing bit 7. */
  keepParity?: boolean;
}

/** `STX ... ETX LRC`: through the terminator plus the one LRC byte after it (TSYS EIS 1080/1081). */
export function etxLrcReader(options: EtxLrcReaderOptions = {}): MessageReader {
  const maxBytes = checkMaxBytes(options.maxBytes ?? DEFAULT_MAX_BYTES);
  const terminators = checkControlBytes('terminators', options.terminators ?? [ETX]);
  const controls = checkControlBytes('controlBytes', options.controlBytes ?? []);
  if (terminators.length === 0) {
    throw invalidArgument('terminators must not be empty', 'terminators');
  }
  const requireStx = options.requireStx ?? true;
  const even = options.parity === 'even';
  const mask = even ? 0x7f : 0xff;
  const isTerminator = new Uint8Array(256);
  const isControl = new Uint8Array(256);
  for (let b = 0; b < 256; b++) {
    isTerminator[b] = terminators.includes(b & mask) ? 1 : 0;
    isControl[b] = controls.includes(b & mask) ? 1 : 0;
  }
  const reader: MessageReader = {
    name: 'ETX+LRC',
    maxBytes,
    frameLength(buffered) {
      if (buffered.length === 0) return -1;
      const first = buffered[0]!;
      if (isControl[first] === 1) return 1;
      if (requireStx && (first & mask) !== STX) {
        throw new PaywireError(ErrorCode.CORRUPT_RESPONSE, `message does not start with STX`, {
          family: 'transport',
          offset: 0,
          expected: '<STX>',
          actual: toEscaped(buffered, 0, 1),
        });
      }
      // The STX itself is never a terminator, even if a caller lists it.
      for (let i = requireStx ? 1 : 0; i < buffered.length; i++) {
        if (isTerminator[buffered[i]!] === 1) return i + 1 < buffered.length ? i + 2 : -1;
      }
      return -1;
    },
  };
  if (even && options.keepParity !== true) {
    return {
      ...reader,
      finish(message) {
        const out = new Uint8Array(message.length);
        for (let i = 0; i < message.length; i++) out[i] = message[i]! & 0x7f;
        return out;
      },
    };
  }
  return reader;
}

export interface EnqReaderOptions {
  /** Accept ENQ with bit 7 set as well (a host sending even parity sends ENQ as 0x05 anyway). */
  parity?: 'none' | 'even';
}

/**
 * The host's greeting: exactly one ENQ byte (the TSYS socket host sends it when a connection
 * opens and waits for the request). Any other first byte is an error.
 */
export function enqReader(options: EnqReaderOptions = {}): MessageReader {
  const mask = options.parity === 'even' ? 0x7f : 0xff;
  return {
    name: 'ENQ',
    maxBytes: 1,
    frameLength(buffered) {
      if (buffered.length === 0) return -1;
      if ((buffered[0]! & mask) === ENQ) return 1;
      throw new PaywireError(ErrorCode.INVALID_RESPONSE, 'expected the ENQ greeting', {
        family: 'transport',
        offset: 0,
        expected: '<ENQ>',
        actual: toEscaped(buffered, 0, 1),
      });
    },
    finish(message) {
      return Uint8Array.of(message[0]! & mask);
    },
  };
}

export interface EndLineReaderOptions {
  /** Size cap including the final `END\n`. Default 64 KiB. */
  maxBytes?: number;
  /** The closing line, without its LF. Default `END`. */
  line?: string;
  /** Compare the closing line ignoring ASCII case (TCLink does). Default true. */
  ignoreCase?: boolean;
}

/**
 * Through the first line (LF-terminated) that reads `END`: the TCLink response
 * `BEGIN\n name=value\n ... END\n`. CR is not stripped: `END\r\n` does not close the message.
 */
export function endLineReader(options: EndLineReaderOptions = {}): MessageReader {
  const maxBytes = checkMaxBytes(options.maxBytes ?? DEFAULT_MAX_BYTES);
  const line = options.line ?? 'END';
  const ignoreCase = options.ignoreCase ?? true;
  const want = new Uint8Array(line.length);
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c > 0x7f || c === 0x0a) {
      throw invalidArgument('line must be ASCII without LF', 'line');
    }
    want[i] = ignoreCase ? foldCase(c) : c;
  }
  return {
    name: `${line}\\n`,
    maxBytes,
    frameLength(buffered) {
      let start = 0;
      for (let i = 0; i < buffered.length; i++) {
        if (buffered[i] !== 0x0a) continue;
        if (i - start === want.length) {
          let same = true;
          for (let j = 0; j < want.length; j++) {
            const b = buffered[start + j]!;
            if ((ignoreCase ? foldCase(b) : b) !== want[j]) {
              same = false;
              break;
            }
          }
          if (same) return i + 1;
        }
        start = i + 1;
      }
      return -1;
    },
  };
}

function foldCase(c: number): number {
  return c >= 0x61 && c <= 0x7a ? c - 0x20 : c;
}

/** Exactly `length` bytes. */
export function fixedLengthReader(length: number): MessageReader {
  const n = checkMaxBytes(length);
  return {
    name: `${n} bytes`,
    maxBytes: n,
    frameLength(buffered) {
      return buffered.length >= n ? n : -1;
    },
  };
}
