// Maximum input sizes of the decoders (found missing by the tools/fuzz fuzzer): one byte over the
// limit is 702 INPUT_TOO_LARGE before any parsing; inputs at the limit still reach the parser.
import { ErrorCode, isPaywireError } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import {
  decodeAuthRequest,
  decodeAuthResponse,
  decodeBatch,
  decodeBatchResponse,
  kinds,
  MAX_AUTH_MESSAGE_BYTES,
  MAX_BATCH_BYTES,
  MAX_BATCH_RESPONSE_BYTES,
  traceAuthRequest,
  traceBatch,
} from '../src/index.js';

function codeOf(fn: () => unknown): number | undefined {
  try {
    fn();
  } catch (e) {
    if (isPaywireError(e)) return e.code;
    throw e;
  }
  return undefined;
}

/** STX, `n - 3` letters, ETX, a byte: the shape of a frame, nothing decodable. */
function packet(n: number): Uint8Array {
  const b = new Uint8Array(n).fill(0x41);
  b[0] = 0x02;
  b[n - 2] = 0x03;
  return b;
}

describe('decoder input limits', () => {
  it.each([
    ['decodeAuthRequest', (b: Uint8Array) => decodeAuthRequest(b), MAX_AUTH_MESSAGE_BYTES],
    [
      'decodeAuthRequest (bare record)',
      (b: Uint8Array) => decodeAuthRequest(b, { framed: false }),
      MAX_AUTH_MESSAGE_BYTES,
    ],
    ['traceAuthRequest', (b: Uint8Array) => traceAuthRequest(b), MAX_AUTH_MESSAGE_BYTES],
    ['decodeAuthResponse', (b: Uint8Array) => decodeAuthResponse(b), MAX_AUTH_MESSAGE_BYTES],
    ['decodeBatch', (b: Uint8Array) => decodeBatch(b), MAX_BATCH_BYTES],
    ['traceBatch', (b: Uint8Array) => traceBatch(b), MAX_BATCH_BYTES],
    ['decodeBatchResponse', (b: Uint8Array) => decodeBatchResponse(b), MAX_BATCH_RESPONSE_BYTES],
  ] as const)('%s refuses one byte over its limit with 702', (_name, decode, max) => {
    expect(codeOf(() => decode(packet(max + 1)))).toBe(ErrorCode.INPUT_TOO_LARGE);
    const atLimit = codeOf(() => decode(packet(max)));
    expect(atLimit).not.toBe(ErrorCode.INPUT_TOO_LARGE);
    expect(atLimit).toBeDefined();
  });

  it('every kind refuses a 16 MiB input with 702', () => {
    const huge = packet(16 * 1024 * 1024);
    for (const kind of kinds) {
      expect(codeOf(() => kind.decode(huge))).toBe(ErrorCode.INPUT_TOO_LARGE);
      expect(codeOf(() => kind.trace(huge))).toBe(ErrorCode.INPUT_TOO_LARGE);
    }
  });
});

describe('settlement request kind', () => {
  it('refuses to encode an application type its decoder refuses (fuzz round-trip regression)', () => {
    const kind = kinds.find((k) => k.name === 'tsys-settlement-request')!;
    const example = kind.examples![0]!.bytes;
    const batch = kind.decode(example) as { applicationType: string };
    expect(kind.encode(batch)).toEqual(example);
    expect(codeOf(() => kind.encode({ ...batch, applicationType: '2' }))).toBe(ErrorCode.OUT_OF_RANGE);
  });
});
